import { describe, expect, it } from "vitest";
import { getOutcomesModel } from "@jigsaw/shared/outcomes/index";
import { glossaryHints } from "./glossaryHints.ts";
import { defaultLens, viewOutcome } from "../outcomes/lens.ts";

describe("viewOutcome", () => {
  const id = getOutcomesModel().outcomes[0]!.id;

  it("reads a shared outcome in each lens", () => {
    const plain = viewOutcome(id, "plain");
    expect(plain.known).toBe(true);
    expect(plain.label).toBe(getOutcomesModel().outcomes[0]!.label);
    for (const l of ["council", "nhs", "voluntary", "community"] as const) {
      const v = viewOutcome(id, l);
      expect(v.label.length).toBeGreaterThan(0);
      expect(v.neutral).toBe(plain.label);
    }
    expect(viewOutcome(id, "council").label).not.toBe(viewOutcome(id, "community").label);
  });

  it("marks ids missing from the model", () => {
    expect(viewOutcome("SO-NOPE", "nhs")).toMatchObject({ known: false, verified: false, label: "SO-NOPE" });
  });

  it("defaults the lens to the member's sector", () => {
    expect(defaultLens("nhs")).toBe("nhs");
    expect(defaultLens("private")).toBe("plain");
    expect(defaultLens(null)).toBe("plain");
  });
});

describe("glossaryHints", () => {
  it("spots jargon once per term with a meaning", () => {
    const hints = glossaryHints("The JSNA shows HLE is falling. The JSNA is refreshed yearly; Core20PLUS5 applies.");
    const matched = hints.map((h) => h.matched);
    expect(matched).toEqual(expect.arrayContaining(["JSNA", "HLE", "Core20PLUS5"]));
    const jsna = hints.find((h) => h.matched === "JSNA")!;
    expect(jsna.count).toBe(2);
    expect(jsna.meaning.length).toBeGreaterThan(10);
    expect(typeof jsna.verified).toBe("boolean");
  });

  it("finds nothing in plain prose", () => {
    expect(glossaryHints("We will meet on Tuesday to talk about the park.")).toEqual([]);
  });
});
