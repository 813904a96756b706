/**
 * Benchmark F1/F2 (performance.md §4.2): a fleet — 2,000 connections over
 * 400 plans (5 members each, ~26 KB plans), awareness set once and renewed
 * every 15 s, an idle window, then a reconnect storm of every socket at once
 * (no jitter, 200 handshakes in flight; clients keep their state).
 * Reports memory per idle connection, idle CPU, time until all resynced and
 * rejoin p50/p99. Servers: Jigsaw (SQLite), Hocuspocus 4, y-websocket-server.
 *
 * Run: `npm run bench -- fleet`. Env: BENCH_REPS (3), BENCH_FLEET_PLANS (400),
 * BENCH_FLEET_MEMBERS (5), BENCH_FLEET_IDLE_S (20), BENCH_SERVERS (jigsaw,hp4,ywss).
 * Writes tests/bench/results/fleet.json.
 */
import { alternating, machine, median, peerVersions, procMemMiB, round, runIfMain, say, sleep, writeResult } from "./lib/common.ts";
import { copySeed, removeDir, seedJigsaw, type JigsawSeed } from "./lib/jigsawSeed.ts";
import { startLoadGen, type LoadGen } from "./lib/loadgenDriver.ts";
import { fleetPlanUpdate } from "./lib/planContent.ts";
import { RawClient, type Target } from "./lib/rawClient.ts";
import { isHocuspocus, startServer, type ServerKind } from "./lib/servers.ts";

interface FleetRun {
  server: ServerKind;
  rep: number;
  valid: boolean;
  invalidBecause: string[];
  [k: string]: unknown;
}

/** Upload the fleet content into every seeded plan through the running seed server. */
async function uploadSeed(origin: string, port: number, seed: JigsawSeed, content: Uint8Array): Promise<void> {
  const clients = seed.planIds.map(
    (planId, i) =>
      new RawClient(i, { url: `ws://127.0.0.1:${port}/collab/${planId}`, framing: "y", docName: planId, headers: { cookie: seed.cookies[0]!, origin }, relay: false }, { replyToStep1: () => content }),
  );
  for (let i = 0; i < clients.length; i += 50) {
    const batch = clients.slice(i, i + 50);
    await Promise.all(batch.map((c) => c.connect()));
    const end = Date.now() + 30_000;
    while (batch.some((c) => !c.synced) && Date.now() < end) await sleep(20);
    await sleep(200);
    for (const c of batch) c.close();
  }
  await sleep(500);
}

async function runOne(kind: ServerKind, rep: number, lg: LoadGen, seed: JigsawSeed | null, content: Uint8Array, cfg: { plans: number; members: number; idleS: number }): Promise<FleetRun> {
  const dataDir = kind === "jigsaw" && seed ? copySeed(seed) : null;
  const server = await startServer(kind, dataDir ? { dataDir } : {});
  try {
    await sleep(1000);
    const base = procMemMiB(server.pid).rss;
    const targets: Target[][] = [];
    for (let p = 0; p < cfg.plans; p++) {
      const docName = kind === "jigsaw" ? seed!.planIds[p]! : `fleet-${rep}-${p}`;
      const members: Target[] = [];
      for (let j = 0; j < cfg.members; j++) {
        members.push({
          url: server.docUrl(docName),
          framing: isHocuspocus(kind) ? "hp" : "y",
          docName,
          headers: kind === "jigsaw" ? { cookie: seed!.cookies[j % seed!.cookies.length]!, origin: server.origin } : {},
          relay: false,
          transport: "net",
        });
      }
      targets.push(members);
    }
    const setup = await lg.call<Record<string, any>>("fleetSetup", { targets, seed: content });
    const idle = await lg.call<{ idleCpuPct: number }>("fleetIdle", { seconds: cfg.idleS, serverPid: server.pid });
    const afterIdle = procMemMiB(server.pid).rss;
    const conns = setup.connections as number;
    const perConnKiB = ((afterIdle - base) * 1024) / conns;
    const storm = await lg.call<Record<string, any>>("fleetStorm", { serverPid: server.pid, eldFile: server.eldFile, inFlight: 200, pauseMs: 1000 });
    await sleep(1000);
    const afterStorm = procMemMiB(server.pid);
    await lg.call("fleetClose");
    const invalid: string[] = [];
    if (storm.synced !== conns) invalid.push(`only ${storm.synced}/${conns} resynced`);
    if (storm.loadgenCpuPct >= 70) invalid.push(`load generator at ${storm.loadgenCpuPct}% CPU during the storm`);
    const run: FleetRun = {
      server: kind,
      rep,
      valid: invalid.length === 0,
      invalidBecause: invalid,
      connections: conns,
      connect: setup,
      baseRssMiB: round(base, 1),
      idleRssMiB: round(afterIdle, 1),
      perConnectionKiB: round(perConnKiB, 1),
      idleCpuPct: idle.idleCpuPct,
      storm,
      rssAfterStormMiB: round(afterStorm.rss, 1),
      peakRssMiB: round(afterStorm.hwm, 1),
    };
    say(
      `fleet rep ${rep} ${kind}: ${run.valid ? "valid" : "INVALID (" + invalid.join("; ") + ")"} ${round(perConnKiB, 0)} KiB/conn idle cpu ${idle.idleCpuPct}% storm ${storm.allSyncedS} s rejoin p50 ${storm.rejoinMs.p50} p99 ${storm.rejoinMs.p99} ms server ${storm.serverCpuPct}% loadgen ${storm.loadgenCpuPct}%`,
    );
    return run;
  } finally {
    await server.stop();
    if (dataDir) removeDir(dataDir);
  }
}

/** Run the fleet benchmark. */
export async function run(): Promise<unknown> {
  const reps = Number(process.env.BENCH_REPS ?? 3);
  const plans = Number(process.env.BENCH_FLEET_PLANS ?? 400);
  const members = Number(process.env.BENCH_FLEET_MEMBERS ?? 5);
  const idleS = Number(process.env.BENCH_FLEET_IDLE_S ?? 20);
  const kinds = (process.env.BENCH_SERVERS ?? "jigsaw,hp4,ywss").split(",").map((s) => s.trim()).filter((k) => k !== "relay" && k !== "crelay") as ServerKind[];
  const started = new Date().toISOString();
  const machineAtStart = machine();
  const content = fleetPlanUpdate();
  say(`fleet: ${plans} plans × ${members} members, plan content ${content.length} B, idle ${idleS} s, ${reps} reps, servers ${kinds.join(",")}`);
  const seed = kinds.includes("jigsaw")
    ? await seedJigsaw({ users: members, plans, template: "blank", after: ({ origin, port, seed: s }) => uploadSeed(origin, port, s, content) })
    : null;
  const lg = await startLoadGen();
  const runs: FleetRun[] = [];
  try {
    runs.push(
      ...(await alternating(
        "fleet",
        reps,
        kinds,
        (kind, rep) => runOne(kind, rep, lg, seed, content, { plans, members, idleS }),
        async (kind, rep, why) => {
          await lg.call("fleetClose").catch(() => undefined);
          return { server: kind, rep, valid: false, invalidBecause: [why] };
        },
      )),
    );
  } finally {
    await lg.stop();
    if (seed) removeDir(seed.dir);
  }
  const summary: Record<string, unknown> = {};
  for (const k of kinds) {
    const mine = runs.filter((r) => r.server === k);
    const valid = mine.filter((r) => r.valid);
    const use = valid.length > 0 ? valid : mine;
    const med = (f: (r: any) => number) => round(median(use.map((r) => f(r))), 2);
    summary[k] = {
      runs: mine.length,
      validRuns: valid.length,
      perConnectionKiB: med((r) => r.perConnectionKiB),
      idleCpuPct: med((r) => r.idleCpuPct),
      stormAllSyncedS: med((r) => r.storm?.allSyncedS),
      rejoinP50Ms: med((r) => r.storm?.rejoinMs?.p50),
      rejoinP99Ms: med((r) => r.storm?.rejoinMs?.p99),
      stormServerCpuPct: med((r) => r.storm?.serverCpuPct),
      stormLoadgenCpuPct: med((r) => r.storm?.loadgenCpuPct),
      stormEventLoopP99Ms: med((r) => r.storm?.eventLoopDelayMs?.p99),
      rssAfterStormMiB: med((r) => r.rssAfterStormMiB),
      idleRssMiB: med((r) => r.idleRssMiB),
      baseRssMiB: med((r) => r.baseRssMiB),
    };
  }
  const result = {
    name: "fleet",
    at: started,
    machine: { ...machineAtStart, loadAvgAtEnd: machine().loadAvg },
    versions: peerVersions(),
    config: { plans, members, planBytes: content.length, idleS, reps, servers: kinds, stormInFlight: 200, stormPauseMs: 1000 },
    targets: { perConnectionKiB: 100, stormAllSyncedS: 0.7, rejoinP99Ms: 100 },
    summary,
    runs,
  };
  const file = writeResult(process.env.BENCH_RESULT_NAME ?? "fleet", result);
  say(`wrote ${file}`);
  return summary;
}

runIfMain(import.meta.url, run);
