import type { ExportFormat } from "./exportSchema.ts";

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
