import { describe, expect, it } from "vitest";
import { getOutcomesModel } from "./model.ts";
import { relatedTerms } from "./relatedTerms.ts";

const model = getOutcomesModel();

describe("relatedTerms", () => {
  it("relates the Marmot principle on fair employment to Levelling Up Mission 1", () => {
    const m1 = relatedTerms("MAR-3").find((r) => r.termId === "LU-M1");
    expect(m1).toMatchObject({ via: "direct", strength: "strong", sourced: false, confidence: "proposal", path: ["MAR-3", "LU-M1"], linkIds: ["L052"] });
    expect(relatedTerms("LU-M1").some((r) => r.termId === "MAR-3")).toBe(true);
  });

  it("resolves a legacy mission to a current national mission", () => {
    const r = relatedTerms("LU-M11");
    const streets = r.find((x) => x.termId === "GOV-M-STREETS");
    expect(streets).toMatchObject({ status: "current", framework: "FW-GOV2024", sourced: false });
  });

  it("resolves a legacy term with no direct cross-framework link through a shared outcome", () => {
    const r = relatedTerms("LU-CAP-PHYSICAL");
    expect(r.every((x) => x.via === "outcome")).toBe(true);
    const mar4 = r.find((x) => x.termId === "MAR-4")!;
    expect(mar4).toMatchObject({ status: "current", strength: "moderate", sourced: false, path: ["LU-CAP-PHYSICAL", "SO-06", "MAR-4"] });
  });

  it("keeps every route, with the direct one first", () => {
    const mar2 = relatedTerms("LU-M8").find((x) => x.termId === "MAR-2")!;
    expect(mar2.via).toBe("direct");
    expect(mar2.paths.map((p) => p.path.join(">"))).toContain("LU-M8>SO-05>MAR-2");
  });

  it("links Mission 7 to the current health mission's HLE-gap target without claiming a source", () => {
    const gap = relatedTerms("LU-M7").find((r) => r.termId === "GOV-HLE-GAP")!;
    expect(gap).toMatchObject({ via: "direct", strength: "strong", sourced: false, linkIds: ["L079"] });
    const hlo1 = relatedTerms("LU-M7").find((r) => r.termId === "PHOF-HLO1")!;
    expect(hlo1).toMatchObject({ sourced: true, confidence: "confirmed", sources: ["S-RSN", "S-PHOF"] });
  });

  it("caps two-hop routes at moderate, excludes the term's own framework and sorts best first", () => {
    const r = relatedTerms("LU-M7");
    expect(r.every((x) => x.framework !== "FW-LU")).toBe(true);
    for (const x of r.filter((y) => y.via === "outcome")) expect(x.strength).not.toBe("strong");
    const rank = { strong: 3, moderate: 2, weak: 1 };
    for (let i = 1; i < r.length; i++) expect(rank[r[i - 1].strength]).toBeGreaterThanOrEqual(rank[r[i].strength]);
  });

  it("reports unconfirmed support for flagged links", () => {
    const r = relatedTerms("LU-M10").find((x) => x.termId === "CONCEPT-WDH" || x.termId === "LU-M7");
    expect(r).toBeUndefined(); // same framework (LU-M7) is excluded; WDH is reached from M7 only
    const wdh = relatedTerms("LU-M7").find((x) => x.termId === "CONCEPT-WDH")!;
    expect(wdh).toMatchObject({ sourced: true, verified: false, confidence: "unconfirmed" });
  });

  it("returns an empty list for an unknown term", () => {
    expect(relatedTerms("NOPE", model)).toEqual([]);
  });
});
