/**
 * The meeting benchmark with the client libraries real users run (issue 21's
 * "server's cost with the client Jigsaw ships"): N editors (default 50), each a
 * full `Y.Doc` behind a provider, 2 edits/s and 1 presence update/s, server
 * pinned to core 0 and the load generator (`lib/providerLoadgen.ts`) to core 1.
 * Kinds, alternating order per repetition:
 * - `jigsaw`: Jigsaw's server with Jigsaw's client (y-websocket's provider, own presence only);
 * - `jigsaw-stock`: Jigsaw's server with stock `WebsocketProvider`s (every presence change echoed);
 * - `hp4db`: Hocuspocus 4 with its own `HocuspocusProvider`, SQLite persistence through its hooks.
 *
 * Run: `npm run bench -- meetingClients`.
 * Env: BENCH_SECONDS (20), BENCH_REPS (3), BENCH_CLIENTS_N (50), BENCH_CLIENT_KINDS (jigsaw,jigsaw-stock,hp4db),
 * BENCH_EDIT_HZ (2), BENCH_AWARENESS_HZ (1). Writes tests/bench/results/meetingClients.json.
 */
import { fork } from "node:child_process";
import path from "node:path";
import { alternating, benchDir, machine, median, peerVersions, pin, procCpuSeconds, procMemMiB, round, runIfMain, say, sleep, writeResult } from "./lib/common.ts";
import { copySeed, removeDir, seedJigsaw, type JigsawSeed } from "./lib/jigsawSeed.ts";
import type { ProviderLoadConfig, ProviderLoadResult } from "./lib/providerLoadgen.ts";
import { startServer } from "./lib/servers.ts";

type ClientKind = ProviderLoadConfig["client"];

interface ClientsRun {
  kind: ClientKind;
  rep: number;
  valid: boolean;
  invalidBecause: string[];
  serverCpuPct?: number;
  rssMiB?: number;
  load?: ProviderLoadResult;
}

/** Fork the load generator on core 1, wait until every editor is in, run the window; server CPU over the same window. */
async function drive(cfg: ProviderLoadConfig, serverPid: number): Promise<{ load: ProviderLoadResult; serverCpuPct: number }> {
  const child = fork(path.join(benchDir, "lib/providerLoadgen.ts"), [], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  pin(child.pid!, 1);
  const messages: any[] = [];
  let wake: (() => void) | null = null;
  child.on("message", (m) => {
    messages.push(m);
    wake?.();
  });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const next = async (ms: number): Promise<any> => {
    const until = Date.now() + ms;
    while (messages.length === 0) {
      if (child.exitCode !== null) throw new Error(`load generator exited (${child.exitCode})`);
      if (Date.now() > until) throw new Error("load generator timed out");
      await new Promise<void>((r) => {
        wake = r;
        setTimeout(r, 200);
      });
    }
    const m = messages.shift();
    if (m?.error) throw new Error(m.error as string);
    return m;
  };
  try {
    child.send(cfg);
    await next(180_000); // ready
    await sleep(2000); // settle after joining
    const cpu0 = procCpuSeconds(serverPid);
    const t0 = Date.now();
    child.send({ go: true });
    await sleep(cfg.seconds * 1000);
    const serverCpuPct = ((procCpuSeconds(serverPid) - cpu0) / ((Date.now() - t0) / 1000)) * 100;
    const { result } = (await next(60_000)) as { result: ProviderLoadResult };
    return { load: result, serverCpuPct: round(serverCpuPct, 1) };
  } finally {
    if (child.exitCode === null) child.kill("SIGKILL");
    await exited;
  }
}

async function runOne(kind: ClientKind, rep: number, seed: JigsawSeed, base: Omit<ProviderLoadConfig, "client" | "url" | "docName" | "cookies" | "origin">): Promise<ClientsRun> {
  const jigsaw = kind !== "hp4db";
  const dataDir = jigsaw ? copySeed(seed) : null;
  const server = await startServer(jigsaw ? "jigsaw" : "hp4db", dataDir ? { dataDir } : {});
  try {
    const cfg: ProviderLoadConfig = {
      ...base,
      client: kind,
      url: jigsaw ? `ws://127.0.0.1:${server.port}/collab` : `ws://127.0.0.1:${server.port}/`,
      docName: jigsaw ? seed.planIds[0]! : `meeting-${rep}`,
      cookies: jigsaw ? seed.cookies : [],
      origin: server.origin,
    };
    const { load, serverCpuPct } = await drive(cfg, server.pid);
    const invalid: string[] = [];
    // every edit from editors 1..n-1 should reach the observer
    const expected = load.edits * ((base.n - 1) / base.n);
    if (load.received < expected * 0.95) invalid.push(`observer received ${load.received} of ~${Math.round(expected)} edits`);
    if (load.loadgenCpuPct > 90) invalid.push(`load generator saturated (${load.loadgenCpuPct}% of its core)`);
    const run: ClientsRun = { kind, rep, valid: invalid.length === 0, invalidBecause: invalid, serverCpuPct, rssMiB: round(procMemMiB(server.pid).rss, 1), load };
    say(
      `meetingClients rep ${rep} ${kind}: ${run.valid ? "valid" : "INVALID (" + invalid.join("; ") + ")"} server cpu ${serverCpuPct}% edit p50 ${load.editLatencyMs.p50} p99 ${load.editLatencyMs.p99} ms, awareness frames sent ${load.awarenessFramesSent}, loadgen ${load.loadgenCpuPct}%`,
    );
    return run;
  } finally {
    await server.stop();
    if (dataDir) removeDir(dataDir);
  }
}

/** Run the real-client meeting benchmark. */
export async function run(): Promise<unknown> {
  const n = Number(process.env.BENCH_CLIENTS_N ?? 50);
  const seconds = Number(process.env.BENCH_SECONDS ?? 20);
  const editHz = Number(process.env.BENCH_EDIT_HZ ?? 2);
  const awHz = Number(process.env.BENCH_AWARENESS_HZ ?? 1);
  const reps = Number(process.env.BENCH_REPS ?? 3);
  const kinds = (process.env.BENCH_CLIENT_KINDS ?? "jigsaw,jigsaw-stock,hp4db").split(",").map((s) => s.trim()) as ClientKind[];
  const started = new Date().toISOString();
  const machineAtStart = machine();
  say(`meetingClients: ${n} provider clients × (${editHz} edits/s + ${awHz} presence/s), ${seconds} s × ${reps} reps, ${kinds.join(",")}`);
  const seed = await seedJigsaw({ users: n, plans: 1 });
  const runs: ClientsRun[] = [];
  try {
    runs.push(
      ...(await alternating(
        "meetingClients",
        reps,
        kinds,
        (kind, rep) => runOne(kind, rep, seed, { n, editHz, awHz, seconds }),
        (kind, rep, why) => ({ kind, rep, valid: false, invalidBecause: [why] }),
      )),
    );
  } finally {
    removeDir(seed.dir);
  }
  const summary: Record<string, unknown> = {};
  for (const k of kinds) {
    const mine = runs.filter((r) => r.kind === k && r.valid);
    const med = (f: (r: ClientsRun) => number) => (mine.length ? round(median(mine.map(f)), 2) : null);
    summary[k] = {
      validRuns: mine.length,
      serverCpuPct: med((r) => r.serverCpuPct!),
      editP50Ms: med((r) => r.load!.editLatencyMs.p50),
      editP99Ms: med((r) => r.load!.editLatencyMs.p99),
      awarenessFramesSentPerS: med((r) => r.load!.awarenessFramesSent / seconds),
      rssMiB: med((r) => r.rssMiB!),
      loadgenCpuPct: med((r) => r.load!.loadgenCpuPct),
    };
  }
  const result = {
    name: "meetingClients",
    at: started,
    machine: { ...machineAtStart, loadAvgAtEnd: machine().loadAvg },
    versions: peerVersions(),
    config: { editors: n, editHz, awarenessHz: awHz, seconds, reps, kinds, pinned: machineAtStart.taskset ? "server core 0, load generator core 1" : "not pinned" },
    summary,
    runs,
  };
  const file = writeResult("meetingClients", result);
  say(`wrote ${file}`);
  return summary;
}

runIfMain(import.meta.url, run);
