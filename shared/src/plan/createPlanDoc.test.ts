import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createPlanDoc } from "./createPlanDoc.ts";
import { randomPlanId, sequentialIds } from "./newId.ts";
import { readPlan } from "./readPlan.ts";
import { PLAN_ROOTS, PLAN_SCHEMA_VERSION, PlanSnapshotSchema } from "./schema.ts";
import { IdSchema } from "../domain/id.ts";

const base = { title: "Riverside place plan", place: "Riverside", now: new Date("2025-04-01T09:00:00.000Z") };

describe("createPlanDoc", () => {
  it("builds the place plan template", () => {
    const doc = createPlanDoc("place_plan", { ...base, newId: sequentialIds("p") });
    const plan = readPlan(doc);
    expect(PlanSnapshotSchema.safeParse(plan).success).toBe(true);
    expect(plan.meta).toEqual({
      schemaVersion: PLAN_SCHEMA_VERSION,
      title: "Riverside place plan",
      template: "place_plan",
      place: "Riverside",
      createdAt: "2025-04-01T09:00:00.000Z",
    });
    expect(plan.sections.map((s) => s.title)).toEqual([
      "Our place and its people",
      "Shared ambitions",
      "Healthy lives: closing the gap in healthy life expectancy",
      "Good work and skills",
      "Pride in place: safe, warm homes",
      "Starting well",
      "Delivery and governance",
      "How we will know we've made a difference",
    ]);
    for (const s of plan.sections) {
      expect(s.status).toBe("draft");
      expect(s.body.content.length).toBeGreaterThan(0);
    }
    expect(plan.actions.length).toBeGreaterThanOrEqual(3);
    const leads = new Set(plan.actions.map((a) => a.leadOrganisation));
    expect(leads).toContain("Riverside Borough Council");
    expect(leads).toContain("Riverside ICB");
    expect(leads).toContain("Riverside CVS");
    const sectionIds = new Set(plan.sections.map((s) => s.id));
    const indicatorIds = new Set(plan.indicators.map((i) => i.id));
    for (const a of plan.actions) {
      if (a.sectionId !== null) expect(sectionIds).toContain(a.sectionId);
      for (const i of a.indicators) expect(indicatorIds).toContain(i);
    }
    expect(plan.indicators.map((i) => i.indicatorRef)).toContain("IND-HLE");
    expect(plan.risks.length).toBeGreaterThan(0);
  });

  it("is deterministic given an id factory", () => {
    const a = readPlan(createPlanDoc("place_plan", { ...base, newId: sequentialIds("p") }));
    const b = readPlan(createPlanDoc("place_plan", { ...base, newId: sequentialIds("p") }));
    expect(a).toEqual(b);
    expect(a.sections[0]?.id).toBe("p-1");
    const x = createPlanDoc("jhws", { ...base, newId: sequentialIds("p"), clientID: 7 });
    const y = createPlanDoc("jhws", { ...base, newId: sequentialIds("p"), clientID: 7 });
    expect(Y.encodeStateAsUpdate(x)).toEqual(Y.encodeStateAsUpdate(y));
  });

  it("builds the JHWS template", () => {
    const plan = readPlan(createPlanDoc("jhws", { ...base, newId: sequentialIds() }));
    expect(PlanSnapshotSchema.safeParse(plan).success).toBe(true);
    expect(plan.sections.map((s) => s.title)).toEqual([
      "Vision",
      "Starting well",
      "Living well",
      "Ageing well",
      "Tackling health inequalities (Core20PLUS5)",
      "Wider determinants",
      "Governance",
    ]);
  });

  it("builds the blank template: one empty Introduction section", () => {
    const doc = createPlanDoc("blank", { ...base, newId: sequentialIds() });
    const plan = readPlan(doc);
    expect(plan.sections).toEqual([
      { id: "id-1", title: "Introduction", status: "draft", outcomes: [], body: { type: "doc", content: [{ type: "paragraph" }] } },
    ]);
    expect(plan.actions).toEqual([]);
    expect(plan.indicators).toEqual([]);
    expect(plan.risks).toEqual([]);
  });

  it("defines exactly the known root types", () => {
    const doc = createPlanDoc("blank", base);
    expect([...doc.share.keys()].sort()).toEqual(Object.values(PLAN_ROOTS).sort());
  });

  it("uses random url-safe 12-character ids by default", () => {
    const plan = readPlan(createPlanDoc("place_plan", base));
    const ids = [...plan.sections, ...plan.actions, ...plan.indicators, ...plan.risks].map((x) => x.id);
    for (const id of ids) {
      expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
      expect(IdSchema.safeParse(id).success).toBe(true);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(randomPlanId()).not.toBe(randomPlanId());
  });

  it("survives a round trip through an encoded update (as the server persists it)", () => {
    const doc = createPlanDoc("place_plan", { ...base, newId: sequentialIds() });
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, Y.encodeStateAsUpdate(doc));
    expect(readPlan(loaded)).toEqual(readPlan(doc));
  });
});
