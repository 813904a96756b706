/**
 * Benchmark: export a ~100-page plan with 300 actions to DOCX and PDF.
 * Measures wall time and peak memory (process RSS and V8 heap, sampled every
 * 10 ms) rendering on the main thread, then the same through the export job
 * runner's worker thread, with the main thread's event-loop delay meanwhile
 * (what a meeting on the same server would feel).
 * Run: `node --import tsx tests/bench/export.bench.ts`. Writes tests/bench/results/export.json.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import type * as Y from "yjs";
import {
  addAction,
  addIndicator,
  addSection,
  bodyDoc,
  bulletList,
  createPlanDoc,
  heading,
  paragraph,
  planText,
  readPlan,
  text,
  type PmNode,
} from "@jigsaw/shared/plan/index";
import type { PlanExportInput } from "@jigsaw/shared/export/buildPlanExport";
import { renderExportToFile } from "@jigsaw/server/src/export/renderExport.ts";
import { ExportJobs } from "@jigsaw/server/src/export/exportJobs.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

const SENTENCES = [
  "Healthy life expectancy in the most deprived neighbourhoods is more than ten years below the least deprived.",
  "The council, the ICB, the trusts and the VCSE alliance will pool data and staff time to close the gap.",
  "Residents told us that warm homes, safe streets and good work matter more than any single service.",
  "Core20PLUS5 directs NHS effort to the most deprived fifth of the population and to inclusion health groups.",
  "We will review progress every quarter at the place board and publish what we find in plain English.",
  "Family hubs will bring midwives, health visitors, early help and community groups under one roof.",
  "Fuel poverty is above the England average in three wards, and damp and mould drive childhood asthma admissions.",
  "Partners will agree a data sharing agreement so that progress can be tracked at neighbourhood level.",
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic plan of about `pages` A4 pages of prose (~3,000 characters a page) and `actions` actions. */
export function bigPlan(pages = 100, actions = 300): { doc: Y.Doc; chars: number } {
  const rand = mulberry32(42);
  const sentence = () => SENTENCES[Math.floor(rand() * SENTENCES.length)]!;
  const doc = createPlanDoc("blank", { title: "Riverside Place Plan 2026-2029", place: "Riverside", now: new Date("2026-03-01T00:00:00Z") });
  const sections = 25;
  const targetChars = pages * 3000;
  const perSection = targetChars / sections;
  for (let s = 0; s < sections; s++) {
    const blocks: PmNode[] = [];
    let chars = 0;
    let n = 0;
    while (chars < perSection) {
      if (n % 6 === 0) blocks.push(heading(2, `Part ${s + 1}.${n / 6 + 1}`));
      if (n % 5 === 4) blocks.push(bulletList([sentence(), sentence(), sentence()]));
      const words = [sentence(), sentence(), sentence(), sentence()].join(" ");
      blocks.push(paragraph([text(words.slice(0, 60), [{ type: "bold" }]), text(words.slice(60)), text(" JSNA", [{ type: "link", attrs: { href: "https://example.org/jsna" } }])]));
      chars += words.length + 5;
      n++;
    }
    addSection(doc, { title: `Section ${s + 1}: ${sentence().split(" ").slice(0, 5).join(" ")}`, body: bodyDoc(blocks), outcomes: ["SO-04", "SO-01"] });
  }
  const indicatorIds: string[] = [];
  for (let i = 0; i < 20; i++) indicatorIds.push(addIndicator(doc, { label: `Indicator ${i + 1}`, indicatorRef: i % 2 ? "IND-HLE" : null, unit: "%" }));
  for (let a = 0; a < actions; a++) {
    addAction(doc, {
      title: `Action ${a + 1}: ${sentence().slice(0, 90)}`,
      leadOrganisation: ["Riverside Borough Council", "Riverside ICB", "Riverside CVS"][a % 3]!,
      partnerOrganisations: ["Riverside NHS Foundation Trust", "Healthwatch Riverside"],
      status: (["not_started", "on_track", "at_risk", "off_track", "done"] as const)[a % 5]!,
      dueDate: `2027-${String((a % 12) + 1).padStart(2, "0")}-01`,
      outcomes: ["SO-04"],
      indicators: [indicatorIds[a % indicatorIds.length]!],
    });
  }
  return { doc, chars: planText(doc).text.length };
}

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
