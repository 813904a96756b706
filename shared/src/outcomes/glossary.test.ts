import { describe, expect, it } from "vitest";
import { glossary } from "./glossary.ts";

describe("glossary", () => {
  it("explains the common jargon in plain English", () => {
    const g = glossary();
    const terms = g.map((e) => e.term);
    for (const t of ["JSNA", "ICS", "ICB", "ICP", "HWB", "HWBB", "VCSE", "CVS", "IMD", "HLE", "PHOF", "LUWP", "Core20", "Core20PLUS5", "CCG"]) {
      expect(terms, t).toContain(t);
    }
    for (const e of g) expect(e.plainEnglish.length, e.term).toBeGreaterThan(0);
  });

  it("marks unsourced glossary wording unverified and superseded jargon as such", () => {
    const g = glossary();
    expect(g.find((e) => e.term === "CVS")?.verified).toBe(false);
    expect(g.find((e) => e.term === "ICS")?.verified).toBe(true);
    expect(g.find((e) => e.term === "CCG")?.status).toBe("superseded");
  });

  it("is sorted alphabetically", () => {
    const t = glossary().map((e) => e.term.toLowerCase());
    expect([...t].sort((a, b) => a.localeCompare(b, "en"))).toEqual(t);
  });
});
