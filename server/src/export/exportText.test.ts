import { describe, expect, it } from "vitest";
import { buildPlanExport } from "@jigsaw/shared/export/buildPlanExport";
import { heading, paragraph, type PmNode } from "@jigsaw/shared/plan/index";
import { boardPaperInput } from "./boardPaperFixture.ts";
import { codeText, coverLines, HeadingLeveler } from "./exportText.ts";
import { signOffTable } from "./exportTables.ts";

describe("HeadingLeveler", () => {
  const levelsOf = (body: PmNode[], base: number) => {
    const l = new HeadingLeveler(body, base);
    return body.filter((n) => n.type === "heading").map((n) => l.level(n));
  };

  it("maps the body's levels in rank order below the section heading", () => {
    expect(levelsOf([heading(1, "a"), heading(3, "b"), heading(5, "c"), heading(3, "d")], 2)).toEqual([3, 4, 5, 4]);
  });

  it("never goes more than one level below the heading before it, even when the body starts deep", () => {
    expect(levelsOf([heading(3, "a"), heading(1, "b"), heading(3, "c")], 1)).toEqual([2, 2, 3]);
    expect(levelsOf([paragraph("x"), heading(6, "only")], 2)).toEqual([3]);
  });

  it("stops at level 6", () => {
    expect(levelsOf([1, 2, 3, 4, 5, 6].map((l) => heading(l as 1, `h${l}`)), 2)).toEqual([3, 4, 5, 6, 6, 6]);
  });
});

describe("board paper text", () => {
  const e = buildPlanExport(boardPaperInput());

  it("gives codes from the outcomes model their wording, and leaves unknown codes alone", () => {
    expect(codeText(e, "SO-02")).toBe("SO-02 — Best start in life");
    expect(codeText(e, "SO-04")).toMatch(/^SO-04 — \S/);
    expect(codeText(e, "IND-HLE")).toBe("IND-HLE — Healthy life expectancy at birth");
    expect(codeText(e, "LOCAL-1")).toBe("LOCAL-1");
  });

  it("puts plan, partnership, status, agreed date and hash on the cover", () => {
    expect(Object.fromEntries(coverLines(e))).toMatchObject({
      Plan: e.plan.title,
      Partnership: e.partnership.name,
      Status: "Agreed",
      Agreed: "28 November 2026, 08:59 UTC",
      "Content hash (SHA-256)": "ab".repeat(32),
    });
    expect(Object.fromEntries(coverLines({ ...e, signOff: null, version: { ...e.version, agreed: false, kind: "draft" } })).Agreed).toBe("Not agreed");
  });

  it("lists every response in the trail; a final response the trail does not end with gets its own row", () => {
    const table = signOffTable({
      ...e,
      signOff: {
        ...e.signOff!,
        entries: [
          {
            organisation: "Riverside CVS",
            response: "none",
            comment: null,
            by: null,
            at: null,
            trail: [{ response: "object", comment: "Not yet", by: "Kim", role: "editor", at: "2026-11-28T05:00:00.000Z" }],
          },
        ],
      },
    })!;
    expect(table.rows).toEqual([
      ["Riverside CVS", "Object (later changed)", "Not yet", "Kim (Editor)", "28 November 2026, 05:00 UTC"],
      ["Riverside CVS", "No response", "", "", ""],
    ]);
  });
});
