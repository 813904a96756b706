import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig, type Config } from "@jigsaw/server/src/env.ts";
import type { Roles } from "@jigsaw/server/src/services/buildServices.ts";
import { startServer, type RunningServer } from "@jigsaw/server/src/server.ts";

/** Options for a test server. */
export interface TestServerOptions {
  /** Extra env vars (e.g. AUTH_RATE_LIMIT). */
  env?: Record<string, string>;
  /** Data directory; a fresh temp dir by default. */
  dataDir?: string;
  /** Process roles to run (every role by default), e.g. `collaborationOnly({ step2WaitMs: 150 })`. */
  roles?: Roles;
  /** Listen on this port (e.g. one already registered with an OpenID Provider); a free one by default. */
  port?: number;
}

/** A running server on port 0 with a temp embedded store, plus its origin. */
export interface TestServer extends RunningServer {
  origin: string;
  dataDir: string;
  config: Config;
}

const created: string[] = [];
let cleanupRegistered = false;

/**
 * Make a fresh temp directory under the OS temp dir. It is removed when the
 * test process exits (not on server close: tests restart servers on the same
 * directory to check durability).
 */
export function tempDir(prefix = "jigsaw-test-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  if (!cleanupRegistered) {
    cleanupRegistered = true;
    process.once("exit", () => {
      for (const d of created) {
        try {
          fs.rmSync(d, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
        } catch {
          // best effort: a child process may still hold a file open
        }
      }
    });
  }
  return dir;
}

/** Start a real server in-process on 127.0.0.1 port 0 with its own SQLite store. */
export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = opts.dataDir ?? tempDir();
  // PUBLIC_URL must match the real port for the Origin allowlist; start on a
  // free port first, then configure PUBLIC_URL from it.
  const port = opts.port ?? (await freePort());
  const config = loadConfig({
    NODE_ENV: "test",
    HOST: "127.0.0.1",
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATA_DIR: dataDir,
    SEED_DEMO: "false",
    LOG_LEVEL: "silent",
    AUTH_RATE_LIMIT: "10000",
    ...opts.env,
  });
  const server = await startServer({ config, ...(opts.roles ? { roles: opts.roles } : {}) });
  return { ...server, origin: `http://127.0.0.1:${port}`, dataDir, config };
}

/** Ask the OS for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  const net = await import("node:net");
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}
