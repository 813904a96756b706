import { describe, expect, it } from "vitest";
import { getOutcomesModel, withExtensions } from "@jigsaw/shared/outcomes/index";
import { buildCrosswalk, crosswalkFrameworks, isWebUrl, termDetail } from "./crosswalk.ts";

const model = getOutcomesModel();

describe("crosswalk", () => {
  it("has a row per shared outcome and puts Mission 7 under healthier lives", () => {
    const fws = crosswalkFrameworks(model).map((f) => f.id);
    expect(fws).toContain("FW-LU");
    expect(fws).toContain("FW-C20A");
    const rows = buildCrosswalk(model, fws);
    expect(rows).toHaveLength(model.outcomes.length);
    const so4 = rows.find((r) => r.outcomeId === "SO-04")!;
    expect(so4.cells["FW-LU"]!.map((c) => c.term.id)).toContain("LU-M7");
    expect(so4.count).toBeGreaterThan(3);
  });

  it("filters columns and terms by sector", () => {
    const nhs = crosswalkFrameworks(model, "nhs");
    expect(nhs.length).toBeGreaterThan(0);
    for (const f of nhs) expect(f.homeSector).toBe("nhs");
    const rows = buildCrosswalk(model, ["FW-LU", "FW-C20A"], "nhs");
    expect(rows.every((r) => r.cells["FW-LU"]!.length === 0)).toBe(true);
  });

  it("shows local terms once merged", () => {
    const merged = withExtensions(model, {
      terms: [{ id: "local:thriving", label: "Thriving Riverside" }],
      links: [{ id: "local:l1", from: "local:thriving", to: "SO-04", kind: "serves", rationale: "Local strategy" }],
    });
    expect(crosswalkFrameworks(merged).map((f) => f.id)).toContain("FW-LOCAL");
    const so4 = buildCrosswalk(merged, ["FW-LOCAL"]).find((r) => r.outcomeId === "SO-04")!;
    expect(so4.cells["FW-LOCAL"]![0]!.term.label).toBe("Thriving Riverside");
  });

  it("details a term: related terms per framework, indicators with polarity, sources", () => {
    const d = termDetail(model, "LU-M7")!;
    expect(d.related.map((g) => g.framework.id)).toContain("FW-C20A");
    expect(d.related.flatMap((g) => g.terms.map((t) => t.termId))).toContain("PHOF-HLO1");
    expect(d.indicators.some((i) => i.indicator.id === "IND-HLE")).toBe(true);
    expect(d.sources.length).toBeGreaterThan(0);
    expect(termDetail(model, "NOPE")).toBeNull();
    expect(isWebUrl("https://example.org/x")).toBe(true);
    expect(isWebUrl("doi:10.1/x")).toBe(false);
  });
});
