import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";
import { freePort, startTestServer, type TestServer } from "./testServer.ts";
import type { YClient } from "./yjsClient.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A Jigsaw server running as a child process (for crash tests). */
export interface ChildServer {
  url: string;
  origin: string;
  port: number;
  dataDir: string;
  proc: ChildProcess;
  /** What the server wrote to stdout so far (only with `capture`; otherwise it goes to the test's stdout). */
  output(): string;
  /** Kill with a signal and wait for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Start `node --import tsx server/src/main.ts` on `port` (free port by default) with `dataDir`; resolves when
 * /healthz answers, or fails after `deadlineMs` (generous: several nodes may start at once on a 2-core machine).
 */
export async function startChildServer(
  dataDir: string,
  port?: number,
  env: Record<string, string> = {},
  deadlineMs = 90_000,
  opts: { capture?: boolean } = {},
): Promise<ChildServer> {
  const p = port ?? (await freePort());
  const origin = `http://127.0.0.1:${p}`;
  const proc = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      PORT: String(p),
      PUBLIC_URL: origin,
      DATA_DIR: dataDir,
      SEED_DEMO: "false",
      LOG_LEVEL: process.env.CHILD_LOG_LEVEL ?? "silent",
      AUTH_RATE_LIMIT: "10000",
      ...env,
    },
    stdio: ["ignore", opts.capture ? "pipe" : "inherit", "inherit"],
  });
  let out = "";
  proc.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    out += chunk;
  });
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server on ${p} exited with ${proc.exitCode}`);
    try {
      const r = await fetch(`${origin}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      proc.kill("SIGKILL");
      throw new Error(`server on ${p} did not start`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: origin,
    origin,
    port: p,
    dataDir,
    proc,
    output: () => out,
    async kill(signal: NodeJS.Signals = "SIGKILL") {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}

/**
 * The servers and clients of a crash test file, all stopped after its tests:
 * clients destroyed, the child SIGKILLed, the in-process server that was
 * restarted on the child's data closed.
 */
export function crashTestRig(): {
  clients: YClient[];
  startChild: (...args: Parameters<typeof startChildServer>) => Promise<ChildServer>;
  restartInProcess: (dataDir: string) => Promise<TestServer>;
} {
  let child: ChildServer | null = null;
  let restarted: TestServer | null = null;
  const clients: YClient[] = [];
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await child?.kill("SIGKILL");
    await restarted?.close();
  });
  return {
    clients,
    startChild: async (...args) => (child = await startChildServer(...args)),
    restartInProcess: async (dataDir) => (restarted = await startTestServer({ dataDir })),
  };
}
