/**
 * Start the benchmarked servers as child processes, pinned to core 0, with
 * the event-loop-delay preload. Kinds: Jigsaw (embedded SQLite, persistence
 * on), Hocuspocus 4, @y/websocket-server 0.1.1, raw relay, coalescing relay.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../utils/testServer.ts";
import { benchDir, pin, repoRoot, sleep } from "./common.ts";

/** A server under test. */
export type ServerKind = "jigsaw" | "hp4" | "hp4db" | "ywss" | "relay" | "crelay";

/** Hocuspocus servers speak its framing (document name before every message). */
export function isHocuspocus(kind: ServerKind): boolean {
  return kind === "hp4" || kind === "hp4db";
}

/** Wire framing the load generator must speak to a server. */
export type Framing = "y" | "hp";

/** A running server child process. */
export interface BenchServer {
  kind: ServerKind;
  pid: number;
  port: number;
  /** http://127.0.0.1:port */
  origin: string;
  framing: Framing;
  /** websocket URL of a document/plan */
  docUrl(doc: string): string;
  /** File the event-loop preload writes on SIGUSR2 (see `eldSample`). */
  eldFile: string;
  stop(): Promise<void>;
}

const SCRIPT: Record<Exclude<ServerKind, "jigsaw" | "ywss">, string> = {
  hp4: path.join(benchDir, "lib/hocuspocusServer.ts"),
  hp4db: path.join(benchDir, "lib/hocuspocusServer.ts"),
  relay: path.join(benchDir, "lib/relayServer.ts"),
  crelay: path.join(benchDir, "lib/relayServer.ts"),
};

/** Options for `startServer`. */
export interface StartOptions {
  /** Jigsaw data directory (already seeded). */
  dataDir?: string;
  /** Fixed port (Jigsaw sessions do not depend on it; PUBLIC_URL does). */
  port?: number;
  env?: Record<string, string>;
  core?: number;
}

/** Start a server and wait until it accepts HTTP. */
export async function startServer(kind: ServerKind, opts: StartOptions = {}): Promise<BenchServer> {
  const port = opts.port ?? (await freePort());
  const origin = `http://127.0.0.1:${port}`;
  const eldFile = path.join(os.tmpdir(), `bench-eld-${process.pid}-${port}.json`);
  // BENCH_SERVER_NODE_ARGS: extra node flags for every server, to find where time goes
  // (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", "--perf-basic-prof" for `perf record`, or "--trace-gc"
  // with BENCH_SERVER_STDOUT=file: servers append their stdout there instead of dropping it)
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(/\s+/).filter(Boolean);
  const preload = [...extra, "--import", "tsx", "--import", path.join(benchDir, "lib/eldPreload.ts")];
  let args: string[];
  const env: Record<string, string> = { ...(process.env as Record<string, string>), HOST: "127.0.0.1", PORT: String(port), BENCH_ELD_FILE: eldFile };
  if (kind === "jigsaw") {
    if (!opts.dataDir) throw new Error("jigsaw needs a dataDir");
    args = [...preload, "server/src/main.ts"];
    Object.assign(env, {
      NODE_ENV: "production",
      PUBLIC_URL: origin,
      DATA_DIR: opts.dataDir,
      SEED_DEMO: "false",
      LOG_LEVEL: "warn",
      AUTH_RATE_LIMIT: "100000",
    });
  } else if (kind === "ywss") {
    args = [...preload, path.join(repoRoot, "node_modules/@y/websocket-server/src/server.js")];
  } else {
    args = [...preload, SCRIPT[kind]];
    if (kind === "crelay") env.MODE = "crelay";
    if (kind === "hp4db") env.HP_DB = path.join(os.tmpdir(), `bench-hp4db-${process.pid}-${port}.sqlite`);
  }
  Object.assign(env, opts.env ?? {});
  const proc: ChildProcess = spawn(process.execPath, args, { cwd: repoRoot, env, stdio: ["ignore", process.env.BENCH_SERVER_STDOUT ? fs.openSync(process.env.BENCH_SERVER_STDOUT, "a") : "ignore", "inherit"], detached: true });
  const exited = new Promise<void>((r) => proc.once("exit", () => r()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`${kind} exited with ${proc.exitCode}`);
    try {
      const r = await fetch(kind === "jigsaw" ? `${origin}/healthz` : origin);
      await r.arrayBuffer();
      break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      proc.kill("SIGKILL");
      throw new Error(`${kind} did not start`);
    }
    await sleep(100);
  }
  const pid = proc.pid!;
  pin(pid, opts.core ?? 0);
  return {
    kind,
    pid,
    port,
    origin,
    framing: isHocuspocus(kind) ? "hp" : "y",
    docUrl(doc: string) {
      if (kind === "jigsaw") return `ws://127.0.0.1:${port}/collab/${doc}`;
      if (isHocuspocus(kind)) return `ws://127.0.0.1:${port}/`;
      return `ws://127.0.0.1:${port}/${doc}`;
    },
    eldFile,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
      const t = setTimeout(() => proc.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(t);
      fs.rmSync(eldFile, { force: true });
      if (env.HP_DB) for (const f of [env.HP_DB, `${env.HP_DB}-wal`, `${env.HP_DB}-shm`]) fs.rmSync(f, { force: true });
    },
  };
}
