import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { stableStringify } from "../outcomes/hash.ts";
import { AgreedPlanItemsSchema } from "../agreement/schema.ts";
import { planItemChanges, scopeContentKey } from "../agreement/scopeContent.ts";
import { createPlanDoc } from "./createPlanDoc.ts";
import { sequentialIds } from "./newId.ts";
import { captureUpdate, forkDoc } from "./testUtils.ts";
import { checkPlanUpdate } from "./validateUpdate.ts";
import { addIndicator, readIndicator, readIndicators, setIndicatorBaselinePeriod, updateIndicatorField } from "./indicators.ts";
import { indicatorPoint, seriesTableRows, targetYearOf } from "./indicatorSeries.ts";
import { planRoots } from "./roots.ts";
import { IndicatorSnapshotSchema } from "./schema.ts";

const SERIES = [indicatorPoint("2018 - 20", 61.2, { lowerCi95: 59.9, upperCi95: 62.5 }), indicatorPoint("2019 - 21", 60.1), indicatorPoint("2020 - 22", 59.4)];

describe("indicator series", () => {
  it("an indicator stored before series existed reads with empty series fields", () => {
    const doc = new Y.Doc();
    const m = new Y.Map<unknown>();
    doc.transact(() => {
      planRoots(doc).indicators.set("old", m);
      for (const [k, v] of Object.entries({ id: "old", indicatorRef: "IND-HLE", label: "Healthy life expectancy", unit: "years", baseline: { value: 58, date: null }, target: { value: 60, date: "2030-03-31" }, latest: { value: null, date: null }, notes: "" })) m.set(k, v);
      planRoots(doc).indicatorOrder.push(["old"]);
    });
    const ind = readIndicator(doc, "old")!;
    expect(ind).toMatchObject({ label: "Healthy life expectancy", series: [], area: null, source: null, comparator: null, baselinePeriod: null, targetYear: null, polarity: null });
    expect(targetYearOf(ind)).toBe(2030);
  });

  it("stores a series, area, source, comparator, polarity and target year, and refuses a duplicate period", () => {
    const doc = new Y.Doc();
    const id = addIndicator(doc, { label: "HLE", series: SERIES, area: { code: "E06000047", name: "County Durham" }, polarity: "higher_is_better", targetYear: 2030 });
    updateIndicatorField(doc, id, "comparator", { area: { code: "E92000001", name: "England" }, series: [indicatorPoint("2020 - 22", 62.4)] });
    updateIndicatorField(doc, id, "source", { title: "Public health profiles", publisher: "OHID", url: "https://fingertips.phe.org.uk", retrieved: "2026-12-01", publisherId: "90362", illustrative: false });
    const ind = readIndicator(doc, id)!;
    expect(ind.series).toEqual(SERIES);
    expect(ind.comparator?.series[0]?.value).toBe(62.4);
    expect(() => updateIndicatorField(doc, id, "series", [...SERIES, indicatorPoint("2019 - 21", 1)])).toThrow(/appears twice/);
    expect(() => updateIndicatorField(doc, id, "source", { title: "x", publisher: "", url: "javascript:alert(1)", retrieved: null, publisherId: null, illustrative: false })).toThrow();
    expect(readIndicator(doc, id)!.series).toEqual(SERIES);
  });

  it("a client's update writing a whole series passes the server's update check", () => {
    const server = createPlanDoc("place_plan", { title: "P", place: "Riverside", now: new Date(0), newId: sequentialIds() });
    const client = forkDoc(server);
    const id = readIndicators(client)[0]!.id;
    const big = Array.from({ length: 200 }, (_, k) => indicatorPoint(String(1900 + k), k, { lowerCi95: k - 1, upperCi95: k + 1, count: 10 * k, denominator: 1000 }));
    const update = captureUpdate(client, () => {
      updateIndicatorField(client, id, "series", big);
      updateIndicatorField(client, id, "comparator", { area: { code: "E92000001", name: "England" }, series: big });
      setIndicatorBaselinePeriod(client, id, "1950");
      updateIndicatorField(client, id, "targetYear", 2030);
    });
    expect(checkPlanUpdate(server, update)).toEqual({ ok: true });
    Y.applyUpdate(server, update);
    expect(readIndicator(server, id)).toMatchObject({ baselinePeriod: "1950", baseline: { value: 50 }, targetYear: 2030 });
    expect(readIndicator(server, id)!.series).toHaveLength(200);
  });

  it("takes the baseline from a period of the series", () => {
    const doc = new Y.Doc();
    const id = addIndicator(doc, { label: "HLE", series: SERIES });
    setIndicatorBaselinePeriod(doc, id, "2019 - 21");
    expect(readIndicator(doc, id)).toMatchObject({ baselinePeriod: "2019 - 21", baseline: { value: 60.1 } });
    expect(() => setIndicatorBaselinePeriod(doc, id, "1999")).toThrow(/no period 1999/);
    const rows = seriesTableRows(readIndicator(doc, id)!);
    expect(rows.map((r) => [r.period, r.value, r.mark])).toEqual([["2018 - 20", "61.2", ""], ["2019 - 21", "60.1", "Baseline"], ["2020 - 22", "59.4", ""]]);
  });
});

describe("indicator series and agreement", () => {
  const oldShape = { id: "i1", indicatorRef: null, label: "HLE", unit: "years", baseline: { value: 58, date: null }, target: { value: 60, date: null }, latest: { value: null, date: null }, notes: "" };
  const parsed = IndicatorSnapshotSchema.parse(oldShape);

  it("agreed items kept before series existed read with defaults, compare unchanged and hash as before", () => {
    const agreed = AgreedPlanItemsSchema.parse({ indicators: [oldShape], risks: [], actions: [] });
    expect(planItemChanges(agreed, { indicators: [parsed], risks: [], actions: [] })).toEqual([]);
    const oldKey = stableStringify({ sections: [], planItems: { indicators: [oldShape], risks: [], actions: [] } });
    expect(scopeContentKey({ sections: [], planItems: { indicators: [parsed], risks: [], actions: [] } })).toBe(oldKey);
  });

  it("a changed target, target year or series after agreement is a change", () => {
    const agreed = { indicators: [{ ...parsed, series: SERIES, targetYear: 2030 }], risks: [], actions: [] };
    const now = (patch: Partial<typeof parsed>) => ({ indicators: [{ ...agreed.indicators[0]!, ...patch }], risks: [], actions: [] });
    expect(planItemChanges(agreed, now({ target: { value: 65, date: null } }))).toEqual(["Indicator “HLE” changed (target)"]);
    expect(planItemChanges(agreed, now({ targetYear: 2032 }))).toEqual(["Indicator “HLE” changed (target year)"]);
    expect(planItemChanges(agreed, now({ series: [...SERIES.slice(0, 2), indicatorPoint("2020 - 22", 58)] }))).toEqual(["Indicator “HLE” changed (values)"]);
    expect(planItemChanges(agreed, now({ baselinePeriod: "2018 - 20", baseline: { value: 61.2, date: null } }))).toEqual(["Indicator “HLE” changed (baseline, baseline period)"]);
  });
});
