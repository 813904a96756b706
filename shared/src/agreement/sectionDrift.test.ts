import { describe, expect, it } from "vitest";
import { bodyDoc, paragraph, text } from "../plan/bodyBuilders.ts";
import type { SectionSnapshot } from "../plan/schema.ts";
import type { AgreementRound } from "./schema.ts";
import { latestAgreements, sectionAgreementStates, sectionStatusCorrections } from "./sectionDrift.ts";

function section(id: string, title: string, words: string, status: SectionSnapshot["status"] = "agreed"): SectionSnapshot {
  return { id, title, status, outcomes: [], body: bodyDoc([paragraph(words)]) };
}

function round(id: string, closedAt: string, sections: SectionSnapshot[], status: AgreementRound["status"] = "agreed"): AgreementRound {
  const who = { userId: "u", displayName: "U", organisation: "Council", role: "facilitator" as const };
  return {
    id,
    planId: "p",
    partnershipId: "pp",
    title: id,
    scope: { kind: "sections", sectionIds: sections.map((s) => s.id) },
    requiredOrganisations: ["ICB"],
    deadline: "2026-03-20",
    status,
    revision: 3,
    proposedBy: who,
    proposedAt: closedAt,
    responses: [],
    trail: [],
    reasks: [],
    contents: [],
    closeAfterDeadline: false,
    closedBy: who,
    closedAt,
    outcome: "ok",
    reviewDate: null,
    withdrawnReason: null,
    agreedSections: sections.map((s) => ({ id: s.id, title: s.title, body: s.body })),
    agreedPlanItems: null,
    agreedContentHash: null,
    versionId: null,
  };
}

describe("edits after agreement", () => {
  const agreedVision = section("s1", "Vision", "Everyone lives a healthy life");
  const agreedPriorities = section("s2", "Priorities", "Start well, live well, age well");
  const rounds = [round("r1", "2026-03-01T10:00:00.000Z", [agreedVision, agreedPriorities])];

  it("an unchanged agreed section stays agreed", () => {
    const states = sectionAgreementStates(rounds, [agreedVision, agreedPriorities]);
    expect(states.map((s) => [s.sectionId, s.changed])).toEqual([
      ["s1", false],
      ["s2", false],
    ]);
    expect(sectionStatusCorrections(states, [agreedVision, agreedPriorities], new Set())).toEqual([]);
  });

  it("an edit marks the section changed since agreement, with a word diff", () => {
    const edited = section("s1", "Vision", "Everyone lives a long and healthy life");
    const states = sectionAgreementStates(rounds, [edited, agreedPriorities]);
    const s1 = states.find((s) => s.sectionId === "s1")!;
    expect(s1.changed).toBe(true);
    expect(s1.diff.filter((d) => d.op === "insert").map((d) => d.text.trim())).toEqual(["long and"]);
    expect(sectionStatusCorrections(states, [edited, agreedPriorities], new Set())).toEqual([{ sectionId: "s1", from: "agreed", to: "changed_since_agreement" }]);
  });

  it("a formatting-only edit or a title edit also counts as a change", () => {
    const bolded: SectionSnapshot = { ...agreedVision, body: bodyDoc([paragraph([text("Everyone lives a healthy life", [{ type: "bold" }])])]) };
    const renamed = { ...agreedPriorities, title: "Our priorities" };
    const states = sectionAgreementStates(rounds, [bolded, renamed]);
    expect(states.every((s) => s.changed)).toBe(true);
    expect(states.find((s) => s.sectionId === "s1")!.diff).toEqual([]);
    expect(states.find((s) => s.sectionId === "s2")!.titleChange).toEqual({ from: "Priorities", to: "Our priorities" });
  });

  it("editing back to the agreed content restores agreed", () => {
    const marked = { ...agreedVision, status: "changed_since_agreement" as const };
    const states = sectionAgreementStates(rounds, [marked, agreedPriorities]);
    expect(sectionStatusCorrections(states, [marked, agreedPriorities], new Set())).toEqual([{ sectionId: "s1", from: "changed_since_agreement", to: "agreed" }]);
  });

  it("a deleted agreed section is reported as removed", () => {
    const states = sectionAgreementStates(rounds, [agreedVision]);
    expect(states.find((s) => s.sectionId === "s2")).toMatchObject({ removed: true, changed: true });
  });

  it("sections under an open round are left in review", () => {
    const inReview = { ...section("s1", "Vision", "new words"), status: "in_review" as const };
    const states = sectionAgreementStates(rounds, [inReview, agreedPriorities]);
    expect(sectionStatusCorrections(states, [inReview, agreedPriorities], new Set(["s1"]))).toEqual([]);
  });

  it("a later agreement supersedes an earlier one; withdrawn rounds do not count", () => {
    const newer = section("s1", "Vision", "Everyone lives a long and healthy life");
    const all = [...rounds, round("r2", "2026-04-01T10:00:00.000Z", [newer]), round("r3", "2026-05-01T10:00:00.000Z", [section("s1", "Vision", "x")], "withdrawn")];
    expect(latestAgreements(all).get("s1")!.round.id).toBe("r2");
    expect(sectionAgreementStates(all, [newer, agreedPriorities]).find((s) => s.sectionId === "s1")!.changed).toBe(false);
  });
});
