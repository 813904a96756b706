/**
 * Request an export the way the client's export dialog does: POST
 * /api/plans/:planId/exports, poll the job every 250 ms until it is done,
 * then download the file and check that it is what the format promises.
 */
import { performance } from "node:perf_hooks";
import type { ExportJobView } from "@jigsaw/shared/export/exportJob";
import type { ExportFormat } from "@jigsaw/shared/export/exportSchema";

/** What one export did (times in ms from the POST). */
export interface ExportOutcome {
  format: ExportFormat;
  /** Finished, downloaded and the file is valid. */
  ok: boolean;
  status: ExportJobView["status"] | "error" | "timeout";
  error: string | null;
  /** POST answered (the main thread gathers the plan before it answers). */
  postMs: number;
  /** First poll that saw the job done or failed. */
  doneMs: number | null;
  /** File downloaded. */
  wallMs: number;
  bytes: number;
  /** DOCX: a zip ("PK"); PDF: "%PDF"; Markdown: non-empty text; and as long as the job said. */
  validFile: boolean;
  /** PDF page objects in the file. */
  pdfPages?: number;
  polls: number;
}

/** Start of the file each binary format must have. */
const MAGIC: Partial<Record<ExportFormat, string>> = { docx: "PK", pdf: "%PDF" };

/** Whether `bytes` is a plausible `format` file. */
export function validExportFile(format: ExportFormat, bytes: Buffer): boolean {
  const magic = MAGIC[format];
  if (magic) return bytes.subarray(0, magic.length).toString("latin1") === magic;
  return bytes.length > 0;
}

/** Options of `runExport`. */
export interface RunExportOptions {
  /** Poll interval (the client's is 250 ms). */
  pollMs?: number;
  /** Abandon after this long. */
  timeoutMs?: number;
  /** Which version (default the live draft). */
  version?: string;
}

/** Export `planId` as `format` as the user with session `cookie`, and download it. */
export async function runExport(origin: string, cookie: string, planId: string, format: ExportFormat, opts: RunExportOptions = {}): Promise<ExportOutcome> {
  const pollMs = opts.pollMs ?? 250;
  const deadline = performance.now() + (opts.timeoutMs ?? 300_000);
  const headers = { cookie, origin };
  const base = `${origin}/api/plans/${encodeURIComponent(planId)}/exports`;
  const t0 = performance.now();
  const since = () => Math.round(performance.now() - t0);
  const out: ExportOutcome = { format, ok: false, status: "error", error: null, postMs: NaN, doneMs: null, wallMs: NaN, bytes: 0, validFile: false, polls: 0 };
  try {
    const created = await fetch(base, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify({ format, version: opts.version ?? "current" }),
      signal: AbortSignal.timeout(Math.max(1, Math.round(deadline - performance.now()))),
    });
    out.postMs = since();
    if (created.status !== 202) throw new Error(`POST ${created.status}: ${await created.text()}`);
    let job = ((await created.json()) as { data: ExportJobView }).data;
    while (job.status === "queued" || job.status === "running") {
      if (performance.now() > deadline) {
        out.status = "timeout";
        throw new Error(`not done after ${since()} ms (${job.status} ${job.progress})`);
      }
      await new Promise((r) => setTimeout(r, pollMs));
      const r = await fetch(`${base}/${encodeURIComponent(job.id)}`, { headers });
      out.polls++;
      if (r.status !== 200) throw new Error(`poll ${r.status}: ${await r.text()}`);
      job = ((await r.json()) as { data: ExportJobView }).data;
    }
    out.doneMs = since();
    out.status = job.status;
    if (job.status !== "done") throw new Error(`job ${job.status}: ${job.error}`);
    const dl = await fetch(`${base}/${encodeURIComponent(job.id)}/download`, { headers });
    if (dl.status !== 200) throw new Error(`download ${dl.status}: ${await dl.text()}`);
    const bytes = Buffer.from(await dl.arrayBuffer());
    out.wallMs = since();
    out.bytes = bytes.length;
    out.validFile = validExportFile(format, bytes) && bytes.length === job.size;
    if (format === "pdf") out.pdfPages = (bytes.toString("latin1").match(/\/Type \/Page\b/g) ?? []).length;
    out.ok = out.validFile;
    if (!out.validFile) out.error = `invalid ${format} file (${bytes.length} B, job said ${job.size} B)`;
  } catch (err) {
    out.error ??= String((err as Error)?.message ?? err);
    if (!Number.isFinite(out.wallMs)) out.wallMs = since();
  }
  return out;
}
