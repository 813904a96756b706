import {
  IndicatorImportPreviewSchema,
  IndicatorImportResultSchema,
  type IndicatorImportPreview,
  type IndicatorImportQuery,
  type IndicatorImportResult,
} from "@jigsaw/shared/plan/indicatorImport";
import { request } from "./http.ts";
import { data } from "./types.ts";

function importPath(planId: string, query: IndicatorImportQuery, preview: boolean): string {
  const qs = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string")).toString();
  return `/plans/${encodeURIComponent(planId)}/indicator-imports${preview ? "/preview" : ""}${qs ? `?${qs}` : ""}`;
}

/** What importing this CSV would create or update (nothing is written). */
export async function previewIndicatorImport(planId: string, csv: string, query: IndicatorImportQuery): Promise<IndicatorImportPreview> {
  return (await request("POST", importPath(planId, query, true), data(IndicatorImportPreviewSchema), { rawBody: { text: csv, type: "text/csv" } })).data;
}

/** Import the chosen series and area of this CSV into the plan. */
export async function importIndicatorCsv(planId: string, csv: string, query: IndicatorImportQuery): Promise<IndicatorImportResult> {
  return (await request("POST", importPath(planId, query, false), data(IndicatorImportResultSchema), { rawBody: { text: csv, type: "text/csv" } })).data;
}
