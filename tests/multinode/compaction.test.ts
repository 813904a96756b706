import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { collaborationOnly } from "@jigsaw/server/src/services/buildServices.ts";
import { redisSkipReason, startTestRedis, type TestRedis } from "../utils/redisServer.ts";
import { startTestServer, tempDir, type TestServer } from "../utils/testServer.ts";
import { connectYjs, createCollabFixture, waitFor, waitForConvergence, waitForSync, type YClient } from "../utils/yjsClient.ts";
import { appendMarker, missingFrom, storedDoc } from "./cluster.ts";

const skip = redisSkipReason();
let redis: TestRedis | null = null;
const servers: TestServer[] = [];
const clients: YClient[] = [];

/** Two in-process nodes on one SQLite file and one Redis, compacting every few updates. */
async function node(dataDir: string): Promise<TestServer> {
  const s = await startTestServer({
    dataDir,
    env: { REDIS_URL: redis!.url },
    roles: collaborationOnly({ compactAfterUpdates: 8, workerLoadThreshold: 10_000, unloadGraceMs: 100 }),
  });
  servers.push(s);
  return s;
}

beforeAll(async () => {
  if (skip) return;
  redis = await startTestRedis();
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) await s.close().catch(() => undefined);
  await redis?.stop();
});

describe.skipIf(skip !== null)("two nodes compacting one document", () => {
  it("both nodes compact the same log concurrently; storage stays loadable and loses nothing", async () => {
    const dataDir = tempDir("jigsaw-compact-");
    const a = await node(dataDir);
    const b = await node(dataDir);
    const fx = await createCollabFixture(a, "place_plan");
    const { api: editor } = await fx.addMember("editor");
    const all = [
      connectYjs(a, fx.facilitator, fx.planId),
      connectYjs(a, editor, fx.planId),
      connectYjs(b, fx.facilitator, fx.planId),
      connectYjs(b, editor, fx.planId),
    ];
    clients.push(...all);
    await Promise.all(all.map((c) => waitForSync(c)));

    for (let round = 0; round < 60; round++) {
      all.forEach((c, i) => appendMarker(c, `[m${i}-${round}]`));
      await new Promise((r) => setTimeout(r, 10 + (round % 4) * 5));
    }
    await waitForConvergence(all, undefined, 15_000);
    const received = all.flatMap((c) => c.received.slice());
    const text = JSON.stringify(all[0]!.doc.toJSON());
    for (let i = 0; i < 4; i++) expect(text).toContain(`[m${i}-59]`);

    // storage (snapshot + log) holds everything every client saw, while both nodes keep compacting
    await waitFor(async () => missingFrom(await storedDoc(dataDir, fx.planId), received) === 0, "stored state complete", 10_000);
    const logLength = await a.ctx.storage.docs.logLength(fx.planId);
    expect(logLength).toBeLessThan(60 * 4); // compaction ran

    // close everything (final compactions on both nodes), reload from a fresh node: identical
    const state = Y.encodeStateAsUpdate(all[0]!.doc);
    for (const c of all) c.destroy();
    await Promise.all([a.close(), b.close()]);
    const reloaded = await storedDoc(dataDir, fx.planId);
    expect(missingFrom(reloaded, received)).toBe(0);
    expect(Buffer.from(Y.encodeStateAsUpdate(reloaded)).equals(Buffer.from(state))).toBe(true);
  });
});
