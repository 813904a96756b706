import { describe, expect, it } from "vitest";
import { glossary } from "./glossary.ts";
import { lens } from "./lens.ts";
import { getOutcomesModel } from "./model.ts";

/** Lower case, brackets and punctuation dropped: "Give every child the best start in life." → "give every child the best start in life". */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\([^)]*\)/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

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

  it("never defines a term by itself: no definition equals its term, in the glossary or in any term's plain English", () => {
    for (const e of glossary()) {
      expect(norm(e.plainEnglish), e.term).not.toBe(norm(e.term));
      expect(norm(e.plainEnglish), e.term).not.toBe(norm(e.expansion));
    }
    for (const t of getOutcomesModel().terms) expect(norm(t.plainEnglish || t.definition), t.id).not.toBe(norm(t.label));
  });
});

describe("lens in a sector's words", () => {
  it("lists each linked term of the reader's sector with its status and a plain-English line", () => {
    const r = lens("SO-12", "nhs")!;
    expect(r.terms.length).toBeGreaterThan(0);
    expect(r.text).toContain("NHS terms:");
    expect(r.text).toContain("Ensure datasets are complete and timely — Record who people are (e.g. ethnicity) so inequalities can be seen");
    const council = lens("SO-09", "council")!;
    expect(council.text).toMatch(/Mission 9: Pride in place \(legacy\) — /);
  });
});
