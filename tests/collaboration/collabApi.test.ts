import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addSection, sectionIds, planRoots } from "@jigsaw/shared/plan/index";
import { collaborationOnly } from "@jigsaw/server/src/services/buildServices.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { connectYjs, createCollabFixture, planJson, waitFor, waitForSync, type CollabFixture, type YClient } from "../utils/yjsClient.ts";

let server: TestServer;
let fx: CollabFixture;
const clients: YClient[] = [];
const track = (c: YClient) => (clients.push(c), c);

beforeAll(async () => {
  server = await startTestServer({ roles: collaborationOnly({ unloadGraceMs: 150, compactAfterUpdates: 25 }) });
  fx = await createCollabFixture(server, "place_plan");
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
});

describe("collaboration module API and durability", () => {
  it("records who sent each update, compacts after the threshold, and unloads idle documents", async () => {
    const ed = await fx.addMember("editor");
    const c = track(connectYjs(server, ed.api, fx.planId));
    await waitForSync(c);
    addSection(c.doc, { title: "Attributed section" });
    await waitFor(async () => ((await server.ctx.storage.docs.load(fx.planId))?.updates.length ?? 0) > 0, "stored");
    const log = (await server.ctx.storage.docs.load(fx.planId))!;
    expect(log.updates.every((u) => u.userId === ed.userId)).toBe(true);
    for (let i = 0; i < 40; i++) {
      addSection(c.doc, { title: `S${i}` });
      await new Promise((r) => setTimeout(r, 2));
    }
    await waitFor(async () => (await server.ctx.storage.docs.load(fx.planId))!.snapshotSeq > 0, "compacted after 25 updates");
    c.provider.disconnect();
    const api = server.collab!;
    await waitFor(() => api.loadedDocCount() === 0, "unloaded after grace");
    await waitFor(async () => (await server.ctx.storage.docs.logLength(fx.planId)) === 0, "log compacted on unload");
    const snap = await api.getDocSnapshot(fx.planId);
    const d = new Y.Doc();
    Y.applyUpdate(d, snap!);
    expect(sectionIds(d).length).toBe(sectionIds(c.doc).length);
    expect(await api.getDocSnapshot("nosuchplan123")).toBeNull();
  });

  it("applyServerUpdate stores then relays a server-made change (meta allowed) and refuses junk", async () => {
    const api = server.collab!;
    const c = track(connectYjs(server, fx.facilitator, fx.planId));
    await waitForSync(c);
    const base = new Y.Doc();
    Y.applyUpdate(base, (await api.getDocSnapshot(fx.planId))!);
    const sv = Y.encodeStateVector(base);
    planRoots(base).meta.set("title", "Restored title");
    await api.applyServerUpdate(fx.planId, Y.encodeStateAsUpdate(base, sv), fx.facilitatorId);
    const log = (await server.ctx.storage.docs.load(fx.planId))!;
    expect(log.updates.at(-1)!.userId).toBe(fx.facilitatorId);
    await waitFor(() => planRoots(c.doc).meta.get("title") === "Restored title", "client receives the restore");
    await expect(api.applyServerUpdate(fx.planId, new Uint8Array([1, 2, 3]), null)).rejects.toThrow(/refused/);
    expect(api.connectionCount(fx.planId)).toBeGreaterThanOrEqual(1);
  });

  it("on a storage failure closes the sender with 4500, relays nothing, and recovers once storage works", async () => {
    const a = track(connectYjs(server, fx.facilitator, fx.planId));
    const ed = await fx.addMember("editor");
    const b = track(connectYjs(server, ed.api, fx.planId));
    await Promise.all([waitForSync(a), waitForSync(b)]);
    const docs = server.ctx.storage.docs;
    const realAppend = docs.append.bind(docs);
    docs.append = async () => {
      throw new Error("disk full (injected)");
    };
    try {
      addSection(a.doc, { title: "Written while storage is down" });
      await waitFor(() => a.closeCodes.includes(4500), "sender closed with StorageFailed");
      await new Promise((r) => setTimeout(r, 100));
      expect(planJson(b.doc)).not.toContain("Written while storage is down");
    } finally {
      docs.append = realAppend;
    }
    // the client still holds its edit and resends it on reconnect
    await waitFor(() => planJson(b.doc).includes("Written while storage is down"), "edit arrives after recovery", 15_000);
    const stored = (await docs.load(fx.planId))!;
    expect(stored.updates.length + (stored.snapshot ? 1 : 0)).toBeGreaterThan(0);
  });
});
