import { describe, expect, it } from "vitest";
import { coverage } from "./coverage.ts";

const fw = (id: string, sel: string[]) => coverage(sel).frameworks.find((f) => f.frameworkId === id)!;

describe("coverage", () => {
  it("reports which framework items a plan addresses and which it leaves uncovered", () => {
    const lu = fw("FW-LU", ["SO-04"]);
    expect(lu.total).toBe(12);
    expect(lu.addressed.map((a) => a.termId)).toEqual(["LU-M7"]);
    expect(lu.addressed[0].via[0]).toMatchObject({ outcomeId: "SO-04", strength: "strong", sourced: false });
    expect(lu.uncovered.map((u) => u.termId)).toContain("LU-M1");
    expect(lu.ratio).toBeCloseTo(1 / 12);
  });

  it("covers PHOF indicators measured by the selected outcomes", () => {
    const phof = fw("FW-PHOF", ["SO-04"]);
    expect(phof.indicators.addressed).toContain("IND-HLE");
    expect(phof.addressed.map((a) => a.termId)).toEqual(["PHOF-HLO1", "PHOF-HLO2"]);
  });

  it("reports every policy framework, and nothing covered for an empty plan", () => {
    const res = coverage([]);
    expect(res.frameworks.map((f) => f.frameworkId)).toEqual(
      expect.arrayContaining(["FW-LU", "FW-C20A", "FW-C20C", "FW-NHS5", "FW-MARMOT", "FW-PHOF", "FW-GOV2024", "FW-10YHP"]),
    );
    expect(res.frameworks.some((f) => f.frameworkId === "FW-GLOSSARY")).toBe(false);
    for (const f of res.frameworks) expect(f.addressed).toEqual([]);
    expect(fw("FW-MARMOT", []).total).toBe(8);
    expect(fw("FW-NHS5", []).total).toBe(5);
  });

  it("covers everything when every outcome is selected", () => {
    const all = coverage(Array.from({ length: 14 }, (_, i) => `SO-${String(i + 1).padStart(2, "0")}`));
    for (const f of all.frameworks) expect(f.uncovered, f.frameworkId).toEqual([]);
  });

  it("lists unknown outcome ids", () => {
    expect(coverage(["SO-04", "SO-99"]).unknown).toEqual(["SO-99"]);
  });
});
