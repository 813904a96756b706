import { z } from "zod";
import { ExportFormatSchema, type ExportFormat } from "./exportSchema.ts";

/** An export job as the API shows it (POST /plans/:planId/exports, GET .../exports/:jobId). */
export interface ExportJobView {
  id: string;
  planId: string;
  format: ExportFormat;
  status: "queued" | "running" | "done" | "failed";
  /** 0..1 */
  progress: number;
  stage: string;
  fileName: string;
  size: number | null;
  error: string | null;
  createdAt: string;
  versionName: string;
}

/** The response schema of an `ExportJobView` (unknown extra fields are kept). */
export const ExportJobViewSchema: z.ZodType<ExportJobView> = z.looseObject({
  id: z.string(),
  planId: z.string(),
  format: ExportFormatSchema,
  status: z.enum(["queued", "running", "done", "failed"]),
  progress: z.number(),
  stage: z.string(),
  fileName: z.string(),
  size: z.number().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  versionName: z.string(),
});
