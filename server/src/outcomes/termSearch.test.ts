import { describe, expect, it } from "vitest";
import { getOutcomesModel } from "@jigsaw/shared/outcomes/index";
import { matchTerm, normalise, searchTerms } from "./termSearch.ts";

const model = getOutcomesModel();
const term = (id: string) => model.terms.find((t) => t.id === id)!;

describe("searchTerms", () => {
  it("finds an acronym exactly, first (HLE → healthy life expectancy)", () => {
    const hits = searchTerms(model, "HLE");
    expect(hits[0]).toMatchObject({ id: "CONCEPT-HLE", match: "exact" });
  });

  it("ranks exact > prefix > alias > substring", () => {
    const hits = searchTerms(model, "mission", 100);
    const ranks = hits.map((h) => ["exact", "prefix", "alias", "substring"].indexOf(h.match));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(hits[0]!.match).toBe("prefix");
  });

  it("matches aliases by prefix and labels by a word prefix", () => {
    expect(matchTerm(term("LU-M7"), "levelling up mission")).toMatchObject({ match: "alias", matched: "levelling up mission 7" });
    expect(matchTerm(term("LU-M7"), normalise("Mission 7"))).toMatchObject({ match: "exact" });
    expect(matchTerm(term("LU-M7"), "health")).toMatchObject({ match: "alias" });
  });

  it("is case- and space-insensitive, honours the limit and finds nothing for nonsense", () => {
    expect(searchTerms(model, "  core20PLUS5 ")[0]!.label.toLowerCase()).toContain("core20");
    expect(searchTerms(model, "a", 3)).toHaveLength(3);
    expect(searchTerms(model, "zzzqqq")).toEqual([]);
    expect(searchTerms(model, "   ")).toEqual([]);
  });
});
