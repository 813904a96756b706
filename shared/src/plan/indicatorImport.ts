import { z } from "zod";
import type { IndicatorArea, IndicatorComparator, IndicatorPoint, IndicatorSource } from "./indicatorSeries.ts";

/** Import limits. */
export const INDICATOR_IMPORT_LIMITS = {
  /** Largest CSV file accepted (bytes). Fingertips' `all_data` for one indicator at local-authority level is a few MB. */
  maxBytes: 10 * 1024 * 1024,
  /** Most data rows read from one file. */
  maxRows: 200_000,
} as const;

/** Query of the import routes (the CSV itself is the `text/csv` body). */
export const IndicatorImportQuerySchema = z.strictObject({
  /** ONS code of the area to import (required to confirm; optional to preview). */
  area: z.string().trim().min(1).max(20).optional(),
  /** Series key (indicator, sex and age) when the file holds more than one. */
  series: z.string().max(600).optional(),
  /** Plan indicator to update; absent: create a new indicator. */
  indicator: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, "Not a valid id")
    .optional(),
  /** Source title for a plain CSV (local data). */
  sourceTitle: z.string().trim().min(1).max(300).optional(),
});
/** Query of the import routes. */
export type IndicatorImportQuery = z.infer<typeof IndicatorImportQuerySchema>;

/** One series a file holds (Fingertips: an indicator for one sex and age band), with the areas it covers. */
export interface ImportSeriesGroup {
  key: string;
  indicatorId: string | null;
  indicatorName: string;
  sex: string;
  age: string;
  areas: Array<{ code: string; name: string; areaType: string; periods: number }>;
}

/** What confirming will do to the plan. */
export interface ImportChanges {
  target: { kind: "new"; label: string } | { kind: "update"; indicatorId: string; label: string };
  added: string[];
  changed: Array<{ period: string; from: number | null; to: number | null }>;
  unchanged: string[];
  /** Periods already on the indicator and not in the file: kept as they are. */
  kept: string[];
  comparator: "added" | "replaced" | "unchanged" | "none";
}

/** The chosen area's series as it will be stored. */
export interface ImportSelection {
  groupKey: string;
  /** Null for a plain (local) file. */
  area: IndicatorArea | null;
  series: IndicatorPoint[];
  comparator: IndicatorComparator | null;
  source: IndicatorSource;
  changes: ImportChanges;
}

/** The answer of the preview route. */
export interface IndicatorImportPreview {
  layout: "fingertips" | "plain";
  dataRows: number;
  groups: ImportSeriesGroup[];
  /** Null until a series and area are chosen (or the file has only one). */
  selected: ImportSelection | null;
}

/** The answer of the import route. */
export interface IndicatorImportResult {
  indicatorId: string;
  created: boolean;
  selected: ImportSelection;
}
