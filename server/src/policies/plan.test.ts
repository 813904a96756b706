import { describe, expect, it } from "vitest";
import { PLAN_ABILITIES, type PlanAbility } from "@jigsaw/shared/domain/abilities";
import { AppError } from "../errors.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { authorizePlan, canPlan, planAbilities } from "./index.ts";
import { actorFor, PARTNERSHIP_A, SUBJECTS, type Subject } from "./policyFixtures.ts";

const T = true;
const F = false;

type Row = Record<PlanAbility, boolean>;
const NOTHING: Row = {
  read: F, edit: F, comment: F, rename: F, archive: F, export: F,
  runMeeting: F, proposeAgreement: F, respondAgreement: F, nameVersion: F, restoreVersion: F,
};

/** Expected abilities on an ACTIVE plan of partnership A, written out by hand. */
const ACTIVE: Record<Subject, Row> = {
  facilitator: {
    read: T, edit: T, comment: T, rename: T, archive: T, export: T,
    runMeeting: T, proposeAgreement: T, respondAgreement: T, nameVersion: T, restoreVersion: T,
  },
  editor: {
    read: T, edit: T, comment: T, rename: T, archive: F, export: T,
    runMeeting: F, proposeAgreement: F, respondAgreement: T, nameVersion: F, restoreVersion: F,
  },
  commenter: {
    // commenters comment but do not sign for their organisation
    read: T, edit: F, comment: T, rename: F, archive: F, export: T,
    runMeeting: F, proposeAgreement: F, respondAgreement: F, nameVersion: F, restoreVersion: F,
  },
  viewer: {
    read: T, edit: F, comment: F, rename: F, archive: F, export: T,
    runMeeting: F, proposeAgreement: F, respondAgreement: F, nameVersion: F, restoreVersion: F,
  },
  nonMember: NOTHING,
  otherPartnershipFacilitator: NOTHING,
  foreignMembershipRecord: NOTHING,
};

/**
 * Expected abilities on an ARCHIVED plan: read-only for everyone; only a
 * facilitator keeps `archive` (to unarchive).
 */
const ARCHIVED: Record<Subject, Row> = {
  facilitator: {
    read: T, edit: F, comment: F, rename: F, archive: T, export: T,
    runMeeting: F, proposeAgreement: F, respondAgreement: F, nameVersion: F, restoreVersion: F,
  },
  editor: {
    read: T, edit: F, comment: F, rename: F, archive: F, export: T,
    runMeeting: F, proposeAgreement: F, respondAgreement: F, nameVersion: F, restoreVersion: F,
  },
  commenter: {
    read: T, edit: F, comment: F, rename: F, archive: F, export: T,
    runMeeting: F, proposeAgreement: F, respondAgreement: F, nameVersion: F, restoreVersion: F,
  },
  viewer: {
    read: T, edit: F, comment: F, rename: F, archive: F, export: T,
    runMeeting: F, proposeAgreement: F, respondAgreement: F, nameVersion: F, restoreVersion: F,
  },
  nonMember: NOTHING,
  otherPartnershipFacilitator: NOTHING,
  foreignMembershipRecord: NOTHING,
};

function plan(archived: boolean): PlanRecord {
  return {
    id: "plan-1",
    partnershipId: PARTNERSHIP_A,
    title: "Place plan",
    template: "place_plan",
    archivedAt: archived ? "2026-02-01T00:00:00.000Z" : null,
    createdAt: "2026-01-01T00:00:00.000Z",
    createdBy: "u-facilitator",
    lastActivityAt: "2026-01-01T00:00:00.000Z",
  };
}

const STATES = [
  { state: "active", archived: false, expected: ACTIVE },
  { state: "archived", archived: true, expected: ARCHIVED },
] as const;

describe("plan policy matrix", () => {
  it("covers every ability the client is told about", () => {
    for (const { expected } of STATES) {
      for (const subject of SUBJECTS) {
        expect(Object.keys(expected[subject]).sort()).toEqual([...PLAN_ABILITIES].sort());
      }
    }
  });

  const cases = STATES.flatMap(({ state, archived, expected }) =>
    SUBJECTS.flatMap((subject) =>
      PLAN_ABILITIES.map((ability) => ({ state, archived, subject, ability, allowed: expected[subject][ability] })),
    ),
  );
  it.each(cases)("$state plan: $subject $ability → $allowed", ({ archived, subject, ability, allowed }) => {
    expect(canPlan(actorFor(subject), ability, plan(archived))).toBe(allowed);
  });

  const rows = STATES.flatMap(({ state, archived, expected }) => SUBJECTS.map((subject) => ({ state, archived, subject, row: expected[subject] })));
  it.each(rows)("planAbilities on a $state plan for $subject equals the expected row", ({ archived, subject, row }) => {
    expect(planAbilities(actorFor(subject), plan(archived))).toEqual(row);
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

describe("authorizePlan", () => {
  const cases = STATES.flatMap(({ state, archived, expected }) =>
    SUBJECTS.flatMap((subject) =>
      PLAN_ABILITIES.map((ability) => ({
        state,
        archived,
        subject,
        ability,
        status: !expected[subject].read ? 404 : expected[subject][ability] ? null : 403,
      })),
    ),
  );
  it.each(cases)("$state plan: $subject $ability → $status", ({ archived, subject, ability, status }) => {
    const err = thrown(() => authorizePlan(actorFor(subject), ability, plan(archived)));
    expect(err?.status ?? null).toBe(status);
    if (status === 404) expect(err!.id).toBe("not_found");
    if (status === 403) expect(err!.id).toBe("forbidden");
  });

  it("says the plan is archived when an otherwise-allowed change is refused", () => {
    const err = thrown(() => authorizePlan(actorFor("editor"), "edit", plan(true)));
    expect(err?.status).toBe(403);
    expect(err?.message).toMatch(/archived/i);
  });

  it("a missing plan is 404", () => {
    expect(thrown(() => authorizePlan(actorFor("facilitator"), "read", null))?.status).toBe(404);
  });
});
