import path from "node:path";
import * as Y from "yjs";
import { openDatabase } from "@jigsaw/server/src/storage/embedded/database.ts";
import { createDocStore } from "@jigsaw/server/src/storage/embedded/docStore.ts";
import { sectionBody, sectionIds } from "@jigsaw/shared/plan/index";
import { startChildServer, type ChildServer } from "../utils/childServer.ts";
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
  const started = await Promise.allSettled([startChildServer(dataDir, pa, common), startChildServer(dataDir, pb, common)]);
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
