import { describe, expect, it } from "vitest";
import { findTerms } from "./findTerms.ts";
import { compileTermMatcher } from "./termMatcher.ts";

const ids = (text: string) => findTerms(text).map((s) => s.termId);
const matched = (text: string) => findTerms(text).map((s) => s.matched);

describe("findTerms", () => {
  it("spots council and NHS terms in mixed prose with exact offsets", () => {
    const para =
      "Our place-based partnership (the council, the ICB and the CVS) used the JSNA to show that healthy life expectancy is 8 years lower in Core20 neighbourhoods. The HLE gap matters for Mission 7, for the Marmot principle on fair employment, and for the ICB's Core20PLUS5 work with PCNs; the Health and Wellbeing Board (HWBB) signs off.";
    expect(findTerms(para)).toEqual([
      { start: 4, end: 27, termId: "ICS-PBP", matched: "place-based partnership" },
      { start: 46, end: 49, termId: "ICS-ICB", matched: "ICB" },
      { start: 58, end: 61, termId: "GL-CVS", matched: "CVS" },
      { start: 72, end: 76, termId: "ICS-JSNA", matched: "JSNA" },
      { start: 90, end: 113, termId: "CONCEPT-HLE", matched: "healthy life expectancy" },
      { start: 134, end: 140, termId: "C20-CORE20", matched: "Core20" },
      { start: 161, end: 168, termId: "GOV-HLE-GAP", matched: "HLE gap" },
      { start: 181, end: 190, termId: "LU-M7", matched: "Mission 7" },
      { start: 220, end: 235, termId: "MAR-3", matched: "fair employment" },
      { start: 249, end: 252, termId: "ICS-ICB", matched: "ICB" },
      { start: 255, end: 266, termId: "GL-C20P5", matched: "Core20PLUS5" },
      { start: 277, end: 281, termId: "GL-PCN", matched: "PCNs" },
      { start: 287, end: 313, termId: "ICS-HWB", matched: "Health and Wellbeing Board" },
      { start: 315, end: 319, termId: "ICS-HWB", matched: "HWBB" },
    ]);
    for (const s of findTerms(para)) expect(para.slice(s.start, s.end)).toBe(s.matched);
  });

  it("matches words case-insensitively but short acronyms case-sensitively", () => {
    expect(ids("HEALTHY LIFE EXPECTANCY and Healthy Life Expectancy")).toEqual(["CONCEPT-HLE", "CONCEPT-HLE"]);
    expect(ids("the hle and the jsna and the icb")).toEqual([]);
    expect(ids("Hle, Jsna")).toEqual([]);
    expect(ids("plus five more groups")).toEqual([]);
    expect(ids("PLUS groups")).toEqual(["C20-PLUS"]);
    expect(ids("core20 and CORE20")).toEqual(["C20-CORE20", "C20-CORE20"]);
    const it2 = compileTermMatcher([{ id: "IT", label: "Information technology", aliases: [], acronyms: ["IT"], spotLabel: true }]);
    expect(it2.find("it is IT, and information Technology").map((s) => s.matched)).toEqual(["IT", "information Technology"]);
  });

  it("respects word boundaries", () => {
    expect(ids("while the chLEf and WHLE and HLEX")).toEqual([]);
    expect(ids("MICB, ICBX, xJSNA")).toEqual([]);
    expect(ids("Core20s")).toEqual([]);
    expect(matched("ICBs, JSNAs and integrated care boards")).toEqual(["ICBs", "JSNAs", "integrated care boards"]);
  });

  it("handles punctuation around and inside terms", () => {
    expect(matched("(ICB), [JSNA]; \"HLE\". IMD's ranks - PHOF!")).toEqual(["ICB", "JSNA", "HLE", "IMD", "PHOF"]);
    expect(ids("place based partnership / place-based partnership / place–based partnership")).toEqual([
      "ICS-PBP",
      "ICS-PBP",
      "ICS-PBP",
    ]);
    expect(ids("healthy   life\nexpectancy")).toEqual(["CONCEPT-HLE"]);
    expect(ids("healthy life\n\nexpectancy")).toEqual([]);
    expect(ids("young people’s CAMHS and s13SA")).toEqual(["C20-C-MH", "NHS-STMT"]);
  });

  it("prefers the longest of overlapping aliases and never returns overlapping spans", () => {
    expect(findTerms("The healthy life expectancy gap widened")).toEqual([
      { start: 4, end: 31, termId: "GOV-HLE-GAP", matched: "healthy life expectancy gap" },
    ]);
    expect(ids("HLE gap vs HLE")).toEqual(["GOV-HLE-GAP", "CONCEPT-HLE"]);
    expect(ids("Core20PLUS5 and Core20")).toEqual(["GL-C20P5", "C20-CORE20"]);
    expect(ids("Mission 7: Health and Mission 7")).toEqual(["LU-M7", "LU-M7"]);
    expect(matched("Mission 7: Health")).toEqual(["Mission 7: Health"]);

    const m = compileTermMatcher([
      { id: "A", label: "health", aliases: [], acronyms: [], spotLabel: true },
      { id: "B", label: "health and wellbeing", aliases: [], acronyms: [], spotLabel: true },
      { id: "C", label: "wellbeing board", aliases: [], acronyms: [], spotLabel: true },
    ]);
    expect(m.find("health and wellbeing board")).toEqual([{ start: 0, end: 20, termId: "B", matched: "health and wellbeing" }]);
    expect(m.find("health, wellbeing board")).toEqual([
      { start: 0, end: 6, termId: "A", matched: "health" },
      { start: 8, end: 23, termId: "C", matched: "wellbeing board" },
    ]);
  });

  it("does not spot generic labels or keywords", () => {
    expect(ids("maternity services, jobs, housing, health and prevention in this place")).toEqual([]);
  });

  it("returns spans in order without overlap on a long text", () => {
    const text = "The ICB, the JSNA and HLE. Core20PLUS5 and PLUS groups; Marmot City. ".repeat(500);
    const spans = findTerms(text);
    expect(spans).toHaveLength(500 * 6);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThanOrEqual(spans[i - 1].end);
  });

  it("handles empty and term-free text", () => {
    expect(findTerms("")).toEqual([]);
    expect(findTerms("   \n\n ... ")).toEqual([]);
  });
});
