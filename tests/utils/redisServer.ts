import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import net from "node:net";
import { freePort } from "./testServer.ts";

/** Where the Debian package installs the server (`.ci/run` installs it). */
const BINARY = process.env.REDIS_SERVER_BIN ?? "redis-server";

/** A throwaway redis-server child on a loopback port (no persistence). */
export interface TestRedis {
  port: number;
  url: string;
  /** Kill it (SIGKILL by default: an outage, everything in memory lost). */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Start it again on the same port (empty: it never persists). */
  restart(): Promise<void>;
  /** Whether it is running now. */
  readonly running: boolean;
  /** Process id of the current redis-server (for CPU sampling). */
  readonly pid: number | null;
}

/** True when a `redis-server` binary can be run here. */
export function hasRedisServer(): boolean {
  const r = spawnSync(BINARY, ["--version"], { stdio: "ignore" });
  return r.status === 0;
}

/**
 * The reason to skip Redis tests (printed as `SKIPPED: no redis-server`), or
 * null when the binary is present.
 */
export function redisSkipReason(): string | null {
  if (hasRedisServer()) return null;
  process.stdout.write("SKIPPED: no redis-server\n");
  return "no redis-server";
}

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = net.connect(port, "127.0.0.1");
      s.once("connect", () => {
        s.end();
        resolve();
      });
      s.once("error", () => {
        s.destroy();
        if (Date.now() > end) reject(new Error(`redis-server did not listen on ${port}`));
        else setTimeout(attempt, 25);
      });
    };
    attempt();
  });
}

/** Start `redis-server --port <free> --bind 127.0.0.1 --save "" --appendonly no` as a child. Never touches 6379. */
export async function startTestRedis(port?: number): Promise<TestRedis> {
  const p = port ?? (await freePort());
  let proc: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  const launch = async () => {
    const child = spawn(BINARY, ["--port", String(p), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "yes"], {
      stdio: "ignore",
    });
    proc = child;
    exited = new Promise((resolve) => child.once("exit", () => resolve()));
    await waitForPort(p, 10_000);
  };
  await launch();
  const stop = async (signal: NodeJS.Signals = "SIGKILL") => {
    const running = proc as ChildProcess | null;
    if (running && running.exitCode === null && running.signalCode === null) running.kill(signal);
    await exited;
  };
  return {
    port: p,
    url: `redis://127.0.0.1:${p}`,
    get pid() {
      return (proc as ChildProcess | null)?.pid ?? null;
    },
    get running() {
      return proc !== null && proc.exitCode === null && proc.signalCode === null;
    },
    stop,
    async restart() {
      await stop();
      await launch();
    },
  };
}
