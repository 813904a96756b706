import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addAction, addSection, createPlanDoc, readPlan, removeSection, sectionIds, setSectionBody, setSectionStatus, updateActionField, actionIds, removeAction, moveSection } from "../plan/index.ts";
import { bodyDoc, paragraph } from "../plan/bodyBuilders.ts";
import { diffSnapshots } from "./snapshotDiff.ts";
import { restoreSnapshot } from "./restoreSnapshot.ts";
import { wordDiff } from "./textDiff.ts";

function plan(): Y.Doc {
  return createPlanDoc("place_plan", { title: "Riverside Place Plan", place: "Riverside", now: new Date("2026-03-01T00:00:00Z") });
}

describe("wordDiff", () => {
  it("concatenates back to both texts", () => {
    const d = wordDiff("the quick brown fox", "the slow brown dog");
    expect(d.filter((c) => c.op !== "insert").map((c) => c.text).join("")).toBe("the quick brown fox");
    expect(d.filter((c) => c.op !== "delete").map((c) => c.text).join("")).toBe("the slow brown dog");
  });
});

describe("diffSnapshots", () => {
  it("reports section text, added/removed sections and action field changes; identical snapshots have no changes", () => {
    const doc = plan();
    const before = readPlan(doc);
    expect(diffSnapshots(before, before).summary.identical).toBe(true);
    const [first, second] = sectionIds(doc);
    setSectionBody(doc, first!, bodyDoc([paragraph("A brand new vision")]));
    removeSection(doc, second!);
    const added = addSection(doc, { title: "Appendix" });
    const actionId = addAction(doc, { title: "Warm homes", leadOrganisation: "Council" });
    const after = readPlan(doc);
    const d = diffSnapshots(before, after);
    expect(d.sections.find((s) => s.id === first)).toMatchObject({ change: "changed" });
    expect(d.sections.find((s) => s.id === first)!.body.some((c) => c.op === "insert" && c.text.includes("brand new vision"))).toBe(true);
    expect(d.sections.find((s) => s.id === second)).toMatchObject({ change: "removed" });
    expect(d.sections.find((s) => s.id === added)).toMatchObject({ change: "added" });
    expect(d.actions.find((a) => a.id === actionId)).toMatchObject({ change: "added", label: "Warm homes" });
    updateActionField(doc, actionId, "status", "at_risk");
    const d2 = diffSnapshots(after, readPlan(doc));
    expect(d2.actions).toEqual([{ id: actionId, label: "Warm homes", change: "changed", fields: [{ field: "status", from: "not_started", to: "at_risk" }], moved: false }]);
  });
});

describe("restoreSnapshot", () => {
  it("brings back sections, bodies, order and actions as new changes, keeping ids", () => {
    const doc = plan();
    const actionId = addAction(doc, { title: "Warm homes", leadOrganisation: "Council" });
    const old = readPlan(doc);
    const ids = sectionIds(doc);
    setSectionBody(doc, ids[0]!, bodyDoc([paragraph("Rewritten")]));
    removeSection(doc, ids[1]!);
    moveSection(doc, ids[2]!, 0);
    addSection(doc, { title: "Extra" });
    removeAction(doc, actionId);
    addAction(doc, { title: "New action" });
    setSectionStatus(doc, ids[3]!, "in_review");
    const svBefore = Y.encodeStateVector(doc);
    const report = restoreSnapshot(doc, old, (id, s) => (id === ids[3] ? "in_review" : s));
    const now = readPlan(doc);
    expect(now.sections.map((s) => s.id)).toEqual(old.sections.map((s) => s.id));
    expect(now.sections.map((s) => s.body)).toEqual(old.sections.map((s) => s.body));
    expect(now.sections.find((s) => s.id === ids[3])!.status).toBe("in_review");
    expect(now.actions).toEqual(old.actions);
    expect(now.actions.some((a) => a.id === actionId && a.title === "Warm homes")).toBe(true);
    expect(report.sections).toMatchObject({ added: 1, removed: 1 });
    expect(report.skipped).toEqual([]);
    // it is an ordinary incremental change another replica can apply
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(plan()));
    expect(Y.encodeStateAsUpdate(doc, svBefore).byteLength).toBeGreaterThan(0);
    expect(actionIds(doc)).toEqual(old.actions.map((a) => a.id));
  });
});
