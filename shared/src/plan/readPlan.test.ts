import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createPlanDoc } from "./createPlanDoc.ts";
import { sequentialIds } from "./newId.ts";
import { planText } from "./planText.ts";
import { readPlan } from "./readPlan.ts";
import { planRoots } from "./roots.ts";
import { PlanSnapshotSchema } from "./schema.ts";
import { sectionText } from "./sections.ts";

describe("readPlan", () => {
  it("reads an empty doc as an empty plan that passes the schema", () => {
    const plan = readPlan(new Y.Doc());
    expect(PlanSnapshotSchema.safeParse(plan).success).toBe(true);
    expect(plan).toEqual({
      meta: { schemaVersion: 0, title: "", template: "blank", place: "", createdAt: "" },
      sections: [],
      actions: [],
      indicators: [],
      risks: [],
    });
  });

  it("reads junk written by a peer defensively and still passes the schema", () => {
    const doc = createPlanDoc("place_plan", { title: "P", place: "Riverside", now: new Date(0), newId: sequentialIds() });
    const r = planRoots(doc);
    const sectionId = r.sectionOrder.get(0) as string;
    const section = r.sections.get(sectionId) as Y.Map<unknown>;
    const actionId = r.actionOrder.get(0) as string;
    const action = r.actions.get(actionId) as Y.Map<unknown>;
    const riskId = r.riskOrder.get(0) as string;
    doc.transact(() => {
      section.set("status", "finished");
      section.set("title", 42);
      section.set("body", "not a fragment");
      action.set("status", { evil: true });
      action.set("dueDate", "tomorrow");
      action.set("sector", "banking");
      action.set("partnerOrganisations", "not a list");
      (r.risks.get(riskId) as Y.Map<unknown>).set("impact", 99);
      r.sectionOrder.push([17, "missing-id", sectionId]);
      r.sections.set("orphan", new Y.Map());
      r.actions.set("not-a-map", "junk");
      r.meta.set("template", "evil");
    });
    const plan = readPlan(doc);
    const parsed = PlanSnapshotSchema.safeParse(plan);
    expect(parsed.success).toBe(true);
    expect(plan.meta.template).toBe("blank");
    expect(plan.sections[0]).toMatchObject({ id: sectionId, title: "", status: "draft", body: { type: "doc", content: [] } });
    expect(plan.sections.map((s) => s.id).filter((id) => id === sectionId)).toHaveLength(1);
    expect(plan.sections.at(-1)?.id).toBe("orphan");
    expect(plan.actions[0]).toMatchObject({ status: "not_started", dueDate: null, sector: null, partnerOrganisations: [] });
    expect(plan.actions.map((a) => a.id)).not.toContain("not-a-map");
    expect(plan.risks[0]?.impact).toBe(3);
  });

  it("reads a Y.Text title as a string", () => {
    const doc = createPlanDoc("blank", { title: "P", place: "X", now: new Date(0), newId: sequentialIds() });
    const section = planRoots(doc).sections.get("id-1") as Y.Map<unknown>;
    section.set("title", new Y.Text("Collaborative title"));
    expect(readPlan(doc).sections[0]?.title).toBe("Collaborative title");
  });
});

describe("planText", () => {
  it("gives the plan as text with part boundaries", () => {
    const doc = createPlanDoc("place_plan", { title: "P", place: "Riverside", now: new Date(0), newId: sequentialIds() });
    const plan = readPlan(doc);
    const { text, parts } = planText(doc);
    expect(planText(plan)).toEqual({ text, parts });
    expect(parts.filter((p) => p.kind === "section")).toHaveLength(plan.sections.length);
    expect(parts.filter((p) => p.kind === "action")).toHaveLength(plan.actions.length);
    for (const p of parts) {
      expect(text.slice(p.start, p.start + p.title.length)).toBe(p.title);
    }
    for (let i = 1; i < parts.length; i++) expect(parts[i]!.start).toBe(parts[i - 1]!.end + 2);
    const first = parts[0]!;
    expect(text.slice(first.start, first.end)).toBe(`${first.title}\n${sectionText(doc, first.id)}`);
    const at = text.indexOf("family hub");
    const hit = parts.find((p) => p.start <= at && at < p.end);
    expect(hit?.kind).toBe("action");
  });
});
