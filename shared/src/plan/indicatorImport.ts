import { z } from "zod";
import {
  IndicatorAreaSchema,
  IndicatorPointSchema,
  IndicatorSourceSchema,
  type IndicatorArea,
  type IndicatorComparator,
  type IndicatorPoint,
  type IndicatorSource,
} from "./indicatorSeries.ts";

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

/*
 * Response schemas of the import routes (unknown extra fields are kept). The
 * series parts reuse the fields of the strict input schemas, loosened.
 */

const ImportAreaSchema = z.looseObject(IndicatorAreaSchema.shape);
const ImportPointSchema = z.looseObject(IndicatorPointSchema.shape);

/** The response schema of an `ImportSeriesGroup`. */
export const ImportSeriesGroupSchema: z.ZodType<ImportSeriesGroup> = z.looseObject({
  key: z.string(),
  indicatorId: z.string().nullable(),
  indicatorName: z.string(),
  sex: z.string(),
  age: z.string(),
  areas: z.array(z.looseObject({ code: z.string(), name: z.string(), areaType: z.string(), periods: z.number() })),
});

/** The response schema of an `ImportChanges`. */
export const ImportChangesSchema: z.ZodType<ImportChanges> = z.looseObject({
  target: z.discriminatedUnion("kind", [
    z.looseObject({ kind: z.literal("new"), label: z.string() }),
    z.looseObject({ kind: z.literal("update"), indicatorId: z.string(), label: z.string() }),
  ]),
  added: z.array(z.string()),
  changed: z.array(z.looseObject({ period: z.string(), from: z.number().nullable(), to: z.number().nullable() })),
  unchanged: z.array(z.string()),
  kept: z.array(z.string()),
  comparator: z.enum(["added", "replaced", "unchanged", "none"]),
});

/** The response schema of an `ImportSelection`. */
export const ImportSelectionSchema: z.ZodType<ImportSelection> = z.looseObject({
  groupKey: z.string(),
  area: ImportAreaSchema.nullable(),
  series: z.array(ImportPointSchema),
  comparator: z.looseObject({ area: ImportAreaSchema, series: z.array(ImportPointSchema) }).nullable(),
  source: z.looseObject(IndicatorSourceSchema.shape),
  changes: ImportChangesSchema,
});

/** The response schema of an `IndicatorImportPreview`. */
export const IndicatorImportPreviewSchema: z.ZodType<IndicatorImportPreview> = z.looseObject({
  layout: z.enum(["fingertips", "plain"]),
  dataRows: z.number(),
  groups: z.array(ImportSeriesGroupSchema),
  selected: ImportSelectionSchema.nullable(),
});

/** The response schema of an `IndicatorImportResult`. */
export const IndicatorImportResultSchema: z.ZodType<IndicatorImportResult> = z.looseObject({
  indicatorId: z.string(),
  created: z.boolean(),
  selected: ImportSelectionSchema,
});
