import { z } from "zod";

/*
 * An indicator's time series: per period its value, 95 % confidence limits,
 * count and denominator where published; the area it is for (ONS code and
 * name); where the numbers come from and when they were retrieved; the
 * baseline period, target (value and year), polarity and a comparator series
 * (England or a region). Shapes follow PHE/OHID Fingertips' `all_data` export.
 */

/** Limits for indicator series. */
export const INDICATOR_SERIES_LIMITS = {
  /** Most periods in one series. */
  pointsMax: 200,
  /** Longest period label ("2019 - 21", "2022/23 Q4"...). */
  periodMax: 40,
  /** Longest area code (ONS codes are 9 characters). */
  areaCodeMax: 20,
  textMax: 300,
  noteMax: 300,
} as const;

/** Whether a higher value is better, a lower one, or neither. */
export const INDICATOR_POLARITIES = ["higher_is_better", "lower_is_better", "neither"] as const;
/** Indicator polarity. */
export const IndicatorPolaritySchema = z.enum(INDICATOR_POLARITIES);
/** Indicator polarity. */
export type IndicatorPolarity = z.infer<typeof IndicatorPolaritySchema>;

const num = () => z.number().finite().nullable();
const isoDate = () => z.iso.date();
const text = (max: number = INDICATOR_SERIES_LIMITS.textMax) => z.string().trim().max(max);

/** One period of a series. A null value is a period with no published value (suppressed, not collected). */
export const IndicatorPointSchema = z.strictObject({
  period: text(INDICATOR_SERIES_LIMITS.periodMax).min(1, "Enter a period"),
  value: num(),
  lowerCi95: num(),
  upperCi95: num(),
  count: num(),
  denominator: num(),
  /** Publisher's note on the value (Fingertips "Value note"), or "". */
  note: text(INDICATOR_SERIES_LIMITS.noteMax),
});
/** One period of a series. */
export type IndicatorPoint = z.infer<typeof IndicatorPointSchema>;

/** A point with every optional part empty. */
export function indicatorPoint(period: string, value: number | null, more: Partial<Omit<IndicatorPoint, "period" | "value">> = {}): IndicatorPoint {
  return { period, value, lowerCi95: null, upperCi95: null, count: null, denominator: null, note: "", ...more };
}

/** A series in display (time) order; each period at most once. */
export const IndicatorSeriesSchema = z
  .array(IndicatorPointSchema)
  .max(INDICATOR_SERIES_LIMITS.pointsMax)
  .superRefine((points, ctx) => {
    const seen = new Set<string>();
    points.forEach((p, i) => {
      if (seen.has(p.period)) ctx.addIssue({ code: "custom", path: [i, "period"], message: `Period ${p.period} appears twice` });
      seen.add(p.period);
    });
  });

/** An area: ONS code (e.g. `E06000047`) and name. */
export const IndicatorAreaSchema = z.strictObject({
  code: text(INDICATOR_SERIES_LIMITS.areaCodeMax),
  name: text(),
});
/** An area. */
export type IndicatorArea = z.infer<typeof IndicatorAreaSchema>;

/** Where a series comes from. `illustrative`: the numbers are made up (demo, training) and must be shown as such. */
export const IndicatorSourceSchema = z.strictObject({
  title: text().min(1, "Enter the source's title"),
  publisher: text(),
  url: z.url({ protocol: /^https?$/ }).max(2000).nullable(),
  /** Date the numbers were retrieved. */
  retrieved: isoDate().nullable(),
  /** Publisher's indicator id (Fingertips "Indicator ID"), or null. */
  publisherId: text(40).nullable(),
  illustrative: z.boolean(),
});
/** Where a series comes from. */
export type IndicatorSource = z.infer<typeof IndicatorSourceSchema>;

/** A comparator series (England, a region, a statistical neighbour). */
export const IndicatorComparatorSchema = z.strictObject({
  area: IndicatorAreaSchema,
  series: IndicatorSeriesSchema,
});
/** A comparator series. */
export type IndicatorComparator = z.infer<typeof IndicatorComparatorSchema>;

/** The series fields of an indicator, as setters accept them. */
export const IndicatorSeriesFieldsSchema = z.strictObject({
  series: IndicatorSeriesSchema,
  area: IndicatorAreaSchema.nullable(),
  source: IndicatorSourceSchema.nullable(),
  comparator: IndicatorComparatorSchema.nullable(),
  /** The series period the baseline is taken from (its value is copied to `baseline.value`), or null. */
  baselinePeriod: text(INDICATOR_SERIES_LIMITS.periodMax).min(1).nullable(),
  /** Year the target (`target.value`) is to be met by, or null. */
  targetYear: z.number().int().min(1990).max(2100).nullable(),
  polarity: IndicatorPolaritySchema.nullable(),
});
/** The series fields of an indicator. */
export type IndicatorSeriesFields = z.infer<typeof IndicatorSeriesFieldsSchema>;

/** Empty series fields (what an indicator kept before series existed reads as). */
export const EMPTY_SERIES_FIELDS: IndicatorSeriesFields = {
  series: [],
  area: null,
  source: null,
  comparator: null,
  baselinePeriod: null,
  targetYear: null,
  polarity: null,
};

const pointShape = z.object({
  period: z.string(),
  value: z.number().nullable(),
  lowerCi95: z.number().nullable().default(null),
  upperCi95: z.number().nullable().default(null),
  count: z.number().nullable().default(null),
  denominator: z.number().nullable().default(null),
  note: z.string().default(""),
});
const areaShape = z.object({ code: z.string(), name: z.string() });

/** Snapshot shapes of the series fields (no limits; missing → defaults, so older records read). */
export const IndicatorSeriesSnapshotSchema = z.object({
  series: z.array(pointShape).default([]),
  area: areaShape.nullable().default(null),
  source: z
    .object({
      title: z.string(),
      publisher: z.string(),
      url: z.string().nullable(),
      retrieved: z.string().nullable(),
      publisherId: z.string().nullable(),
      illustrative: z.boolean(),
    })
    .nullable()
    .default(null),
  comparator: z.object({ area: areaShape, series: z.array(pointShape) }).nullable().default(null),
  baselinePeriod: z.string().nullable().default(null),
  targetYear: z.number().int().nullable().default(null),
  polarity: IndicatorPolaritySchema.nullable().default(null),
});

/** What series helpers read of an indicator. */
export type SeriesView = IndicatorSeriesFields & { baseline: { value: number | null }; target: { value: number | null; date: string | null }; unit: string };

/** The point the baseline is taken from, or null. */
export function baselinePoint(i: Pick<IndicatorSeriesFields, "series" | "baselinePeriod">): IndicatorPoint | null {
  return i.baselinePeriod === null ? null : (i.series.find((p) => p.period === i.baselinePeriod) ?? null);
}

/** The most recent point with a value, or null. */
export function latestPoint(series: readonly IndicatorPoint[]): IndicatorPoint | null {
  for (let k = series.length - 1; k >= 0; k--) if (series[k]!.value !== null) return series[k]!;
  return null;
}

/** Year the target is to be met: `targetYear`, else the year of `target.date`, else null. */
export function targetYearOf(i: Pick<SeriesView, "targetYear" | "target">): number | null {
  if (i.targetYear !== null) return i.targetYear;
  const y = i.target.date ? Number(i.target.date.slice(0, 4)) : NaN;
  return Number.isInteger(y) ? y : null;
}

/** "Higher is better" etc. */
export function polarityLabel(p: IndicatorPolarity | null): string {
  return p === "higher_is_better" ? "Higher is better" : p === "lower_is_better" ? "Lower is better" : p === "neither" ? "Neither higher nor lower is better" : "Not set";
}

/** A number as text for tables and charts: up to 1 decimal place unless it has more significant detail. */
export function formatIndicatorValue(v: number | null): string {
  if (v === null) return "–";
  if (Number.isInteger(v)) return v.toLocaleString("en-GB");
  const abs = Math.abs(v);
  const digits = abs >= 100 ? 1 : abs >= 1 ? 1 : 3;
  return v.toLocaleString("en-GB", { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** "Source: …" line (title, publisher, retrieved date; illustrative marked). */
export function sourceText(source: IndicatorSource | null): string {
  if (!source) return "Source not recorded";
  const parts = [source.title, source.publisher].filter((x) => x.trim() !== "");
  const when = source.retrieved ? `, retrieved ${source.retrieved}` : "";
  return `${source.illustrative ? "Illustrative figures, not real data. " : ""}Source: ${parts.join(", ")}${when}${source.url ? ` (${source.url})` : ""}`;
}

/** Rows of a series table: one per period of the series or comparator, in order. */
export interface SeriesTableRow {
  period: string;
  value: string;
  lower: string;
  upper: string;
  count: string;
  denominator: string;
  comparator: string;
  /** "Baseline" on the baseline period, "" elsewhere. */
  mark: string;
}

/** The series as table rows (value, 95 % limits, count, denominator, comparator value). */
export function seriesTableRows(i: Pick<IndicatorSeriesFields, "series" | "comparator" | "baselinePeriod">): SeriesTableRow[] {
  const comp = new Map((i.comparator?.series ?? []).map((p) => [p.period, p]));
  const periods = i.series.map((p) => p.period);
  for (const p of i.comparator?.series ?? []) if (!periods.includes(p.period)) periods.push(p.period);
  const own = new Map(i.series.map((p) => [p.period, p]));
  return periods.map((period) => {
    const p = own.get(period);
    return {
      period,
      value: formatIndicatorValue(p?.value ?? null),
      lower: formatIndicatorValue(p?.lowerCi95 ?? null),
      upper: formatIndicatorValue(p?.upperCi95 ?? null),
      count: formatIndicatorValue(p?.count ?? null),
      denominator: formatIndicatorValue(p?.denominator ?? null),
      comparator: formatIndicatorValue(comp.get(period)?.value ?? null),
      mark: period === i.baselinePeriod ? "Baseline" : "",
    };
  });
}
