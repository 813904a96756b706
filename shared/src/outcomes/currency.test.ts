import { describe, expect, it } from "vitest";
import { checkModelIntegrity } from "./integrity.ts";
import { getOutcomesModel } from "./model.ts";
import { indexModel } from "./modelIndex.ts";

const model = getOutcomesModel();
const idx = indexModel(model);

describe("currency checks (issue 22)", () => {
  it("links the opportunity mission to the school-readiness indicator, citing the Plan for Change milestone", () => {
    const link = model.links.find((l) => l.from === "GOV-M-OPPORTUNITY" && l.to === "IND-SCHREADY")!;
    expect(link).toMatchObject({ kind: "headline_metric", sourced: true, verified: true });
    expect(link.sources.length).toBeGreaterThan(0);
    for (const s of link.sources) expect(idx.sources.has(s), s).toBe(true);
    expect(link.note).toMatch(/75% by 2028/);
  });

  it("gives every national mission a linked indicator or a recorded check that says it is unverified", () => {
    for (const t of model.terms.filter((x) => x.kind === "national_mission")) {
      const indicators = (idx.linksOf.get(t.id) ?? []).filter((l) => l.from === t.id && idx.indicators.has(l.to));
      const check = t.checks.at(-1);
      expect(check, t.id).toBeDefined();
      if (indicators.length === 0) expect(check!.result, t.id).toBe("unverified");
      else expect(check!.sources.length, t.id).toBeGreaterThan(0);
    }
  });

  it("records each check with its date and sources; none confirms or changes anything without a source", () => {
    const checked = model.terms.filter((t) => t.checks.length > 0);
    expect(checked.map((t) => t.id)).toEqual(expect.arrayContaining(["ICS-ICB", "GL-ICS", "GL-NHSE", "GOV-M-OPPORTUNITY"]));
    for (const t of checked) {
      for (const c of t.checks) {
        expect(c.checked, t.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (c.result !== "unverified") expect(c.sources.length, t.id).toBeGreaterThan(0);
        for (const s of c.sources) expect(idx.sources.has(s), s).toBe(true);
      }
    }
    const broken = { ...model, terms: model.terms.map((t) => (t.id === "GL-NHSE" ? { ...t, checks: [{ ...t.checks[0]!, sources: [] }] } : t)) };
    expect(checkModelIntegrity(broken).map((i) => i.code)).toContain("check_without_source");
  });

  it("no longer counts 42 ICSs as current, and records NHS England's announced abolition while its wording stays unverified", () => {
    const ics = idx.terms.get("GL-ICS")!;
    expect(ics.definition).not.toMatch(/There are 42/);
    expect(ics.checks[0]).toMatchObject({ result: "changed" });
    const nhse = idx.terms.get("GL-NHSE")!;
    expect(nhse.definition).toMatch(/abolition was announced on 13 March 2025/);
    expect(nhse.checks[0]).toMatchObject({ result: "confirmed", sources: ["S-INDY-NHSE"] });
    expect(nhse.verified).toBe(false);
  });
});
