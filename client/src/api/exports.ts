import { ExportJobViewSchema, type ExportJobView } from "@jigsaw/shared/export/exportJob";
import type { ExportRequest } from "@jigsaw/shared/export/exportSchema";
import { request } from "./http.ts";
import { data } from "./types.ts";

const plan = (planId: string) => `/plans/${encodeURIComponent(planId)}`;

/** Start an export job. */
export async function startExport(planId: string, input: Partial<ExportRequest> & Pick<ExportRequest, "format">): Promise<ExportJobView> {
  return (await request("POST", `${plan(planId)}/exports`, data(ExportJobViewSchema), { body: input })).data;
}

/** Poll an export job. */
export async function getExport(planId: string, jobId: string): Promise<ExportJobView> {
  return (await request("GET", `${plan(planId)}/exports/${encodeURIComponent(jobId)}`, data(ExportJobViewSchema))).data;
}

/** Where to download a finished export (same-origin; the cookie authenticates). */
export function exportDownloadUrl(planId: string, jobId: string): string {
  return `/api${plan(planId)}/exports/${encodeURIComponent(jobId)}/download`;
}
