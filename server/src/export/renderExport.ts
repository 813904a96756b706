import fs from "node:fs";
import * as Y from "yjs";
import { buildPlanExport, type PlanExportInput } from "@jigsaw/shared/export/buildPlanExport";
import type { ExportFormat } from "@jigsaw/shared/export/exportSchema";
import { readPlan, type PlanSnapshot } from "@jigsaw/shared/plan/index";
import { snapshotHash } from "../domain/snapshotHash.ts";
import { renderDocx } from "./docxRenderer.ts";
import { renderHtml } from "./htmlRenderer.ts";
import { renderMarkdown } from "./markdownRenderer.ts";
import { renderPdf } from "./pdfRenderer.ts";
import type { ProgressFn } from "./progress.ts";

/**
 * Export input whose plan content is still raw: the draft's stored snapshot and update log,
 * or a stored version's snapshot JSON. The worker reads it (and hashes a draft), so the main event
 * loop only copies bytes, however large the plan.
 */
export interface DeferredExportInput extends Omit<PlanExportInput, "snapshot" | "version"> {
  /** `contentHash` null: the SHA-256 of the snapshot, computed when it is read. */
  version: Omit<PlanExportInput["version"], "contentHash"> & { contentHash: string | null };
  content:
    | { kind: "stored"; snapshot: Uint8Array | null; updates: Uint8Array[] }
    | { kind: "snapshotJson"; json: string };
}

/** One export job's work, as sent to the worker (structured-cloneable). */
export interface RenderJob {
  format: ExportFormat;
  input: PlanExportInput | DeferredExportInput;
  /** Where to write the file. */
  outPath: string;
}

/** The full export input: plan content read (and a draft's hash computed) from deferred input. */
export function resolveExportInput(input: PlanExportInput | DeferredExportInput): PlanExportInput {
  if (!("content" in input)) return input;
  const { content, version, ...rest } = input;
  let snapshot: PlanSnapshot;
  if (content.kind === "snapshotJson") {
    snapshot = JSON.parse(content.json) as PlanSnapshot;
  } else {
    const doc = new Y.Doc();
    try {
      doc.transact(() => {
        if (content.snapshot) Y.applyUpdate(doc, content.snapshot);
        for (const u of content.updates) Y.applyUpdate(doc, u);
      });
      snapshot = readPlan(doc);
    } finally {
      doc.destroy();
    }
  }
  return { ...rest, snapshot, version: { ...version, contentHash: version.contentHash ?? snapshotHash(snapshot) } };
}

/** Build the export document and write it in `job.format` to `job.outPath`. Returns the file size. */
export async function renderExportToFile(job: RenderJob, progress: ProgressFn = () => {}): Promise<number> {
  progress(0.02, "preparing");
  const e = buildPlanExport(resolveExportInput(job.input));
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
