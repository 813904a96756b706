import { describe, expect, it } from "vitest";
import { PARTNERSHIP_ABILITIES, type PartnershipAbility } from "@jigsaw/shared/domain/abilities";
import { AppError } from "../errors.ts";
import type { PartnershipRecord } from "../domain/partnership.ts";
import { authorizePartnership, canPartnership, isMember, partnershipAbilities, type Actor } from "./index.ts";
import { actorFor, PARTNERSHIP_A, SUBJECTS, type Subject } from "./policyFixtures.ts";

const T = true;
const F = false;

/**
 * The expected partnership matrix, written out by hand. Columns are
 * read, update, manageMembers, invite, createPlan, extendOutcomes.
 */
const EXPECTED: Record<Subject, Record<PartnershipAbility, boolean>> = {
  facilitator: { read: T, update: T, manageMembers: T, invite: T, createPlan: T, extendOutcomes: T },
  editor: /*   */ { read: T, update: F, manageMembers: F, invite: F, createPlan: T, extendOutcomes: F },
  commenter: /**/ { read: T, update: F, manageMembers: F, invite: F, createPlan: F, extendOutcomes: F },
  viewer: /*   */ { read: T, update: F, manageMembers: F, invite: F, createPlan: F, extendOutcomes: F },
  nonMember: /**/ { read: F, update: F, manageMembers: F, invite: F, createPlan: F, extendOutcomes: F },
  otherPartnershipFacilitator: { read: F, update: F, manageMembers: F, invite: F, createPlan: F, extendOutcomes: F },
  foreignMembershipRecord: { read: F, update: F, manageMembers: F, invite: F, createPlan: F, extendOutcomes: F },
};

const partnership: PartnershipRecord = {
  id: PARTNERSHIP_A,
  name: "Riverside",
  place: "Riverside",
  description: "",
  createdAt: "2026-01-01T00:00:00.000Z",
  createdBy: "u-founder",
};

describe("partnership policy matrix", () => {
  it("covers every ability the client is told about", () => {
    for (const subject of SUBJECTS) {
      expect(Object.keys(EXPECTED[subject]).sort()).toEqual([...PARTNERSHIP_ABILITIES].sort());
    }
  });

  const cases = SUBJECTS.flatMap((subject) =>
    PARTNERSHIP_ABILITIES.map((ability) => ({ subject, ability, allowed: EXPECTED[subject][ability] })),
  );
  it.each(cases)("$subject $ability → $allowed", ({ subject, ability, allowed }) => {
    expect(canPartnership(actorFor(subject), ability, partnership)).toBe(allowed);
  });

  it.each(SUBJECTS)("partnershipAbilities(%s) equals the expected row", (subject) => {
    expect(partnershipAbilities(actorFor(subject), partnership)).toEqual(EXPECTED[subject]);
  });
});

describe("isMember", () => {
  it("needs a membership of this partnership that belongs to the acting user", () => {
    expect(isMember(actorFor("viewer"), partnership)).toBe(true);
    expect(isMember(actorFor("nonMember"), partnership)).toBe(false);
    expect(isMember(actorFor("otherPartnershipFacilitator"), partnership)).toBe(false);
    expect(isMember(actorFor("foreignMembershipRecord"), partnership)).toBe(false);
  });
});

function thrown(fn: () => void): AppError | null {
  try {
    fn();
    return null;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
}

describe("authorizePartnership", () => {
  const cases = SUBJECTS.flatMap((subject) =>
    PARTNERSHIP_ABILITIES.map((ability) => ({
      subject,
      ability,
      // Non-members never learn the partnership exists: 404. Members lacking the ability: 403.
      status: !EXPECTED[subject].read ? 404 : EXPECTED[subject][ability] ? null : 403,
    })),
  );
  it.each(cases)("$subject $ability → $status", ({ subject, ability, status }) => {
    const err = thrown(() => authorizePartnership(actorFor(subject), ability, partnership));
    expect(err?.status ?? null).toBe(status);
    if (status === 404) expect(err!.id).toBe("not_found");
    if (status === 403) expect(err!.id).toBe("forbidden");
  });

  it("a missing partnership is 404 even for a facilitator of another one", () => {
    const actor: Actor = actorFor("facilitator");
    const err = thrown(() => authorizePartnership(actor, "read", null));
    expect(err?.status).toBe(404);
  });
});
