/**
 * Benchmark X1 (performance.md §4.2): the meeting scenario — N editors on one
 * plan, each 2 small edits/s + 1 awareness update/s, persistence on — with
 * the editors split across two Jigsaw nodes (one shared SQLite data dir, one
 * local redis-server) versus all on one node (no Redis). Reports edit
 * propagation p50/p99 (every receiver, cross-node deliveries included), the
 * total CPU of both nodes against the single node (target ≤ 1.3×), Redis CPU,
 * and Redis PUBLISH calls per client message. Uses the shared raw y-protocol
 * load generator (tests/bench/lib/loadgen.ts; no Y.Doc per client). A speed
 * probe on the nodes' core (lib/speedProbe.ts) records how fast the core was
 * in each window; the summary gives the ratio on raw CPU (the target) and on
 * CPU scaled to the invocation's median core speed.
 *
 * Run: `npm run bench -- multinode` or `node --import tsx tests/bench/multinode.bench.ts`.
 * Env: BENCH_SECONDS (default 20), BENCH_REPS (2), BENCH_MULTINODE_N (100),
 * BENCH_EDIT_HZ (2), BENCH_AWARENESS_HZ (1), BENCH_WARMUP_S (45; see MULTINODE_WARMUP_S).
 * A run is invalid when the meeting's rules fail (lib/meetingSession.ts) or the host stole more
 * than 3 % of the machine's CPU in its window; medians and the pairs' ratios use valid runs.
 * Writes tests/bench/results/multinode.json.
 */
import { execFileSync } from "node:child_process";
import { hasRedisServer, startTestRedis, type TestRedis } from "../utils/redisServer.ts";
import { freePort } from "../utils/testServer.ts";
import { alternating, machine, median, pin, procCpuSeconds, procCtxSwitches, procMemMiB, procThreadCpuSeconds, procWriteSyscalls, round, runIfMain, say, sleep, writeResult } from "./lib/common.ts";
import { copySeed, removeDir, seedJigsaw, type JigsawSeed } from "./lib/jigsawSeed.ts";
import { startLoadGen, type LoadGen } from "./lib/loadgenDriver.ts";
import { MEETING_TRANSPORT, MEETING_WARMUP_S, meetingValidity } from "./lib/meetingSession.ts";
import type { Target } from "./lib/rawClient.ts";
import { startServer, type BenchServer } from "./lib/servers.ts";
import { measureDeliveryCost } from "./lib/deliveryCost.ts";
import { startSpeedProbe, type SpeedProbe } from "./lib/speedProbe.ts";

type Topology = "one-node" | "two-nodes";

interface Config {
  n: number;
  seconds: number;
  editHz: number;
  awHz: number;
  /** Core of the second node: 0 (shares the first node's core) or 1 (the load generator's). */
  secondNodeCore: number;
  /** Seconds of load before the measured window. */
  warmupS: number;
}

/**
 * Default warm-up (s) before the window. V8 optimises a function once it has run enough, so a
 * node serving half the editors takes about twice as long to reach its steady state. Session 9,
 * 15 s warm-up, `perf record`: V8's compiler threads used 1–3 % of a core in each of the two
 * nodes all through the window (0.1 % in the single node, done by 12 s), and hot paths such
 * as `flush`, `applyRelayed` and the SQLite append still ran as baseline code. After 45 s all
 * threads but the main one used 0.3 % of a core in one node and 0.9 % in two nodes together.
 */
const MULTINODE_WARMUP_S = 45;
/**
 * Machine-wide steal (%) above which a run is invalid: the host gave the cores to other guests,
 * and the CPU the nodes were charged rose with it (session 9: a single-node window with 9.1 %
 * steal read 36.8 % against 28.7 and 31.9 % for the windows either side of it).
 */
const MAX_STEAL_PCT = 3;

/** One measured run. */
export interface MultinodeRun {
  topology: Topology;
  rep: number;
  valid: boolean;
  invalidBecause: string[];
  [k: string]: unknown;
}

function redisCalls(redis: TestRedis, command: string): number {
  try {
    const out = execFileSync("redis-cli", ["-p", String(redis.port), "INFO", "commandstats"], { encoding: "utf8" });
    const m = new RegExp(`cmdstat_${command}:calls=(\\d+)`).exec(out);
    return m ? Number(m[1]) : 0;
  } catch {
    return NaN;
  }
}

function target(server: BenchServer, planId: string, cookie: string): Target {
  return { url: server.docUrl(planId), framing: "y", docName: planId, headers: { cookie, origin: server.origin }, relay: false, transport: MEETING_TRANSPORT };
}

async function runOne(topology: Topology, rep: number, lg: LoadGen, seed: JigsawSeed, redis: TestRedis, cfg: Config, probe: SpeedProbe): Promise<MultinodeRun> {
  const dataDir = copySeed(seed);
  const planId = seed.planIds[0]!;
  const servers: BenchServer[] = [];
  try {
    if (topology === "one-node") {
      servers.push(await startServer("jigsaw", { dataDir, core: 0 }));
    } else {
      const ports = [await freePort(), await freePort()];
      const env = { REDIS_URL: redis.url, ALLOWED_ORIGINS: ports.map((p) => `http://127.0.0.1:${p}`).join(",") };
      // only the first node's event-loop delay is read: the second runs without the 5 ms monitor
      // (~1% of a core), so each topology carries the same instrumentation
      for (const [i, port] of ports.entries()) {
        servers.push(await startServer("jigsaw", { dataDir, port, env: i === 0 ? env : { ...env, BENCH_ELD_FILE: "" }, core: i === 0 ? 0 : cfg.secondNodeCore }));
      }
    }
    const cookie = (i: number) => seed.cookies[i % seed.cookies.length]!;
    // editors alternate between the nodes; the auditor sits on the first, the fresh sync on the last
    const editors = Array.from({ length: cfg.n }, (_, i) => target(servers[i % servers.length]!, planId, cookie(i)));
    const warmupS = cfg.warmupS;
    const drainS = 3;
    const maxSeq = Math.ceil((warmupS + cfg.seconds + drainS + 5) * Math.max(cfg.editHz, cfg.awHz)) + 10;
    const setup = await lg.call("meetingSetup", { targets: editors, auditTarget: target(servers[0]!, planId, cookie(0)), maxSeq });

    const pids = servers.map((s) => s.pid);
    const cpuAt = () => ({
      nodes: pids.map((p) => procCpuSeconds(p)),
      mainThreads: pids.map((p) => procThreadCpuSeconds(p).get(p) ?? NaN),
      redis: redis.pid ? procCpuSeconds(redis.pid) : NaN,
      switches: pids.map((p) => procCtxSwitches(p)),
      writes: pids.map((p) => procWriteSyscalls(p)),
      t: performance.now(),
      at: Date.now(),
    });
    const publish0 = redisCalls(redis, "publish");
    // sample CPU over the same window as the load generator (after its warm-up)
    let c0: ReturnType<typeof cpuAt> | null = null;
    let c1: ReturnType<typeof cpuAt> | null = null;
    const t0 = setTimeout(() => (c0 = cpuAt()), warmupS * 1000);
    const t1 = setTimeout(() => (c1 = cpuAt()), (warmupS + cfg.seconds) * 1000);
    const res = await lg.call<Record<string, any>>("meetingRun", {
      editHz: cfg.editHz,
      awHz: cfg.awHz,
      warmupS,
      seconds: cfg.seconds,
      drainS,
      serverPid: pids[0],
      eldFile: servers[0]!.eldFile,
    });
    clearTimeout(t0);
    clearTimeout(t1);
    const publishes = redisCalls(redis, "publish") - publish0;
    const audit = await lg.call<{ auditorComplete: boolean; freshSyncMatches: boolean | null }>("meetingAudit", {
      freshTarget: target(servers[servers.length - 1]!, planId, cookie(1)),
    });
    const a = c0 as ReturnType<typeof cpuAt> | null;
    const b = c1 as ReturnType<typeof cpuAt> | null;
    const wall = a && b ? (b.t - a.t) / 1000 : NaN;
    const nodeCpuPct = a && b ? a.nodes.map((v, i) => round(((b.nodes[i]! - v) / wall) * 100, 1)) : [];
    const totalCpuPct = round(nodeCpuPct.reduce((x, y) => x + y, 0), 1);
    // the event loop's thread; the rest is V8's compiler and GC helpers, libuv's pool and worker threads
    const mainThreadCpuPct = a && b ? a.mainThreads.map((v, i) => round(((b.mainThreads[i]! - v) / wall) * 100, 1)) : [];
    // CPU µs the speed probe's fixed work took on the nodes' core during the window
    const probeWorkUs = a && b ? round(probe.workUs(a.at, b.at), 0) : NaN;
    const redisCpuPct = a && b && topology === "two-nodes" ? round(((b.redis - a.redis) / wall) * 100, 1) : 0;
    // how often each node's main thread blocked (event-loop wake-ups) and was preempted, per second
    const writesPerSec = a && b ? a.writes.map((v, i) => round((b.writes[i]! - v) / wall, 0)) : [];
    const perSec = (k: "voluntary" | "involuntary") => (a && b ? a.switches.map((v, i) => round((b.switches[i]![k] - v[k]) / wall, 0)) : []);
    const sentMessages = (res.sent?.edits ?? 0) + (res.sent?.awareness ?? 0);
    // the meeting's rules; the fresh sync it compares with the auditor is on the other node
    const invalid = meetingValidity(res, audit);
    if (res.stealPct > MAX_STEAL_PCT) invalid.push(`steal ${res.stealPct}% > ${MAX_STEAL_PCT}%`);
    const run: MultinodeRun = {
      topology,
      rep,
      valid: invalid.length === 0,
      invalidBecause: invalid,
      setup,
      nodeCpuPct,
      totalCpuPct,
      mainThreadCpuPct,
      probeWorkUs,
      redisCpuPct,
      nodeWakeupsPerSec: perSec("voluntary"),
      nodePreemptionsPerSec: perSec("involuntary"),
      // socket writes (fan-out) per second of each node: relayed changes held for the node's next write lower them
      nodeWritesPerSec: writesPerSec,
      redisPublishesPerClientMessage: topology === "two-nodes" ? round(publishes / Math.max(1, sentMessages), 3) : 0,
      rssMiB: servers.map((s) => round(procMemMiB(s.pid).rss, 1)),
      editLatencyMs: res.editLatencyMs,
      awarenessLatencyMs: res.awarenessLatencyMs,
      delivery: res.delivery,
      deliveriesPerSec: res.deliveriesPerSec,
      loadgenCpuPct: res.loadgenCpuPct,
      firstNodeEventLoopDelayMs: res.eventLoopDelayMs,
      audit,
    };
    say(
      `multinode rep ${rep} ${topology}: ${run.valid ? "valid" : "INVALID (" + invalid.join("; ") + ")"} cpu ${nodeCpuPct.join("+")}=${totalCpuPct}% (main threads ${mainThreadCpuPct.join("+")}) redis ${redisCpuPct}% p50 ${res.editLatencyMs.p50} p99 ${res.editLatencyMs.p99} ms aw p99 ${res.awarenessLatencyMs.p99} ms publishes/msg ${run.redisPublishesPerClientMessage} wakeups/s ${perSec("voluntary").join("+")} preempted/s ${perSec("involuntary").join("+")} writes/s ${writesPerSec.join("+")} loadgen ${res.loadgenCpuPct}% steal ${res.stealPct}% probe ${probeWorkUs} µs`,
    );
    return run;
  } finally {
    for (const s of servers) await s.stop();
    removeDir(dataDir);
  }
}

function summarize(runs: MultinodeRun[]): Record<string, unknown> {
  const out: Record<string, any> = {};
  const get = (r: MultinodeRun, p: string): number => p.split(".").reduce<any>((o, k) => (o == null ? o : o[k]), r) as number;
  // speed-normalised CPU: each run's CPU scaled to the median core speed of the whole invocation
  // (probe work time in its window against the median over all windows)
  const refUs = median(runs.map((r) => get(r, "probeWorkUs")).filter((v) => Number.isFinite(v)));
  for (const r of runs) {
    const us = get(r, "probeWorkUs");
    r.speedNormalisedCpuPct = Number.isFinite(us) && us > 0 && Number.isFinite(refUs) ? round((get(r, "totalCpuPct") * refUs) / us, 1) : NaN;
  }
  for (const t of ["one-node", "two-nodes"] as Topology[]) {
    const mine = runs.filter((r) => r.topology === t);
    const valid = mine.filter((r) => r.valid);
    const use = valid.length > 0 ? valid : mine;
    const med = (p: string) => round(median(use.map((r) => get(r, p)).filter((v) => Number.isFinite(v))), 2);
    out[t] = {
      runs: mine.length,
      validRuns: valid.length,
      totalCpuPct: med("totalCpuPct"),
      speedNormalisedCpuPct: med("speedNormalisedCpuPct"),
      mainThreadCpuPct: round(median(use.map((r) => (r.mainThreadCpuPct as number[]).reduce((x, y) => x + y, 0)).filter((v) => Number.isFinite(v))), 2),
      probeWorkUs: med("probeWorkUs"),
      redisCpuPct: med("redisCpuPct"),
      editP50Ms: med("editLatencyMs.p50"),
      editP99Ms: med("editLatencyMs.p99"),
      editMaxMs: med("editLatencyMs.max"),
      awarenessP99Ms: med("awarenessLatencyMs.p99"),
      redisPublishesPerClientMessage: med("redisPublishesPerClientMessage"),
      loadgenCpuPct: med("loadgenCpuPct"),
    };
  }
  const ratios: number[] = [];
  const normalisedRatios: number[] = [];
  const ratiosWithRedis: number[] = [];
  const p99Delta: number[] = [];
  // pairs of valid runs (a rep whose other half was invalid drops out); all pairs when none is
  const validPair = (r: MultinodeRun) => r.valid && runs.some((x) => x.topology === "one-node" && x.rep === r.rep && x.valid);
  const pairsUsed = runs.some((x) => x.topology === "two-nodes" && validPair(x)) ? "valid" : "all (no valid pair)";
  for (const r of runs.filter((x) => x.topology === "two-nodes" && (pairsUsed === "all (no valid pair)" || validPair(x)))) {
    const single = runs.find((x) => x.topology === "one-node" && x.rep === r.rep);
    if (!single) continue;
    ratios.push(get(r, "totalCpuPct") / get(single, "totalCpuPct"));
    normalisedRatios.push(get(r, "speedNormalisedCpuPct") / get(single, "speedNormalisedCpuPct"));
    ratiosWithRedis.push((get(r, "totalCpuPct") + get(r, "redisCpuPct")) / get(single, "totalCpuPct"));
    p99Delta.push(get(r, "editLatencyMs.p99") - get(single, "editLatencyMs.p99"));
  }
  out.twoNodesVsOne = {
    pairsUsed,
    pairs: ratios.length,
    cpuRatio: round(median(ratios), 2),
    // less sensitive to one noisy rep than the median of the pairs' ratios
    cpuRatioOfMedians: round(out["two-nodes"].totalCpuPct / out["one-node"].totalCpuPct, 2),
    cpuRatioIncludingRedis: round(median(ratiosWithRedis), 2),
    // the same with each run's CPU scaled by the core's speed in its window (see lib/speedProbe.ts)
    speedNormalisedCpuRatio: round(median(normalisedRatios), 2),
    speedNormalisedCpuRatioOfMedians: round(out["two-nodes"].speedNormalisedCpuPct / out["one-node"].speedNormalisedCpuPct, 2),
    editP99DeltaMs: round(median(p99Delta), 2),
    target: "cpuRatio ≤ 1.3",
    meetsTarget: median(ratios) <= 1.3,
  };
  return out;
}

/** Run the multi-node benchmark. */
export async function run(): Promise<unknown> {
  const cfg: Config = {
    n: Number(process.env.BENCH_MULTINODE_N ?? 100),
    seconds: Number(process.env.BENCH_SECONDS ?? 20),
    editHz: Number(process.env.BENCH_EDIT_HZ ?? 2),
    awHz: Number(process.env.BENCH_AWARENESS_HZ ?? 1),
    secondNodeCore: Number(process.env.BENCH_MULTINODE_SECOND_CORE ?? 0),
    warmupS: process.env.BENCH_WARMUP_S ? MEETING_WARMUP_S : MULTINODE_WARMUP_S,
  };
  const reps = Number(process.env.BENCH_REPS ?? 2);
  if (!hasRedisServer()) {
    say("SKIPPED: no redis-server");
    const result = { name: "multinode", skipped: "no redis-server", machine: machine() };
    writeResult("multinode", result);
    return result;
  }
  const started = new Date().toISOString();
  const machineAtStart = machine();
  say(`multinode: ${cfg.n} editors × (${cfg.editHz} edits/s + ${cfg.awHz} awareness/s), ${cfg.seconds} s × ${reps} reps, one node vs two nodes + redis`);
  const redis = await startTestRedis();
  if (redis.pid) pin(redis.pid, 0);
  const probe = startSpeedProbe(0);
  // what one message arriving on its own costs a process on the nodes' core (context for the ratio)
  const deliveryCost = await measureDeliveryCost(0).catch((err: Error) => ({ error: err.message }));
  say(`multinode: a lone 300 B delivery costs a process on core 0 ${JSON.stringify(deliveryCost)}`);
  const runs: MultinodeRun[] = [];
  let lg: LoadGen | null = null;
  let seedDir: string | null = null;
  try {
    // inside the try: a failed seed or load generator must not leave redis-server running
    const seed = await seedJigsaw({ users: 10, plans: 1 });
    seedDir = seed.dir;
    lg = await startLoadGen();
    const loadgen = lg;
    runs.push(
      ...(await alternating<Topology, MultinodeRun>(
        "multinode",
        reps,
        ["one-node", "two-nodes"],
        async (t, rep) => {
          try {
            return await runOne(t, rep, loadgen, seed, redis, cfg, probe);
          } finally {
            await sleep(500);
          }
        },
        (t, rep, why) => ({ topology: t, rep, valid: false, invalidBecause: [why] }),
      )),
    );
  } finally {
    await lg?.stop();
    await redis.stop("SIGTERM");
    probe.stop();
    if (seedDir) removeDir(seedDir);
  }
  const result = {
    name: "multinode",
    at: started,
    machine: { ...machineAtStart, loadAvgAtEnd: machine().loadAvg },
    config: {
      ...cfg,
      reps,
      transport: MEETING_TRANSPORT,
      topology: `two-nodes: first Jigsaw node and redis-server pinned to core 0, second node to core ${cfg.secondNodeCore}, load generator on core 1; one-node: Jigsaw alone on core 0 without REDIS_URL`,
    },
    deliveryCost,
    summary: summarize(runs),
    runs,
  };
  const file = writeResult("multinode", result);
  say(`wrote ${file}`);
  return result.summary;
}

runIfMain(import.meta.url, run);
