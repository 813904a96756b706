import path from "node:path";
import * as Y from "yjs";
import { openDatabase } from "@jigsaw/server/src/storage/embedded/database.ts";
import { createDocStore } from "@jigsaw/server/src/storage/embedded/docStore.ts";
import { sectionBody, sectionIds } from "@jigsaw/shared/plan/index";
import { spawn } from "node:child_process";
import type { ChildServer } from "../utils/childServer.ts";
import type { TestRedis } from "../utils/redisServer.ts";
import { freePort } from "../utils/testServer.ts";
import type { YClient } from "../utils/yjsClient.ts";

/** Two real server processes sharing one data dir (SQLite in WAL mode) and one Redis. */
export interface Cluster {
  a: ChildServer;
  b: ChildServer;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Start nodes A and B together. The shared SQLite file is created and
 * migrated here first (two processes migrating one new file would race).
 * Both accept both origins, so a client may use either.
 */
export async function startCluster(dataDir: string, redis: TestRedis, env: Record<string, string> = {}): Promise<Cluster> {
  openDatabase(path.join(dataDir, "jigsaw.sqlite")).close();
  const [pa, pb] = [await freePort(), await freePort()];
  const common = {
    REDIS_URL: redis.url,
    ALLOWED_ORIGINS: `http://127.0.0.1:${pa},http://127.0.0.1:${pb}`,
    ...env,
  };
  const started = await Promise.allSettled([startNode(dataDir, pa, common), startNode(dataDir, pb, common)]);
  const [a, b] = started.map((r) => (r.status === "fulfilled" ? r.value : null));
  if (!a || !b) {
    await Promise.all([a?.kill(), b?.kill()]);
    const failed = started.find((r) => r.status === "rejected") as PromiseRejectedResult;
    throw failed.reason;
  }
  return {
    a,
    b,
    dataDir,
    async stop() {
      await Promise.all([a.kill("SIGKILL"), b.kill("SIGKILL")]);
    },
  };
}

const root = path.resolve(import.meta.dirname, "../..");

/**
 * `node --import tsx server/src/main.ts` like `startChildServer`, but with a
 * longer start-up deadline (two nodes start at once on a 2-core machine).
 */
export async function startNode(dataDir: string, port: number, env: Record<string, string>, deadlineMs = 90_000): Promise<ChildServer> {
  const origin = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, ["--import", "tsx", "server/src/main.ts"], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "test",
      HOST: "127.0.0.1",
      PORT: String(port),
      PUBLIC_URL: origin,
      DATA_DIR: dataDir,
      SEED_DEMO: "false",
      LOG_LEVEL: process.env.CHILD_LOG_LEVEL ?? "silent",
      AUTH_RATE_LIMIT: "10000",
      ...env,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`node on ${port} exited with ${proc.exitCode}`);
    try {
      if ((await fetch(`${origin}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      proc.kill("SIGKILL");
      throw new Error(`node on ${port} did not start`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url: origin,
    origin,
    port,
    dataDir,
    proc,
    async kill(signal: NodeJS.Signals = "SIGKILL") {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      await exited;
    },
  };
}

/** The status code of GET /readyz. */
export async function readyStatus(server: { url: string }): Promise<number> {
  try {
    return (await fetch(`${server.url}/readyz`)).status;
  } catch {
    return 0;
  }
}

/** The plan's document as stored (snapshot + log), read straight from the shared SQLite file. */
export async function storedDoc(dataDir: string, planId: string): Promise<Y.Doc> {
  const db = openDatabase(path.join(dataDir, "jigsaw.sqlite"));
  try {
    const stored = await createDocStore(db).load(planId);
    const doc = new Y.Doc();
    if (stored?.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored?.updates ?? []) Y.applyUpdate(doc, u.data);
    return doc;
  } finally {
    db.close();
  }
}

/** Append a marker paragraph to the first section of a client's doc. */
export function appendMarker(c: YClient, marker: string): void {
  const sid = sectionIds(c.doc)[0]!;
  const body = sectionBody(c.doc, sid)!;
  c.doc.transact(() => body.insert(body.length, [new Y.XmlText(marker)]));
}

/** Updates received from servers that the document `doc` does not contain. */
export function missingFrom(doc: Y.Doc, received: readonly Uint8Array[]): number {
  const snap = Y.snapshot(doc);
  return received.filter((u) => !Y.snapshotContainsUpdate(snap, u)).length;
}
