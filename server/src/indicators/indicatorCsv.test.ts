import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { addIndicator, EMPTY_SERIES_FIELDS, indicatorPoint, readIndicator } from "@jigsaw/shared/plan/index";
import * as Y from "yjs";
import { previewImport } from "../commands/indicatorImporter.ts";
import { IndicatorCsvError, parseIndicatorCsv } from "./indicatorCsv.ts";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../tests/fixtures/indicators");
const read = (name: string) => fs.readFileSync(path.join(fixtures, name), "utf8");
const HLE = read("fingertips-hle-illustrative.csv");
const REORDERED = read("fingertips-reordered-illustrative.csv");
const PLAIN = read("plain-local-illustrative.csv");

async function problem(csv: string): Promise<string> {
  try {
    await parseIndicatorCsv(csv);
  } catch (e) {
    if (e instanceof IndicatorCsvError) return e.message;
    throw e;
  }
  throw new Error("parsed without a problem");
}

describe("parseIndicatorCsv: Fingertips all_data", () => {
  it("groups headline rows by indicator, sex and age, and areas within them; breakdown rows are left out", async () => {
    const p = await parseIndicatorCsv(HLE);
    expect(p.layout).toBe("fingertips");
    expect(p.groups.map((g) => [g.indicatorId, g.sex, g.age])).toEqual([["90362", "Male", "All ages"], ["90362", "Female", "All ages"]]);
    const male = p.groups[0]!;
    expect([...male.areas.keys()]).toEqual(["E92000001", "E12000001", "E06009991", "E06009992"]);
    const riverside = male.areas.get("E06009991")!;
    expect(riverside.points.map((x) => x.period)).toEqual(["2015 - 17", "2016 - 18", "2017 - 19", "2018 - 20", "2019 - 21", "2020 - 22"]);
    expect(riverside.points[0]).toMatchObject({ period: "2015 - 17", value: 58.9, lowerCi95: 57.3, upperCi95: 60.5, count: null, denominator: null, row: 16 });
    expect(riverside.points.some((x) => x.value === 51.2)).toBe(false); // the deprivation-decile row
    // a suppressed value is a period without a value, with its note
    expect(male.areas.get("E06009992")!.points[1]).toMatchObject({ value: null, note: "Value suppressed for disclosure control" });
  });

  it("finds columns by name in any order, with Time period range and other 'Compared to' columns", async () => {
    const p = await parseIndicatorCsv(REORDERED);
    expect(p.groups).toHaveLength(1);
    const r = p.groups[0]!.areas.get("E06009991")!;
    expect(r.points[0]).toMatchObject({ period: "2018/19", value: 24.9, lowerCi95: 23.5, upperCi95: 26.3, count: 797, denominator: 3200 });
  });

  it("reads the plain layout (period, value, optional limits) with quoted notes", async () => {
    const p = await parseIndicatorCsv(PLAIN);
    expect(p.layout).toBe("plain");
    const pts = p.groups[0]!.areas.get("")!.points;
    expect(pts.map((x) => x.value)).toEqual([24, 22.5, 21, 19.5]);
    expect(pts[2]).toMatchObject({ lowerCi95: 19.1, upperCi95: 22.9, count: 420, denominator: 2000, note: 'Survey changed mode, "online first"' });
  });

  it("names the row and column of every problem", async () => {
    const lines = HLE.split("\n");
    // missing column
    expect(await problem(HLE.replace("Time period,Value,", "Time period,Valu,"))).toBe("Row 3 (the header row): column “Value” missing from this Fingertips file");
    expect(await problem("year,amount\n2020,1\n")).toMatch(/^Row 1 \(the header row\): column “value” missing/);
    // non-numeric value (row 16 is Riverside, Male, 2015 - 17)
    expect(lines[15]).toContain("E06009991,Riverside");
    const bad = [...lines];
    bad[15] = bad[15]!.replace(",58.9,", ",n/a,");
    expect(await problem(bad.join("\n"))).toBe("Row 16, column “Value”: “n/a” is not a number");
    const badCi = [...lines];
    badCi[15] = badCi[15]!.replace(",57.3,", ",57..3,");
    expect(await problem(badCi.join("\n"))).toBe("Row 16, column “Lower CI 95.0 limit”: “57..3” is not a number");
    // duplicate period for one area and series
    const dup = [...lines.slice(0, 17), lines[15]!, ...lines.slice(17)];
    expect(await problem(dup.join("\n"))).toBe("Row 18, column “Time period”: period “2015 - 17” for area E06009991 appears twice (also row 16)");
    expect(await problem("period,value\n2020,1\n2021,2\n2020,3\n")).toBe("Row 4, column “period”: period “2020” appears twice (also row 2)");
    // ragged rows and broken quotes
    expect(await problem("period,value\n2020,1,extra\n")).toBe("Row 2: the number of columns differs from the header row");
    expect(await problem('period,value\n2020,"1\n')).toMatch(/a quoted value is never closed/);
    expect(await problem("")).toBe("The file is empty");
    expect(await problem("period,value\n")).toBe("The file has a header row but no data rows");
  });
});

describe("previewImport", () => {
  it("needs a series and an area when the file holds several; then shows the values, England comparator and what changes", async () => {
    const p = await parseIndicatorCsv(HLE);
    expect(previewImport(p, {}, [], true, "2026-12-07").selected).toBeNull();
    const key = p.groups[1]!.key;
    expect(previewImport(p, { series: key }, [], true, "2026-12-07").selected).toBeNull(); // two local areas: choose
    const pv = previewImport(p, { series: key, area: "E06009991" }, [], true, "2026-12-07");
    expect(pv.selected).toMatchObject({
      area: { code: "E06009991", name: "Riverside" },
      comparator: { area: { code: "E92000001", name: "England" } },
      source: { publisherId: "90362", retrieved: "2026-12-07", illustrative: true },
      changes: { target: { kind: "new", label: "Healthy life expectancy at birth (Female, All ages)" }, changed: [], kept: [], comparator: "added" },
    });
    expect(pv.selected!.changes.added).toHaveLength(6);
    expect(pv.selected!.comparator!.series.map((x) => x.value)).toEqual([63.9, 63.7, 63.5, 63.6, 63.1, 62.9]);
    expect(() => previewImport(p, { series: key, area: "E06000001" }, [], true, "2026-12-07")).toThrow(/no rows for area E06000001/);
  });

  it("against an existing indicator: added, changed, unchanged and kept periods", async () => {
    const doc = new Y.Doc();
    const id = addIndicator(doc, { label: "Loneliness", series: [indicatorPoint("2019", 30), indicatorPoint("2021", 24, { lowerCi95: 21.9, upperCi95: 26.1, count: 480, denominator: 2000 }), indicatorPoint("2022", 23)] });
    const ind = { ...readIndicator(doc, id)!, ...{} };
    expect(ind).toMatchObject({ ...EMPTY_SERIES_FIELDS, series: ind.series });
    const pv = previewImport(await parseIndicatorCsv(PLAIN), { indicator: id, sourceTitle: "Residents' survey" }, [ind], false, "2026-12-07");
    expect(pv.selected!.changes).toEqual({
      target: { kind: "update", indicatorId: id, label: "Loneliness" },
      added: ["2023", "2024"],
      changed: [{ period: "2022", from: 23, to: 22.5 }],
      unchanged: ["2021"],
      kept: ["2019"],
      comparator: "none",
    });
    expect(pv.selected!.source).toMatchObject({ title: "Residents' survey", url: null, illustrative: false });
  });
});
