import fs from "node:fs";
import { buildPlanExport, type PlanExportInput } from "@jigsaw/shared/export/buildPlanExport";
import type { ExportFormat } from "@jigsaw/shared/export/exportSchema";
import { renderDocx } from "./docxRenderer.ts";
import { renderHtml } from "./htmlRenderer.ts";
import { renderMarkdown } from "./markdownRenderer.ts";
import { renderPdf } from "./pdfRenderer.ts";
import type { ProgressFn } from "./progress.ts";

/** One export job's work, as sent to the worker (structured-cloneable). */
export interface RenderJob {
  format: ExportFormat;
  input: PlanExportInput;
  /** Where to write the file. */
  outPath: string;
}

/** Build the export document and write it in `job.format` to `job.outPath`. Returns the file size. */
export async function renderExportToFile(job: RenderJob, progress: ProgressFn = () => {}): Promise<number> {
  progress(0.02, "preparing");
  const e = buildPlanExport(job.input);
  progress(0.1, "building");
  const scaled: ProgressFn = (f, stage) => progress(Math.min(0.99, f), stage);
  switch (job.format) {
    case "json":
      await fs.promises.writeFile(job.outPath, `${JSON.stringify(e, null, 2)}\n`, "utf8");
      break;
    case "md":
      await fs.promises.writeFile(job.outPath, renderMarkdown(e, scaled), "utf8");
      break;
    case "html":
      await fs.promises.writeFile(job.outPath, renderHtml(e, scaled), "utf8");
      break;
    case "docx":
      await fs.promises.writeFile(job.outPath, await renderDocx(e, scaled));
      break;
    case "pdf":
      await renderPdf(e, fs.createWriteStream(job.outPath), scaled);
      break;
  }
  const { size } = await fs.promises.stat(job.outPath);
  progress(1, "done");
  return size;
}
