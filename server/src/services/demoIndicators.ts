import { indicatorPoint, readIndicators, setIndicatorBaselinePeriod, updateIndicatorField, type IndicatorPoint, type IndicatorSeriesFields } from "@jigsaw/shared/plan/index";
import type * as Y from "yjs";

/*
 * Series for the demo plan's indicators. Riverside is a made-up place and
 * every figure here is made up too (England comparators included): each
 * indicator's source says "illustrative", and the UI and exports mark them.
 */

const ENGLAND = { code: "E92000001", name: "England (illustrative)" };
const RIVERSIDE = { code: "E06009991", name: "Riverside (illustrative)" };

function series(periods: readonly string[], values: readonly number[], ci = 0): IndicatorPoint[] {
  return periods.map((p, i) => indicatorPoint(p, values[i]!, ci ? { lowerCi95: Number((values[i]! - ci).toFixed(1)), upperCi95: Number((values[i]! + ci).toFixed(1)) } : {}));
}

const THREE_YEAR = ["2015 - 17", "2016 - 18", "2017 - 19", "2018 - 20", "2019 - 21", "2020 - 22"];
const YEARS = ["2018/19", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24"];
const source = (title: string) => ({ title, publisher: "Jigsaw demo data", url: null, retrieved: null, publisherId: null, illustrative: true });

interface DemoSeries extends Partial<IndicatorSeriesFields> {
  baselinePeriod: string;
  target: number;
}

/** Illustrative series by outcomes-model indicator id. */
export const DEMO_INDICATOR_SERIES: Record<string, DemoSeries> = {
  "IND-HLE": {
    series: series(THREE_YEAR, [59.4, 59.0, 58.8, 58.9, 58.2, 57.9], 1.6),
    comparator: { area: ENGLAND, series: series(THREE_YEAR, [63.4, 63.3, 63.2, 63.4, 62.8, 62.6]) },
    baselinePeriod: "2020 - 22",
    target: 60,
    targetYear: 2030,
    polarity: "higher_is_better",
    source: source("Healthy life expectancy at birth, illustrative figures for the Riverside demo"),
  },
  "IND-EMP": {
    series: series(YEARS, [70.2, 71.0, 69.1, 70.4, 71.3, 71.8], 2.1),
    comparator: { area: ENGLAND, series: series(YEARS, [75.6, 76.2, 75.1, 75.4, 75.7, 75.9]) },
    baselinePeriod: "2022/23",
    target: 74,
    targetYear: 2030,
    polarity: "higher_is_better",
    source: source("Employment rate aged 16 to 64, illustrative figures for the Riverside demo"),
  },
  "IND-FUELPOV": {
    series: series(["2018", "2019", "2020", "2021", "2022", "2023"], [14.8, 15.1, 14.6, 15.9, 16.4, 15.7]),
    comparator: { area: ENGLAND, series: series(["2018", "2019", "2020", "2021", "2022", "2023"], [10.3, 13.4, 13.2, 13.1, 13.4, 13.0]) },
    baselinePeriod: "2022",
    target: 12,
    targetYear: 2030,
    polarity: "lower_is_better",
    source: source("Households in fuel poverty (low income, low energy efficiency), illustrative figures for the Riverside demo"),
  },
  "IND-SCHREADY": {
    series: series(["2018/19", "2021/22", "2022/23", "2023/24"], [66.1, 60.2, 62.4, 63.9], 2.4),
    comparator: { area: ENGLAND, series: series(["2018/19", "2021/22", "2022/23", "2023/24"], [71.8, 65.2, 67.2, 67.7]) },
    baselinePeriod: "2022/23",
    target: 75,
    targetYear: 2028,
    polarity: "higher_is_better",
    source: source("Good level of development at the end of Reception, illustrative figures for the Riverside demo"),
  },
};

/** Give the demo plan's model-linked indicators their illustrative series, baseline, target and comparator. */
export function addDemoIndicatorSeries(doc: Y.Doc): number {
  let n = 0;
  for (const ind of readIndicators(doc)) {
    const demo = ind.indicatorRef ? DEMO_INDICATOR_SERIES[ind.indicatorRef] : undefined;
    if (!demo) continue;
    const { baselinePeriod, target, ...fields } = demo;
    for (const [k, v] of Object.entries(fields)) updateIndicatorField(doc, ind.id, k as keyof IndicatorSeriesFields, v as never);
    updateIndicatorField(doc, ind.id, "area", RIVERSIDE);
    updateIndicatorField(doc, ind.id, "target", { value: target, date: null });
    const last = demo.series![demo.series!.length - 1]!;
    updateIndicatorField(doc, ind.id, "latest", { value: last.value, date: null });
    setIndicatorBaselinePeriod(doc, ind.id, baselinePeriod);
    n++;
  }
  return n;
}
