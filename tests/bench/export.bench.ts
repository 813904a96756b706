/**
 * Benchmark: export a ~100-page plan with 300 actions to DOCX and PDF.
 * Measures wall time and peak memory (process RSS and V8 heap, sampled every
 * 10 ms) rendering on the main thread, then the same through the export job
 * runner (its `worker` entries: the renderer child process at SCHED_IDLE),
 * with the main thread's event-loop delay meanwhile (what a meeting on the
 * same server would feel).
 * Run: `node --import tsx tests/bench/export.bench.ts`. Writes tests/bench/results/export.json.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { readPlan } from "@jigsaw/shared/plan/index";
import type { PlanExportInput } from "@jigsaw/shared/export/buildPlanExport";
import { renderExportToFile } from "@jigsaw/server/src/export/renderExport.ts";
import { ExportJobs } from "@jigsaw/server/src/export/exportJobs.ts";
import { bigPlan } from "./lib/bigPlan.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The benchmark's result. */
export interface ExportBenchResult {
  name: "export";
  plan: { sections: number; actions: number; chars: number; approxPages: number };
  mainThread: Record<"docx" | "pdf", { ms: number; bytes: number; outputPages?: number; peakRssMb: number; peakHeapMb: number; rssDeltaMb: number }>;
  worker: Record<"docx" | "pdf", { ms: number; bytes: number; mainLoopDelayMs: { p50: number; p99: number; max: number } }>;
  machine: { cpu: string; cores: number; node: string; totalMemGb: number; loadAvg1m: number };
  at: string;
}

const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;

async function measure<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; peakRss: number; peakHeap: number; baseRss: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const baseRss = process.memoryUsage().rss;
  let peakRss = baseRss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 10);
  const t0 = performance.now();
  try {
    const value = await fn();
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    return { value, ms: Math.round(performance.now() - t0), peakRss, peakHeap, baseRss };
  } finally {
    clearInterval(timer);
  }
}

/** Run the benchmark and write tests/bench/results/export.json. */
export async function run(): Promise<ExportBenchResult> {
  // the export process and its IPC channel are unref'd (they never keep a server alive), and so is
  // some of the renderers' I/O: hold this process open until the run is over
  const keepAlive = setInterval(() => undefined, 1_000);
  try {
    return await measureExports();
  } finally {
    clearInterval(keepAlive);
  }
}

async function measureExports(): Promise<ExportBenchResult> {
  const { doc, chars } = bigPlan();
  const snapshot = readPlan(doc);
  const input: PlanExportInput = {
    generatedAt: new Date().toISOString(),
    partnership: { name: "Riverside Place Partnership", place: "Riverside" },
    plan: { id: "bench-plan-0001", title: snapshot.meta.title, template: "blank" },
    version: { id: "bench-version-1", kind: "agreed", name: "Agreed plan", createdAt: new Date().toISOString(), contentHash: "0".repeat(64) },
    snapshot,
    signOff: {
      agreementId: "bench-agreement",
      title: "Whole plan",
      outcome: "Partners agree the plan",
      reviewDate: "2027-03-01",
      closedAt: new Date().toISOString(),
      closedBy: "Facilitator (Riverside Borough Council)",
      entries: ["Riverside ICB", "Riverside CVS", "Riverside NHS Foundation Trust"].map((o) => ({ organisation: o, response: "consent" as const, comment: null, by: "Rep", at: new Date().toISOString() })),
    },
    lens: "all",
    comments: [],
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-export-bench-"));
  const mainThread = {} as ExportBenchResult["mainThread"];
  const worker = {} as ExportBenchResult["worker"];
  try {
    for (const format of ["docx", "pdf"] as const) {
      const outPath = path.join(dir, `main.${format}`);
      const m = await measure(() => renderExportToFile({ format, input, outPath }));
      const entry: ExportBenchResult["mainThread"]["docx"] = { ms: m.ms, bytes: m.value, peakRssMb: mb(m.peakRss), peakHeapMb: mb(m.peakHeap), rssDeltaMb: mb(m.peakRss - m.baseRss) };
      if (format === "pdf") entry.outputPages = (fs.readFileSync(outPath, "latin1").match(/\/Type \/Page\b/g) ?? []).length;
      mainThread[format] = entry;
    }
    const jobs = new ExportJobs();
    try {
      // warm the worker (tsx boot) so timings are of rendering
      const warm = jobs.create("bench", input.plan.id, input.plan.title, "md", { ...input, snapshot: { ...snapshot, sections: snapshot.sections.slice(0, 1) } })!;
      await jobs.finished(warm.id);
      for (const format of ["docx", "pdf"] as const) {
        const h = monitorEventLoopDelay({ resolution: 5 });
        h.enable();
        const t0 = performance.now();
        const job = jobs.create("bench", input.plan.id, input.plan.title, format, input)!;
        const done = await jobs.finished(job.id);
        const ms = Math.round(performance.now() - t0);
        h.disable();
        if (done?.status !== "done") throw new Error(`worker export failed: ${done?.error}`);
        worker[format] = {
          ms,
          bytes: done.size ?? 0,
          mainLoopDelayMs: { p50: Math.round(h.percentile(50) / 1e5) / 10, p99: Math.round(h.percentile(99) / 1e5) / 10, max: Math.round(h.max / 1e5) / 10 },
        };
      }
    } finally {
      await jobs.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const cpus = os.cpus();
  const result: ExportBenchResult = {
    name: "export",
    plan: { sections: snapshot.sections.length, actions: snapshot.actions.length, chars, approxPages: Math.round(chars / 3000) },
    mainThread,
    worker,
    machine: { cpu: cpus[0]?.model ?? "unknown", cores: cpus.length, node: process.version, totalMemGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10, loadAvg1m: Math.round(os.loadavg()[0]! * 100) / 100 },
    at: new Date().toISOString(),
  };
  const out = path.join(here, "results", "export.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const r = await run();
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
}
