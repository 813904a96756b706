import { describe, expect, it } from "vitest";
import type { Role } from "../domain/role.ts";
import { ROLES } from "../domain/role.ts";
import { bodyDoc, paragraph } from "../plan/bodyBuilders.ts";
import type { AgreedSection, AgreementActor, AgreementRound } from "./schema.ts";
import {
  agreementTally,
  closeAgreement,
  organisationKey,
  proposeAgreement,
  reaskAgreement,
  representableOrganisations,
  respondToAgreement,
  scopesOverlap,
  withdrawAgreement,
  type ProposeContext,
} from "./stateMachine.ts";

const NOW = "2026-03-02T09:00:00.000Z";
const TODAY = "2026-03-02";

function actor(role: Role, organisation: string, userId = `${role}-${organisation}`): AgreementActor {
  return { userId, displayName: `${role} of ${organisation}`, organisation, role };
}

const facilitator = actor("facilitator", "Riverside Borough Council");
const members = [
  { organisation: "Riverside Borough Council", role: "facilitator" as Role },
  { organisation: "Riverside ICB", role: "editor" as Role },
  { organisation: "Riverside CVS", role: "editor" as Role },
  { organisation: "Healthwatch Riverside", role: "commenter" as Role },
];

function ctx(overrides: Partial<ProposeContext> = {}): ProposeContext {
  return {
    id: "round-0001",
    planId: "plan-0001",
    partnershipId: "part-0001",
    now: NOW,
    today: TODAY,
    members,
    sectionIds: ["s1", "s2", "s3"],
    sectionTitles: new Map([
      ["s1", "Vision"],
      ["s2", "Priorities"],
      ["s3", "Delivery"],
    ]),
    planTitle: "Riverside Place Plan",
    openRounds: [],
    ...overrides,
  };
}

function propose(orgs = ["Riverside ICB", "Riverside CVS"], scope: AgreementRound["scope"] = { kind: "plan" }, c = ctx()): AgreementRound {
  const r = proposeAgreement({ scope, requiredOrganisations: orgs, deadline: "2026-03-20" }, facilitator, c);
  if (!r.ok) throw new Error(r.message);
  return r.round;
}

function ok(r: ReturnType<typeof respondToAgreement>): AgreementRound {
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.round;
}

const icb = actor("editor", "Riverside ICB");
const cvs = actor("editor", "Riverside CVS");
const agreed: AgreedSection[] = [{ id: "s1", title: "Vision", body: bodyDoc([paragraph("Healthy lives")]) }];
const closeCtx = { now: NOW, today: TODAY, agreedSections: agreed, versionId: "ver-0001" };

describe("propose", () => {
  it("opens a round with the organisations, deadline, scope and a default title", () => {
    const r = propose();
    expect(r).toMatchObject({
      status: "open",
      revision: 1,
      requiredOrganisations: ["Riverside ICB", "Riverside CVS"],
      deadline: "2026-03-20",
      title: "Whole plan: Riverside Place Plan",
      responses: [],
      proposedBy: facilitator,
    });
  });

  it.each(ROLES.filter((r) => r !== "facilitator"))("is refused for a %s", (role) => {
    const r = proposeAgreement({ scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: "2026-03-20" }, actor(role, "Riverside ICB"), ctx());
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("keeps the plan's section order and names a sections round after them", () => {
    const r = propose(["Riverside ICB"], { kind: "sections", sectionIds: ["s3", "s1"] });
    expect(r.scope).toEqual({ kind: "sections", sectionIds: ["s1", "s3"] });
    expect(r.title).toBe("Vision, Delivery");
  });

  it("matches organisations case- and space-insensitively and deduplicates them", () => {
    const r = propose(["riverside  icb", "Riverside ICB", "RIVERSIDE CVS"]);
    expect(r.requiredOrganisations).toEqual(["Riverside ICB", "Riverside CVS"]);
    expect(organisationKey(" Riverside  ICB ")).toBe("riverside icb");
  });

  it("refuses organisations without a member who can sign (commenters and viewers cannot)", () => {
    expect(proposeAgreement({ scope: { kind: "plan" }, requiredOrganisations: ["Healthwatch Riverside"], deadline: "2026-03-20" }, facilitator, ctx())).toMatchObject({
      ok: false,
      code: "unknown_organisation",
    });
    expect(proposeAgreement({ scope: { kind: "plan" }, requiredOrganisations: ["Nobody Ltd"], deadline: "2026-03-20" }, facilitator, ctx())).toMatchObject({
      ok: false,
      code: "unknown_organisation",
    });
    expect(representableOrganisations(members)).toEqual(["Riverside Borough Council", "Riverside CVS", "Riverside ICB"]);
  });

  it("refuses unknown sections, a past deadline and an empty plan", () => {
    expect(proposeAgreement({ scope: { kind: "sections", sectionIds: ["nope"] }, requiredOrganisations: ["Riverside ICB"], deadline: "2026-03-20" }, facilitator, ctx())).toMatchObject({
      ok: false,
      code: "unknown_section",
    });
    expect(proposeAgreement({ scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: "2026-03-01" }, facilitator, ctx())).toMatchObject({ ok: false, code: "invalid" });
    expect(proposeAgreement({ scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: "2026-03-20" }, facilitator, ctx({ sectionIds: [] }))).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });

  it("refuses a round that overlaps an open one; disjoint section rounds may run together", () => {
    const first = propose(["Riverside ICB"], { kind: "sections", sectionIds: ["s1"] });
    const c = ctx({ openRounds: [first], id: "round-0002" });
    expect(proposeAgreement({ scope: { kind: "sections", sectionIds: ["s1", "s2"] }, requiredOrganisations: ["Riverside ICB"], deadline: "2026-03-20" }, facilitator, c)).toMatchObject({
      ok: false,
      code: "overlap",
    });
    expect(proposeAgreement({ scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: "2026-03-20" }, facilitator, c)).toMatchObject({ ok: false, code: "overlap" });
    expect(proposeAgreement({ scope: { kind: "sections", sectionIds: ["s2"] }, requiredOrganisations: ["Riverside ICB"], deadline: "2026-03-20" }, facilitator, c).ok).toBe(true);
    expect(scopesOverlap({ kind: "sections", sectionIds: ["a"] }, { kind: "sections", sectionIds: ["b"] })).toBe(false);
  });
});

describe("respond", () => {
  it("records each organisation's response and bumps the revision", () => {
    let r = propose();
    r = ok(respondToAgreement(r, { kind: "consent" }, icb, NOW));
    r = ok(respondToAgreement(r, { kind: "consent_with_comment", comment: "Please add carers" }, cvs, NOW));
    expect(r.revision).toBe(3);
    expect(r.responses.map((x) => [x.organisation, x.kind, x.comment])).toEqual([
      ["Riverside ICB", "consent", null],
      ["Riverside CVS", "consent_with_comment", "Please add carers"],
    ]);
  });

  it("lets a response change while open; the latest by any representative of the organisation stands", () => {
    let r = propose();
    r = ok(respondToAgreement(r, { kind: "object", comment: "The budget is not agreed" }, icb, NOW));
    const colleague = actor("facilitator", "riverside icb", "icb-2");
    r = ok(respondToAgreement(r, { kind: "consent" }, colleague, "2026-03-03T10:00:00.000Z"));
    expect(r.responses).toHaveLength(1);
    expect(r.responses[0]).toMatchObject({ organisation: "Riverside ICB", kind: "consent", by: { userId: "icb-2" } });
  });

  it("requires a reason to object and a comment to consent with comment", () => {
    const r = propose();
    expect(respondToAgreement(r, { kind: "object" }, icb, NOW)).toMatchObject({ ok: false, code: "invalid" });
    expect(respondToAgreement(r, { kind: "object", comment: "   " }, icb, NOW)).toMatchObject({ ok: false, code: "invalid" });
    expect(respondToAgreement(r, { kind: "consent_with_comment" }, icb, NOW)).toMatchObject({ ok: false, code: "invalid" });
    expect(respondToAgreement(r, { kind: "abstain" }, icb, NOW).ok).toBe(true);
  });

  it.each([
    ["viewer", "Riverside ICB", "forbidden"],
    ["commenter", "Riverside ICB", "forbidden"],
    ["editor", "Riverside Borough Council", "not_representative"],
    ["facilitator", "Riverside Borough Council", "not_representative"],
    ["editor", "Somewhere Else", "not_representative"],
  ] as const)("refuses a %s of %s (%s)", (role, org, code) => {
    expect(respondToAgreement(propose(), { kind: "consent" }, actor(role, org), NOW)).toMatchObject({ ok: false, code });
  });

  it.each(["editor", "facilitator"] as const)("accepts a %s of a required organisation", (role) => {
    expect(respondToAgreement(propose(), { kind: "consent" }, actor(role, "Riverside CVS"), NOW).ok).toBe(true);
  });

  it("refuses responding for another organisation", () => {
    expect(respondToAgreement(propose(), { kind: "consent", organisation: "Riverside CVS" }, icb, NOW)).toMatchObject({ ok: false, code: "not_representative" });
  });

  it("is refused once the round is agreed or withdrawn", () => {
    let r = propose(["Riverside ICB"]);
    r = ok(respondToAgreement(r, { kind: "consent" }, icb, NOW));
    const closed = ok(closeAgreement(r, { outcome: "Agreed" }, facilitator, closeCtx));
    expect(respondToAgreement(closed, { kind: "object", comment: "late" }, icb, NOW)).toMatchObject({ ok: false, code: "not_open" });
    const withdrawn = ok(withdrawAgreement(propose(), {}, facilitator, NOW));
    expect(respondToAgreement(withdrawn, { kind: "consent" }, icb, NOW)).toMatchObject({ ok: false, code: "not_open" });
  });

  it("concurrent responses from different organisations both survive when each is re-applied on the fresh round", () => {
    // Two requests read revision 1; the store's compare-and-set lets one win; the loser re-runs on the winner's round.
    const base = propose();
    const a = ok(respondToAgreement(base, { kind: "consent" }, icb, NOW));
    const b = ok(respondToAgreement(base, { kind: "object", comment: "No" }, cvs, NOW));
    expect(a.revision).toBe(b.revision); // they conflict on revision
    const retried = ok(respondToAgreement(a, { kind: "object", comment: "No" }, cvs, NOW));
    expect(retried.revision).toBe(3);
    expect(agreementTally(retried)).toMatchObject({ consented: 1, objected: 1, waiting: 0, quorum: false });
    // order of application does not matter for the outcome
    const other = ok(respondToAgreement(b, { kind: "consent" }, icb, NOW));
    expect(other.responses.map((x) => [x.organisation, x.kind]).sort()).toEqual(retried.responses.map((x) => [x.organisation, x.kind]).sort());
  });
});

describe("tally and close", () => {
  it("reaches agreement only when every required organisation consents and no objection stands", () => {
    let r = propose();
    expect(agreementTally(r)).toMatchObject({ quorum: false, waiting: 2 });
    r = ok(respondToAgreement(r, { kind: "consent" }, icb, NOW));
    expect(agreementTally(r).blockers).toEqual(["Riverside CVS has not responded"]);
    r = ok(respondToAgreement(r, { kind: "object", comment: "Needs a carers action" }, cvs, NOW));
    expect(agreementTally(r)).toMatchObject({ quorum: false, objected: 1, blockers: ["Riverside CVS objects"] });
    r = ok(respondToAgreement(r, { kind: "consent_with_comment", comment: "Carers action added" }, cvs, NOW));
    expect(agreementTally(r)).toMatchObject({ quorum: true, consented: 2, blockers: [] });
  });

  it("counts standing aside (abstain) and never blocks on it", () => {
    let r = propose();
    r = ok(respondToAgreement(r, { kind: "consent" }, icb, NOW));
    r = ok(respondToAgreement(r, { kind: "abstain" }, cvs, NOW));
    expect(agreementTally(r)).toMatchObject({ quorum: true, consented: 1, stoodAside: 1, blockers: [] });
    expect(closeAgreement(r, { outcome: "Agreed" }, facilitator, closeCtx).ok).toBe(true);
  });

  it("keeps every response in the trail and the content hash it was given on", () => {
    let r = propose();
    const content = { sections: agreed, planItems: null };
    r = ok(respondToAgreement(r, { kind: "object", comment: "No carers action" }, cvs, NOW, { hash: "h1", content }));
    r = ok(respondToAgreement(r, { kind: "consent" }, cvs, "2026-03-03T09:00:00.000Z", { hash: "h1", content }));
    expect(r.responses).toEqual([expect.objectContaining({ kind: "consent", contentHash: "h1" })]);
    expect(r.trail.map((x) => [x.kind, x.comment])).toEqual([
      ["object", "No carers action"],
      ["consent", null],
    ]);
    expect(r.contents).toEqual([{ hash: "h1", content }]);
  });

  it("refuses closing while a response was given on older content, and re-asking puts that organisation back to waiting", () => {
    let r = propose(["Riverside ICB", "Riverside CVS"]);
    const content = { sections: agreed, planItems: null };
    r = ok(respondToAgreement(r, { kind: "consent" }, icb, NOW, { hash: "old", content }));
    r = ok(respondToAgreement(r, { kind: "consent" }, cvs, NOW, { hash: "new", content }));
    expect(agreementTally(r, { currentHash: "new" })).toMatchObject({ quorum: false, stale: ["Riverside ICB"] });
    const refused = closeAgreement(r, { outcome: "Agreed" }, facilitator, { ...closeCtx, currentHash: "new", staleChanges: new Map([["Riverside ICB", ["Text changed"]]]) });
    expect(refused).toMatchObject({ ok: false, code: "stale_responses" });
    expect(!refused.ok && refused.message).toContain("Riverside ICB (consent at 2026-03-02T09:00:00.000Z; since then: Text changed)");
    expect(reaskAgreement(r, {}, icb, NOW, "new")).toMatchObject({ ok: false, code: "forbidden" });
    expect(reaskAgreement(r, { organisations: ["Riverside CVS"] }, facilitator, NOW, "new")).toMatchObject({ ok: false, code: "invalid" });
    const again = ok(reaskAgreement(r, {}, facilitator, NOW, "new"));
    expect(again.responses.map((x) => x.organisation)).toEqual(["Riverside CVS"]);
    expect(again.trail).toHaveLength(2);
    expect(again.reasks).toEqual([expect.objectContaining({ organisations: ["Riverside ICB"], contentHash: "new" })]);
    expect(agreementTally(again, { currentHash: "new" }).blockers).toEqual(["Riverside ICB has not responded"]);
  });

  it("past the deadline of a round that closes without them, non-responders are recorded as no response", () => {
    const res = proposeAgreement({ scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB", "Riverside CVS"], deadline: "2026-03-20", closeAfterDeadline: true }, facilitator, ctx());
    let r = ok(res);
    r = ok(respondToAgreement(r, { kind: "consent" }, icb, NOW));
    expect(agreementTally(r, { today: "2026-03-20" })).toMatchObject({ quorum: false, waiting: 1 });
    expect(agreementTally(r, { today: "2026-03-21" })).toMatchObject({ quorum: true, noResponse: 1 });
    expect(closeAgreement(r, { outcome: "Agreed" }, facilitator, { ...closeCtx, today: "2026-03-21" }).ok).toBe(true);
    expect(agreementTally(propose(), { today: "2026-03-21" })).toMatchObject({ quorum: false, waiting: 2 });
  });

  it("refuses closing without quorum with a clear error naming what is missing", () => {
    let r = propose();
    r = ok(respondToAgreement(r, { kind: "object", comment: "No" }, cvs, NOW));
    const res = closeAgreement(r, { outcome: "Agreed" }, facilitator, closeCtx);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.code).toBe("no_quorum");
    expect(res.message).toContain("Riverside ICB has not responded");
    expect(res.message).toContain("Riverside CVS objects");
    expect(res.message).toContain("withdraw");
  });

  it("closes with outcome, review date, agreed content and version", () => {
    let r = propose(["Riverside ICB"]);
    r = ok(respondToAgreement(r, { kind: "consent" }, icb, NOW));
    const c = ok(closeAgreement(r, { outcome: "  Partners agree the plan  ", reviewDate: "2027-03-01" }, facilitator, closeCtx));
    expect(c).toMatchObject({
      status: "agreed",
      outcome: "Partners agree the plan",
      reviewDate: "2027-03-01",
      closedBy: facilitator,
      closedAt: NOW,
      agreedSections: agreed,
      versionId: "ver-0001",
      revision: r.revision + 1,
    });
  });

  it("refuses an empty outcome and a review date that is not in the future", () => {
    let r = propose(["Riverside ICB"]);
    r = ok(respondToAgreement(r, { kind: "consent" }, icb, NOW));
    expect(closeAgreement(r, { outcome: " " }, facilitator, closeCtx)).toMatchObject({ ok: false, code: "invalid" });
    expect(closeAgreement(r, { outcome: "ok", reviewDate: TODAY }, facilitator, closeCtx)).toMatchObject({ ok: false, code: "invalid" });
  });

  it.each(ROLES.filter((r) => r !== "facilitator"))("refuses closing and withdrawing by a %s", (role) => {
    let r = propose(["Riverside ICB"]);
    r = ok(respondToAgreement(r, { kind: "consent" }, icb, NOW));
    expect(closeAgreement(r, { outcome: "ok" }, actor(role, "Riverside ICB"), closeCtx)).toMatchObject({ ok: false, code: "forbidden" });
    expect(withdrawAgreement(r, {}, actor(role, "Riverside ICB"), NOW)).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("cannot close or withdraw twice", () => {
    let r = propose(["Riverside ICB"]);
    r = ok(respondToAgreement(r, { kind: "consent" }, icb, NOW));
    const c = ok(closeAgreement(r, { outcome: "ok" }, facilitator, closeCtx));
    expect(closeAgreement(c, { outcome: "again" }, facilitator, closeCtx)).toMatchObject({ ok: false, code: "not_open" });
    expect(withdrawAgreement(c, {}, facilitator, NOW)).toMatchObject({ ok: false, code: "not_open" });
  });
});

describe("withdraw", () => {
  it("withdraws an open round without quorum, with a reason", () => {
    let r = propose();
    r = ok(respondToAgreement(r, { kind: "object", comment: "No" }, cvs, NOW));
    const w = ok(withdrawAgreement(r, { reason: "Rework the priorities" }, facilitator, NOW));
    expect(w).toMatchObject({ status: "withdrawn", withdrawnReason: "Rework the priorities", closedBy: facilitator, outcome: null });
    expect(withdrawAgreement(w, {}, facilitator, NOW)).toMatchObject({ ok: false, code: "not_open" });
  });
});
