/**
 * Benchmark C1/C2 (performance.md §4.2).
 * C1 cold load: a plan whose history holds 250,000 single-character edits
 * (a typing trace shaped like B4, see `typingTrace`, written straight into the
 * store's update log). Measures first connect → SyncStep2 on a freshly started
 * server (a) with the raw log (load applies it in the worker and compacts) and
 * (b) after compaction, cold process each time (target < 200 ms), next to the
 * Yjs floor (SQLite read + applyUpdate + encode in a fresh process). The client
 * and the floor run pinned to core 1, the server to core 0. The trace's
 * statistics (inserts, deletes, final text, snapshot bytes) are recorded with
 * B4's for comparison.
 * C2 join storm: 200 clients join a ~1.6 MB plan at once (target: all synced
 * within 2 s) — Jigsaw cold (not loaded) and warm (held open), Hocuspocus 4
 * and y-websocket-server (warm: a holder client uploaded the plan).
 *
 * Run: `npm run bench -- coldLoad`. Env: BENCH_REPS (3), BENCH_TRACE_OPS (250000),
 * BENCH_JOIN_CLIENTS (200; 0 skips C2), BENCH_SERVERS (jigsaw,hp4,ywss).
 * Writes tests/bench/results/coldLoad.json (BENCH_RESULT_NAME overrides the name).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@jigsaw/server/src/storage/embedded/database.ts";
import { benchDir, machine, median, peerVersions, pin, repoRoot, round, runIfMain, say, sleep, writeResult } from "./lib/common.ts";
import type { FloorResult } from "./lib/coldFloor.ts";
import { copySeed, removeDir, seedJigsaw, type JigsawSeed } from "./lib/jigsawSeed.ts";
import { startLoadGen, type LoadGen } from "./lib/loadgenDriver.ts";
import { B4_STATS, bigPlanUpdate, typingTrace, type TypingTraceStats } from "./lib/planContent.ts";
import { RawClient, type Target } from "./lib/rawClient.ts";
import { isHocuspocus, startServer, type ServerKind } from "./lib/servers.ts";

/** The trace's updates and what the generator did, cached in the temp dir (generating 250k ops takes tens of seconds). */
function traceUpdates(ops: number): { updates: Uint8Array[]; stats: TypingTraceStats } {
  const file = path.join(os.tmpdir(), `jigsaw-bench-trace-${ops}-v2.bin`);
  const statsFile = `${file}.json`;
  if (fs.existsSync(file) && fs.existsSync(statsFile)) {
    const buf = fs.readFileSync(file);
    const out: Uint8Array[] = [];
    let pos = 0;
    while (pos < buf.length) {
      const len = buf.readUInt32LE(pos);
      out.push(new Uint8Array(buf.subarray(pos + 4, pos + 4 + len)));
      pos += 4 + len;
    }
    return { updates: out, stats: JSON.parse(fs.readFileSync(statsFile, "utf8")) as TypingTraceStats };
  }
  const out: Uint8Array[] = [];
  const r = typingTrace(ops, 11, (u) => out.push(u));
  r.doc.destroy();
  const parts: Buffer[] = [];
  for (const u of out) {
    const h = Buffer.alloc(4);
    h.writeUInt32LE(u.length);
    parts.push(h, Buffer.from(u));
  }
  fs.writeFileSync(file, Buffer.concat(parts));
  fs.writeFileSync(statsFile, JSON.stringify(r.stats));
  return { updates: out, stats: r.stats };
}

/** Write updates straight into a plan's log (server stopped). */
function writeLog(dataDir: string, planId: string, userId: string, updates: Uint8Array[]): void {
  const db = openDatabase(path.join(dataDir, "jigsaw.sqlite"));
  try {
    const next = db.prepare<[string], { next_seq: number }>("SELECT next_seq FROM doc_snapshots WHERE doc_id = ?").get(planId)!.next_seq;
    const insert = db.prepare("INSERT INTO doc_updates (doc_id, seq, data, user_id, created_at) VALUES (?, ?, ?, ?, ?)");
    const at = new Date().toISOString();
    db.transaction(() => {
      let seq = next;
      for (const u of updates) insert.run(planId, seq++, Buffer.from(u), userId, at);
      db.prepare("UPDATE doc_snapshots SET next_seq = ? WHERE doc_id = ?").run(seq, planId);
    })();
    db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    db.close();
  }
}

/**
 * One cold server start + first connect → SyncStep2 (ms), plus the reply size.
 * The client runs in the load generator (pinned to core 1, prioritised).
 */
async function firstSync(dataDir: string, seed: JigsawSeed, planId: string, lg: LoadGen): Promise<{ ms: number; bytes: number }> {
  const server = await startServer("jigsaw", { dataDir });
  try {
    const target: Target = { url: server.docUrl(planId), framing: "y", docName: planId, headers: { cookie: seed.cookies[0]!, origin: server.origin }, relay: false };
    const res = await lg.call<Record<string, any>>("joinStorm", { targets: [target], holder: null, holderState: null, serverPid: server.pid, eldFile: server.eldFile });
    if (res.error !== null || res.synced !== 1) throw new Error(`first sync failed: ${String(res.error)}`);
    return { ms: round(res.joinMs.p50 as number, 1), bytes: res.avgStep2Bytes as number };
  } finally {
    await server.stop();
  }
}

/** Yjs floor (read + apply + encode of the stored snapshot), measured cold in its own process pinned to core 1. */
async function floor(dataDir: string, planId: string): Promise<FloorResult> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(benchDir, "lib/coldFloor.ts"), path.join(dataDir, "jigsaw.sqlite"), planId], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "inherit"],
    detached: true,
  });
  pin(child.pid!, 1);
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`coldFloor exited with ${code}`);
  return JSON.parse(out) as FloorResult;
}

async function coldLoad(reps: number, ops: number, lg: LoadGen): Promise<Record<string, unknown>> {
  const seed = await seedJigsaw({ users: 1, plans: 1 });
  const planId = seed.planIds[0]!;
  try {
    say(`coldLoad: generating/reading a ${ops}-op typing trace`);
    const t0 = Date.now();
    const { updates, stats } = traceUpdates(ops);
    const logBytes = updates.reduce((a, u) => a + u.length, 0);
    say(`coldLoad: ${updates.length} updates, ${logBytes} B, ${stats.inserts} inserts / ${stats.deletes} deletes, final text ${stats.finalTextLength} chars (${Date.now() - t0} ms); writing them into the log`);
    writeLog(seed.dir, planId, seed.userIds[0]!, updates);
    const dir = copySeed(seed);
    try {
      const uncompacted = await firstSync(dir, seed, planId, lg);
      say(`coldLoad: first sync with the raw ${updates.length}-update log: ${uncompacted.ms} ms`);
      const compacted: number[] = [];
      let bytes = 0;
      for (let i = 0; i < reps; i++) {
        const r = await firstSync(dir, seed, planId, lg);
        compacted.push(r.ms);
        bytes = r.bytes;
        say(`coldLoad: first sync after compaction (cold process) #${i + 1}: ${r.ms} ms`);
      }
      const fl = await floor(dir, planId);
      say(`coldLoad: compacted snapshot ${fl.snapshotBytes} B V1 / ${fl.snapshotV2Bytes} B V2 (B4: ${B4_STATS.snapshotV1Bytes} / ${B4_STATS.snapshotV2Bytes} B); floor ${fl.totalMs} ms (apply ${fl.applyMs} cold, ${fl.warmApplyMs} warm)`);
      return {
        logUpdates: updates.length,
        logBytes,
        trace: { ...stats, snapshotBytes: fl.snapshotBytes, snapshotV2Bytes: fl.snapshotV2Bytes, textLengthInPlan: fl.traceTextLength },
        b4: B4_STATS,
        uncompactedFirstSyncMs: uncompacted.ms,
        compactedFirstSyncMs: { median: round(median(compacted), 1), runs: compacted },
        syncStep2Bytes: bytes,
        yjsFloor: fl,
        ratioToFloor: round(median(compacted) / fl.totalMs, 2),
        target: { compactedFirstSyncMs: 200 },
        met: median(compacted) < 200,
      };
    } finally {
      removeDir(dir);
    }
  } finally {
    removeDir(seed.dir);
  }
}

async function joinStorm(reps: number, clients: number, kinds: ServerKind[], lg: LoadGen): Promise<Record<string, unknown>> {
  const big = bigPlanUpdate(40, 52_000);
  say(`joinStorm: plan update ${big.length} B, ${clients} clients`);
  const seed = kinds.includes("jigsaw")
    ? await seedJigsaw({
        users: 5,
        plans: 1,
        template: "blank",
        after: async ({ origin, port, seed: s }) => {
          const planId = s.planIds[0]!;
          const c = new RawClient(0, { url: `ws://127.0.0.1:${port}/collab/${planId}`, framing: "y", docName: planId, headers: { cookie: s.cookies[0]!, origin }, relay: false }, { replyToStep1: () => big });
          await c.connect();
          const end = Date.now() + 60_000;
          while (!c.synced && Date.now() < end) await sleep(20);
          await sleep(3000);
          c.close();
          await sleep(500);
        },
      })
    : null;
  const variants: Array<{ name: string; kind: ServerKind; warm: boolean }> = [];
  for (const k of kinds) {
    if (k === "jigsaw") variants.push({ name: "jigsaw-cold", kind: k, warm: false }, { name: "jigsaw-warm", kind: k, warm: true });
    else if (k === "hp4" || k === "ywss") variants.push({ name: k, kind: k, warm: true });
  }
  const runs: Array<Record<string, any>> = [];
  try {
    for (let rep = 1; rep <= reps; rep++) {
      const order = rep % 2 === 1 ? variants : [...variants].reverse();
      for (const v of order) {
        const dataDir = v.kind === "jigsaw" && seed ? copySeed(seed) : null;
        const server = await startServer(v.kind, dataDir ? { dataDir } : {});
        try {
          const docName = v.kind === "jigsaw" ? seed!.planIds[0]! : `big-${rep}`;
          const mk = (i: number): Target => ({
            url: server.docUrl(docName),
            framing: isHocuspocus(v.kind) ? "hp" : "y",
            docName,
            headers: v.kind === "jigsaw" ? { cookie: seed!.cookies[i % seed!.cookies.length]!, origin: server.origin } : {},
            relay: false,
          });
          const res = await lg.call<Record<string, any>>("joinStorm", {
            targets: Array.from({ length: clients }, (_, i) => mk(i)),
            holder: v.warm ? mk(0) : null,
            holderState: v.warm && v.kind !== "jigsaw" ? big : null,
            serverPid: server.pid,
            eldFile: server.eldFile,
          });
          const valid = res.synced === clients && res.error === null && res.avgStep2Bytes > big.length * 0.9;
          runs.push({ variant: v.name, rep, valid, ...res });
          say(`joinStorm rep ${rep} ${v.name}: ${valid ? "valid" : "INVALID"} all synced ${res.allSyncedS} s join p50 ${res.joinMs.p50} p99 ${res.joinMs.p99} ms step2 ${res.avgStep2Bytes} B server cpu ${res.serverCpuS} s loadgen ${res.loadgenCpuPct}% eld p99 ${res.eventLoopDelayMs?.p99 ?? "-"}`);
        } catch (err) {
          runs.push({ variant: v.name, rep, valid: false, error: String(err) });
          say(`joinStorm rep ${rep} ${v.name} failed: ${String(err)}`);
        } finally {
          await server.stop();
          if (dataDir) removeDir(dataDir);
        }
      }
    }
  } finally {
    if (seed) removeDir(seed.dir);
  }
  const summary: Record<string, unknown> = {};
  for (const v of variants) {
    const mine = runs.filter((r) => r.variant === v.name && r.valid);
    summary[v.name] = {
      validRuns: mine.length,
      allSyncedS: round(median(mine.map((r) => r.allSyncedS)), 3),
      joinP50Ms: round(median(mine.map((r) => r.joinMs.p50)), 1),
      joinP99Ms: round(median(mine.map((r) => r.joinMs.p99)), 1),
      serverCpuS: round(median(mine.map((r) => r.serverCpuS)), 2),
      eventLoopP99Ms: round(median(mine.map((r) => r.eventLoopDelayMs?.p99 ?? NaN)), 1),
      loadgenCpuPct: round(median(mine.map((r) => r.loadgenCpuPct)), 1),
    };
  }
  return { planBytes: big.length, clients, target: { allSyncedS: 2 }, summary, runs };
}

/** Run the cold-load and join-storm benchmarks. */
export async function run(): Promise<unknown> {
  const reps = Number(process.env.BENCH_REPS ?? 3);
  const ops = Number(process.env.BENCH_TRACE_OPS ?? 250_000);
  const clients = Number(process.env.BENCH_JOIN_CLIENTS ?? 200);
  const kinds = (process.env.BENCH_SERVERS ?? "jigsaw,hp4,ywss").split(",").map((s) => s.trim()) as ServerKind[];
  const started = new Date().toISOString();
  const machineAtStart = machine();
  const lg = await startLoadGen();
  let cold: Record<string, unknown> | null;
  let storm: Record<string, unknown> | null;
  try {
    cold = kinds.includes("jigsaw") ? await coldLoad(reps, ops, lg) : null;
    // BENCH_JOIN_CLIENTS=0: cold load only
    storm = clients > 0 ? await joinStorm(reps, clients, kinds, lg) : null;
  } finally {
    await lg.stop();
  }
  const result = {
    name: "coldLoad",
    at: started,
    machine: { ...machineAtStart, loadAvgAtEnd: machine().loadAvg },
    versions: peerVersions(),
    config: { reps, traceOps: ops, joinClients: clients, servers: kinds },
    coldLoad: cold,
    joinStorm: storm,
  };
  const file = writeResult(process.env.BENCH_RESULT_NAME ?? "coldLoad", result);
  say(`wrote ${file}`);
  return { coldLoad: cold && { ...cold }, joinStorm: storm && (storm as { summary: unknown }).summary };
}

runIfMain(import.meta.url, run);
