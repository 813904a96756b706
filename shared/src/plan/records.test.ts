import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { actionIds, addAction, moveAction, readAction, readActions, removeAction, updateActionField } from "./actions.ts";
import {
  addIndicator,
  indicatorIds,
  readIndicator,
  removeIndicator,
  updateIndicatorField,
} from "./indicators.ts";
import { EMPTY_SERIES_FIELDS } from "./indicatorSeries.ts";
import { sequentialIds } from "./newId.ts";
import { PlanDocError } from "./planDocError.ts";
import { addRisk, readRisk, readRisks, removeRisk, riskIds, updateRiskField } from "./risks.ts";
import { planRoots } from "./roots.ts";
import { forkDoc, syncDocs } from "./testUtils.ts";

describe("actions", () => {
  it("adds with defaults and round-trips every field", () => {
    const doc = new Y.Doc();
    const id = addAction(doc, { title: "Family hubs", leadOrganisation: "Riverside Borough Council" }, { newId: () => "a-1" });
    expect(readAction(doc, id)).toEqual({
      id: "a-1",
      title: "Family hubs",
      leadOrganisation: "Riverside Borough Council",
      partnerOrganisations: [],
      sector: null,
      dueDate: null,
      status: "not_started",
      outcomes: [],
      indicators: [],
      sectionId: null,
    });
    updateActionField(doc, id, "partnerOrganisations", ["Riverside ICB", "Riverside CVS"]);
    updateActionField(doc, id, "sector", "council");
    updateActionField(doc, id, "dueDate", "2026-03-31");
    updateActionField(doc, id, "status", "on_track");
    updateActionField(doc, id, "outcomes", ["SO-02"]);
    updateActionField(doc, id, "indicators", ["i-1"]);
    updateActionField(doc, id, "sectionId", "s-1");
    expect(readAction(doc, id)).toMatchObject({
      partnerOrganisations: ["Riverside ICB", "Riverside CVS"],
      sector: "council",
      dueDate: "2026-03-31",
      status: "on_track",
      outcomes: ["SO-02"],
      indicators: ["i-1"],
      sectionId: "s-1",
    });
    // Each field is its own key; list fields are Y.Arrays.
    const m = planRoots(doc).actions.get(id) as Y.Map<unknown>;
    expect(m.get("partnerOrganisations")).toBeInstanceOf(Y.Array);
    expect(m.get("status")).toBe("on_track");
  });

  it("does not write when a value is unchanged", () => {
    const doc = new Y.Doc();
    const id = addAction(doc, { title: "A", partnerOrganisations: ["X"] });
    let updates = 0;
    doc.on("update", () => updates++);
    updateActionField(doc, id, "title", "A");
    updateActionField(doc, id, "partnerOrganisations", ["X"]);
    expect(updates).toBe(0);
  });

  it("validates input", () => {
    const doc = new Y.Doc();
    expect(() => addAction(doc, { title: "A", dueDate: "31/03/2026" })).toThrow(PlanDocError);
    const id = addAction(doc, { title: "A" });
    expect(() => updateActionField(doc, id, "status", "red" as never)).toThrow(/status/);
    expect(() => updateActionField(doc, id, "dueDate", "2026-02-30")).toThrow(PlanDocError);
    expect(() => updateActionField(doc, id, "title", "x".repeat(501))).toThrow(PlanDocError);
    expect(() => updateActionField(doc, id, "nope" as never, "x" as never)).toThrow(/Unknown/);
    expect(() => updateActionField(doc, "missing", "title", "x")).toThrow(/No action/);
  });

  it("merges concurrent edits to different fields of one action (cell-level)", () => {
    const a = new Y.Doc();
    const id = addAction(a, { title: "Warm homes", status: "not_started" });
    const b = forkDoc(a);
    updateActionField(a, id, "status", "at_risk");
    updateActionField(b, id, "dueDate", "2026-12-01");
    updateActionField(b, id, "leadOrganisation", "Riverside ICB");
    syncDocs(a, b);
    for (const d of [a, b]) {
      expect(readAction(d, id)).toMatchObject({ status: "at_risk", dueDate: "2026-12-01", leadOrganisation: "Riverside ICB", title: "Warm homes" });
    }
  });

  it("keeps both values added concurrently to a list field", () => {
    const a = new Y.Doc();
    const id = addAction(a, { title: "T", partnerOrganisations: ["Riverside CVS"] });
    const b = forkDoc(a);
    updateActionField(a, id, "partnerOrganisations", ["Riverside CVS", "Riverside ICB"]);
    updateActionField(b, id, "partnerOrganisations", ["Riverside Housing", "Riverside CVS"]);
    syncDocs(a, b);
    const partners = readAction(a, id)?.partnerOrganisations ?? [];
    expect(new Set(partners)).toEqual(new Set(["Riverside CVS", "Riverside ICB", "Riverside Housing"]));
    expect(readAction(b, id)?.partnerOrganisations).toEqual(partners);
  });

  it("moves and removes", () => {
    const doc = new Y.Doc();
    const newId = sequentialIds("a");
    const ids = ["One", "Two", "Three"].map((title) => addAction(doc, { title }, { newId }));
    moveAction(doc, ids[2], 0);
    expect(actionIds(doc)).toEqual([ids[2], ids[0], ids[1]]);
    removeAction(doc, ids[0]);
    expect(readActions(doc).map((a) => a.title)).toEqual(["Three", "Two"]);
    expect(planRoots(doc).actionOrder.toArray()).toEqual([ids[2], ids[1]]);
  });
});

describe("indicators", () => {
  it("round-trips measurements and unlinks removed indicators from actions", () => {
    const doc = new Y.Doc();
    const id = addIndicator(doc, { label: "Healthy life expectancy", indicatorRef: "IND-HLE", unit: "years" }, { newId: () => "i-1" });
    updateIndicatorField(doc, id, "baseline", { value: 58.2, date: "2021-12-31" });
    updateIndicatorField(doc, id, "target", { value: 60, date: null });
    expect(readIndicator(doc, id)).toEqual({
      id,
      indicatorRef: "IND-HLE",
      label: "Healthy life expectancy",
      unit: "years",
      baseline: { value: 58.2, date: "2021-12-31" },
      target: { value: 60, date: null },
      latest: { value: null, date: null },
      notes: "",
      ...EMPTY_SERIES_FIELDS,
    });
    expect(() => updateIndicatorField(doc, id, "latest", { value: Number.NaN, date: null })).toThrow(PlanDocError);
    const actionId = addAction(doc, { title: "A", indicators: [id, "other"] });
    removeIndicator(doc, id);
    expect(indicatorIds(doc)).toEqual([]);
    expect(readAction(doc, actionId)?.indicators).toEqual(["other"]);
  });
});

describe("risks", () => {
  it("round-trips and validates scores", () => {
    const doc = new Y.Doc();
    const id = addRisk(doc, { title: "Budgets cut", likelihood: 4, impact: 5, owner: "Board" });
    updateRiskField(doc, id, "mitigation", "Protect key actions");
    expect(readRisk(doc, id)).toEqual({ id, title: "Budgets cut", likelihood: 4, impact: 5, mitigation: "Protect key actions", owner: "Board" });
    expect(() => updateRiskField(doc, id, "impact", 6)).toThrow(PlanDocError);
    expect(() => updateRiskField(doc, id, "likelihood", 2.5)).toThrow(PlanDocError);
    removeRisk(doc, id);
    expect(riskIds(doc)).toEqual([]);
    expect(readRisks(doc)).toEqual([]);
  });
});
