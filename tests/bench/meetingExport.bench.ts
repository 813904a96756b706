/**
 * Benchmark (issue #6): exports run off the event loop, so a meeting on the
 * same server is not slowed — while ten exports run, the meeting's edit p99
 * rises by less than 5 ms.
 *
 * Jigsaw only (embedded SQLite, persistence on), the meeting load of
 * `meeting.bench.ts` (N editors, default 200, each 2 edits/s + 1 awareness
 * update/s) on the meeting plan. The partnership also holds a large plan
 * (`fillBigPlan`: ~100 pages of prose, 20 indicators, 300 actions) written
 * through the collaboration endpoint, so exports read real stored data. Each
 * repetition measures two windows, each on a fresh server and a fresh copy of
 * the seed, in alternating order:
 * - baseline: the meeting alone for BENCH_SECONDS;
 * - exports: at the window's start the facilitator requests BENCH_EXPORTS
 *   (10) exports of the large plan's current draft over the REST API
 *   (DOCX and PDF alternately), polls each every 250 ms like the export
 *   dialog and downloads it; the window lasts until the last file is
 *   downloaded, so every number of it is "while exports run". Each export's
 *   times and whether its file is valid (DOCX a zip "PK", PDF "%PDF") are kept.
 * Before either window the export worker is booted by one small Markdown
 * export of the meeting plan, as on a server that has been up a while.
 *
 * The server's threads, the export worker's included, share core 0 (the load
 * generator has core 1): the server's budget is one core, as in the meeting
 * scenario. BENCH_EXPORT_WORKER_CORE=<n> moves the threads that the worker's
 * boot started to core n instead (on this 2-core box, the load generator's).
 *
 * Run: `npm run bench -- meetingExport` or `node --import tsx tests/bench/meetingExport.bench.ts`.
 * Env: BENCH_SECONDS, BENCH_REPS, BENCH_MEETING_N, BENCH_EDIT_HZ,
 * BENCH_AWARENESS_HZ, BENCH_WARMUP_S (as the meeting), BENCH_EXPORTS (10),
 * BENCH_EXPORT_TIMEOUT_S (300), BENCH_EXPORT_WORKER_CORE (unset),
 * BENCH_RESULT_NAME (file name, default meetingExport).
 * Writes tests/bench/results/meetingExport.json.
 */
import { execFileSync } from "node:child_process";
import { performance } from "node:perf_hooks";
import * as Y from "yjs";
import type { ExportFormat } from "@jigsaw/shared/export/exportSchema";
import { BIG_PLAN_TITLE, fillBigPlan } from "./lib/bigPlan.ts";
import { alternating, hasTaskset, machine, median, peerVersions, procThreadCpuSeconds, round, runIfMain, say, sleep, writeResult } from "./lib/common.ts";
import { runExport, type ExportOutcome } from "./lib/exportClient.ts";
import { copySeed, removeDir, seedJigsaw, type JigsawSeed } from "./lib/jigsawSeed.ts";
import { startLoadGen, type LoadGen } from "./lib/loadgenDriver.ts";
import { MEETING_DRAIN_S, MEETING_TRANSPORT, MEETING_WARMUP_S, measureMeeting, meetingConfigFromEnv, meetingTargets, type MeetingConfig } from "./lib/meetingSession.ts";
import { AuditClient } from "./lib/rawClient.ts";
import { startServer } from "./lib/servers.ts";

/** Which window. */
type Mode = "baseline" | "exports";

/** Settings beyond the meeting load. */
interface ExportLoad {
  exports: number;
  timeoutS: number;
  workerCore: number | null;
}

/** One measured window. */
export interface MeetingExportRun {
  mode: Mode;
  rep: number;
  valid: boolean;
  invalidBecause: string[];
  [k: string]: unknown;
}

/** The large plan as the server exports it. */
interface BigPlanInfo {
  planId: string;
  sections: number;
  actions: number;
  indicators: number;
  chars: number;
  approxPages: number;
  updateBytes: number;
}

/** The export formats of the exports window, in order (DOCX and PDF alternately). */
export function exportFormats(count: number): ExportFormat[] {
  return Array.from({ length: count }, (_, i) => (i % 2 === 0 ? "docx" : "pdf"));
}

/**
 * Create the large plan in the seed's partnership and write its content
 * through /collab (a real Y.Doc synced from the server, then filled), in
 * merged batches well under the frame and rate limits.
 */
async function addBigPlan(ctx: { origin: string; port: number; seed: JigsawSeed }): Promise<number> {
  const { origin, port, seed } = ctx;
  const cookie = seed.cookies[0]!;
  const r = await fetch(`${origin}/api/partnerships/${seed.partnershipId}/plans`, {
    method: "POST",
    headers: { cookie, origin, "content-type": "application/json" },
    body: JSON.stringify({ title: BIG_PLAN_TITLE, template: "blank" }),
  });
  const body = (await r.json()) as { data: { id: string } };
  if (r.status !== 201) throw new Error(`big plan: ${r.status} ${JSON.stringify(body)}`);
  const planId = body.data.id;
  seed.planIds.push(planId);
  const client = new AuditClient({ url: `ws://127.0.0.1:${port}/collab/${planId}`, framing: "y", docName: planId, headers: { cookie, origin }, relay: false });
  await client.connect();
  const until = Date.now() + 30_000;
  while (!client.synced) {
    if (Date.now() > until) throw new Error("big plan: no sync");
    await sleep(20);
  }
  const updates: Uint8Array[] = [];
  client.doc.on("update", (u: Uint8Array, from: unknown) => {
    if (from !== client) updates.push(u);
  });
  fillBigPlan(client.doc);
  let bytes = 0;
  for (let i = 0; i < updates.length; i += 25) {
    const u = Y.mergeUpdates(updates.slice(i, i + 25));
    bytes += u.length;
    client.sendUpdate(u);
    await sleep(50);
  }
  await sleep(3000); // let the server store it before the seed server stops
  client.close();
  await sleep(500);
  return bytes;
}

/** Restart on a copy of the seed and read the large plan back as JSON: proves it was stored. */
async function checkBigPlan(seed: JigsawSeed, updateBytes: number): Promise<BigPlanInfo> {
  const dir = copySeed(seed);
  const server = await startServer("jigsaw", { dataDir: dir });
  try {
    const planId = seed.planIds[1]!;
    const r = await fetch(`${server.origin}/api/plans/${planId}/export`, {
      method: "POST",
      headers: { cookie: seed.cookies[0]!, origin: server.origin, "content-type": "application/json" },
      body: JSON.stringify({ format: "json", version: "current" }),
    });
    if (r.status !== 200) throw new Error(`big plan JSON export: ${r.status} ${await r.text()}`);
    const j = (await r.json()) as { sections: Array<{ text: string }>; actions: unknown[]; indicators: unknown[] };
    const chars = j.sections.reduce((a, s) => a + s.text.length, 0);
    const info = { planId, sections: j.sections.length, actions: j.actions.length, indicators: j.indicators.length, chars, approxPages: Math.round(chars / 3000), updateBytes };
    if (info.actions < 300 || info.sections < 25 || info.approxPages < 90) throw new Error(`the large plan was not stored whole: ${JSON.stringify(info)}`);
    return info;
  } finally {
    await server.stop();
    removeDir(dir);
  }
}

/** Threads of `pid` (ids). */
function threadIds(pid: number): Set<number> {
  return new Set(procThreadCpuSeconds(pid).keys());
}

/** CPU use (% of one core) over a window: the main thread, the export worker's threads, the rest. */
function threadCpuPct(pid: number, before: Map<number, number>, after: Map<number, number>, worker: Set<number>, seconds: number): { main: number; worker: number; other: number } {
  let main = 0;
  let wk = 0;
  let other = 0;
  for (const [tid, s] of after) {
    const d = s - (before.get(tid) ?? 0);
    if (tid === pid) main += d;
    else if (worker.has(tid)) wk += d;
    else other += d;
  }
  const pct = (x: number) => round((x / seconds) * 100, 1);
  return { main: pct(main), worker: pct(wk), other: pct(other) };
}

async function runWindow(mode: Mode, rep: number, lg: LoadGen, seed: JigsawSeed, cfg: MeetingConfig, load: ExportLoad): Promise<MeetingExportRun> {
  const dataDir = copySeed(seed);
  const server = await startServer("jigsaw", { dataDir });
  const [meetingPlan, bigPlanId] = [seed.planIds[0]!, seed.planIds[1]!];
  const cookie = seed.cookies[0]!;
  const t = meetingTargets("jigsaw", server.origin, server.docUrl(meetingPlan), meetingPlan, cfg.n, seed);
  try {
    // boot the export worker (a long-running server has one); its threads are the ones that start now
    const before = threadIds(server.pid);
    const warm = await runExport(server.origin, cookie, meetingPlan, "md", { timeoutMs: 120_000 });
    if (!warm.ok) throw new Error(`warm-up export failed: ${warm.error}`);
    const workerTids = new Set([...threadIds(server.pid)].filter((tid) => !before.has(tid)));
    if (load.workerCore !== null && hasTaskset()) {
      for (const tid of workerTids) execFileSync("taskset", ["-cp", String(load.workerCore), String(tid)], { stdio: "ignore" });
    }
    const during = async () => {
      const cpu0 = procThreadCpuSeconds(server.pid);
      const t0 = performance.now();
      let exports: ExportOutcome[] = [];
      if (mode === "baseline") await sleep(cfg.seconds * 1000);
      else {
        exports = await Promise.all(exportFormats(load.exports).map((f) => runExport(server.origin, cookie, bigPlanId, f, { timeoutMs: load.timeoutS * 1000 })));
      }
      const seconds = (performance.now() - t0) / 1000;
      return { seconds, threads: threadCpuPct(server.pid, cpu0, procThreadCpuSeconds(server.pid), workerTids, seconds), exports };
    };
    const m = await measureMeeting(lg, server, t, cfg, { maxSeconds: mode === "baseline" ? cfg.seconds : load.timeoutS + 5, during });
    const { res, audit, mem } = m;
    const d = m.during!;
    const invalid = [...m.invalid];
    const done = d.exports.filter((e) => e.ok).length;
    if (mode === "exports" && done < load.exports) invalid.push(`${load.exports - done} of ${load.exports} exports failed: ${[...new Set(d.exports.filter((e) => !e.ok).map((e) => e.error))].join("; ")}`);
    const walls = d.exports.map((e) => e.wallMs);
    const run: MeetingExportRun = {
      mode,
      rep,
      valid: invalid.length === 0,
      invalidBecause: invalid,
      setup: m.setup,
      ...res,
      serverThreadsCpuPct: d.threads,
      rssMiB: round(mem.rss, 1),
      peakRssMiB: round(mem.hwm, 1),
      rssBeforeMiB: round(m.rssBeforeMiB, 1),
      audit,
      workerThreads: workerTids.size,
      warmUpExportMs: warm.wallMs,
      exportsSummary:
        mode === "exports"
          ? {
              requested: load.exports,
              done,
              allValidFiles: d.exports.every((e) => e.validFile),
              wallMs: { min: Math.min(...walls), median: round(median(walls), 0), max: Math.max(...walls) },
              postMs: { median: round(median(d.exports.map((e) => e.postMs)), 0), max: Math.max(...d.exports.map((e) => e.postMs)) },
            }
          : null,
      exports: d.exports,
    };
    const ex = mode === "exports" ? ` exports ${done}/${load.exports} ok, wall ${Math.min(...walls)}-${Math.max(...walls)} ms` : "";
    say(
      `meetingExport rep ${rep} ${mode}: ${run.valid ? "valid" : "INVALID (" + invalid.join("; ") + ")"} ${res.seconds} s cpu ${res.serverCpuPct}% (main ${d.threads.main}% worker ${d.threads.worker}%) p50 ${res.editLatencyMs.p50} p99 ${res.editLatencyMs.p99} ms aw p99 ${res.awarenessLatencyMs.p99} ms eld p99 ${res.eventLoopDelayMs?.p99 ?? "-"} loadgen ${res.loadgenCpuPct}% steal ${res.stealPct}%${ex}`,
    );
    return run;
  } finally {
    await server.stop();
    removeDir(dataDir);
  }
}

/** Medians per mode, and the rise with exports (per repetition with both windows valid, then the median). */
export function summarize(runs: MeetingExportRun[], limitMs = 5): Record<string, unknown> {
  const at = (r: MeetingExportRun, path: string): unknown => path.split(".").reduce<any>((o, k) => (o == null ? o : o[k]), r);
  const get = (r: MeetingExportRun, path: string) => at(r, path) as number;
  const metrics: Record<string, string> = {
    windowS: "seconds",
    editP50Ms: "editLatencyMs.p50",
    editP99Ms: "editLatencyMs.p99",
    awarenessP99Ms: "awarenessLatencyMs.p99",
    serverCpuPct: "serverCpuPct",
    mainThreadCpuPct: "serverThreadsCpuPct.main",
    workerCpuPct: "serverThreadsCpuPct.worker",
    eventLoopP99Ms: "eventLoopDelayMs.p99",
    loadgenCpuPct: "loadgenCpuPct",
    editDelivery: "delivery.edits",
    awarenessFinalStateDelivery: "delivery.awarenessFinalState",
  };
  const out: Record<string, unknown> = {};
  for (const mode of ["baseline", "exports"] as const) {
    const mine = runs.filter((r) => r.mode === mode);
    const valid = mine.filter((r) => r.valid);
    const use = valid.length > 0 ? valid : mine;
    const s: Record<string, unknown> = { runs: mine.length, validRuns: valid.length, medianOf: valid.length > 0 ? "valid runs" : "all runs (none valid)" };
    for (const [k, p] of Object.entries(metrics)) s[k] = round(median(use.map((r) => get(r, p))), 2);
    if (mode === "exports") {
      s.exportWallMs = round(median(use.map((r) => get(r, "exportsSummary.wallMs.median"))), 0);
      s.lastExportDoneMs = round(median(use.map((r) => get(r, "exportsSummary.wallMs.max"))), 0);
      s.allExportsValid = mine.length > 0 && mine.every((r) => get(r, "exportsSummary.done") === get(r, "exportsSummary.requested") && at(r, "exportsSummary.allValidFiles") === true);
    }
    s.allMarkersDelivered = mine.length > 0 && mine.every((r) => get(r, "delivery.edits") === 1 && get(r, "delivery.awarenessFinalState") === 1 && at(r, "audit.auditorComplete") === true);
    s.loadgenUnder70Pct = mine.length > 0 && mine.every((r) => get(r, "loadgenCpuPct") < 70);
    out[mode] = s;
  }
  const reps = [...new Set(runs.map((r) => r.rep))].sort((a, b) => a - b);
  const pairs = reps
    .map((rep) => [runs.find((r) => r.rep === rep && r.mode === "baseline"), runs.find((r) => r.rep === rep && r.mode === "exports")] as const)
    .filter((p): p is readonly [MeetingExportRun, MeetingExportRun] => !!p[0]?.valid && !!p[1]?.valid);
  const rise = (p: string) => round(median(pairs.map(([b, e]) => get(e, p) - get(b, p))), 2);
  const perRep = pairs.map(([b, e]) => ({
    rep: b.rep,
    editP99RiseMs: round(get(e, "editLatencyMs.p99") - get(b, "editLatencyMs.p99"), 2),
    eventLoopP99RiseMs: round(get(e, "eventLoopDelayMs.p99") - get(b, "eventLoopDelayMs.p99"), 2),
  }));
  const editP99Rise = rise("editLatencyMs.p99");
  out.rise = {
    pairedReps: pairs.length,
    editP50Ms: rise("editLatencyMs.p50"),
    editP99Ms: editP99Rise,
    awarenessP99Ms: rise("awarenessLatencyMs.p99"),
    eventLoopP99Ms: rise("eventLoopDelayMs.p99"),
    serverCpuPct: rise("serverCpuPct"),
    mainThreadCpuPct: rise("serverThreadsCpuPct.main"),
    perRep,
  };
  out.target = { what: "edit p99 with exports minus baseline, median over repetitions with both windows valid", limitMs, riseMs: editP99Rise, met: pairs.length > 0 ? editP99Rise < limitMs : null };
  return out;
}

/** Run the meeting-with-exports benchmark. */
export async function run(): Promise<unknown> {
  const cfg = meetingConfigFromEnv();
  const reps = Number(process.env.BENCH_REPS ?? 3);
  const workerCoreEnv = process.env.BENCH_EXPORT_WORKER_CORE;
  const load: ExportLoad = {
    exports: Number(process.env.BENCH_EXPORTS ?? 10),
    timeoutS: Number(process.env.BENCH_EXPORT_TIMEOUT_S ?? 300),
    workerCore: workerCoreEnv === undefined || workerCoreEnv === "" ? null : Number(workerCoreEnv),
  };
  const started = new Date().toISOString();
  const machineAtStart = machine();
  say(`meetingExport: ${cfg.n} editors × (${cfg.editHz} edits/s + ${cfg.awHz} awareness/s), baseline ${cfg.seconds} s vs ${load.exports} exports, ${reps} reps`);
  let updateBytes = 0;
  const seed = await seedJigsaw({
    users: 10,
    plans: 1,
    after: async (ctx) => {
      updateBytes = await addBigPlan(ctx);
    },
  });
  const lg = await startLoadGen();
  const runs: MeetingExportRun[] = [];
  let bigPlan: BigPlanInfo;
  try {
    bigPlan = await checkBigPlan(seed, updateBytes);
    say(`meetingExport: large plan ${bigPlan.sections} sections, ${bigPlan.actions} actions, ~${bigPlan.approxPages} pages, written as ${bigPlan.updateBytes} B of updates`);
    runs.push(
      ...(await alternating<Mode, MeetingExportRun>(
        "meetingExport",
        reps,
        ["baseline", "exports"],
        (mode, rep) => runWindow(mode, rep, lg, seed, cfg, load),
        (mode, rep, why) => ({ mode, rep, valid: false, invalidBecause: [why] }),
      )),
    );
  } finally {
    await lg.stop();
    removeDir(seed.dir);
  }
  const summary = summarize(runs);
  const result = {
    name: "meetingExport",
    at: started,
    machine: { ...machineAtStart, loadAvgAtEnd: machine().loadAvg },
    versions: peerVersions(),
    config: {
      editors: cfg.n,
      editHz: cfg.editHz,
      awarenessHz: cfg.awHz,
      baselineSeconds: cfg.seconds,
      exportsWindow: "from the first export request until the last file is downloaded",
      warmupS: MEETING_WARMUP_S,
      transport: MEETING_TRANSPORT,
      drainS: MEETING_DRAIN_S,
      reps,
      exports: exportFormats(load.exports),
      exportVersion: "current",
      exportTimeoutS: load.timeoutS,
      bigPlan,
      pinned: machineAtStart.taskset
        ? `server core 0, load generator core 1, export worker ${load.workerCore === null ? "core 0 (with the server)" : `core ${load.workerCore}`}`
        : "not pinned",
    },
    summary,
    runs,
  };
  const file = writeResult(process.env.BENCH_RESULT_NAME ?? "meetingExport", result);
  const s = summary as { baseline: Record<string, unknown>; exports: Record<string, unknown>; target: { riseMs: number; met: boolean | null } };
  say(
    `meetingExport: edit p99 baseline ${s.baseline.editP99Ms} ms, with exports ${s.exports.editP99Ms} ms, rise ${s.target.riseMs} ms (target < 5 ms: ${s.target.met === null ? "no valid pair" : s.target.met ? "met" : "NOT met"}); eld p99 ${s.baseline.eventLoopP99Ms} → ${s.exports.eventLoopP99Ms} ms`,
  );
  say(`wrote ${file}`);
  return summary;
}

runIfMain(import.meta.url, run);
