import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CloseEvents } from "@jigsaw/shared/realtime/closeEvents";
import { collaborationOnly } from "@jigsaw/server/src/services/buildServices.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { readCorpus } from "../utils/malformedCorpus.ts";
import { closeCode, connectYjs, createCollabFixture, rawCollabSocket, waitForSync, type CollabFixture, type YClient } from "../utils/yjsClient.ts";

let server: TestServer;
let fx: CollabFixture;
let editorCookie: string | null;
let observer: YClient;

async function storedBytes(planId: string): Promise<Buffer> {
  const s = await server.ctx.storage.docs.load(planId);
  const doc = new Y.Doc();
  if (s?.snapshot) Y.applyUpdate(doc, s.snapshot);
  for (const u of s?.updates ?? []) Y.applyUpdate(doc, u.data);
  return Buffer.from(Y.encodeStateAsUpdate(doc));
}

async function liveBytes(planId: string): Promise<Buffer> {
  return Buffer.from((await server.collab!.getDocSnapshot(planId))!);
}

beforeAll(async () => {
  // an update missing its dependencies waits this long for the client's sync step 2 (which
  // may carry them) before the connection is closed as malformed
  server = await startTestServer({ roles: collaborationOnly({ step2WaitMs: 300 }) });
  fx = await createCollabFixture(server, "place_plan");
  const ed = await fx.addMember("editor");
  editorCookie = ed.api.cookieHeader;
  observer = connectYjs(server, fx.facilitator, fx.planId);
  await waitForSync(observer);
});

afterAll(async () => {
  observer?.destroy();
  await server?.close();
});

describe("malformed message corpus (tests/fixtures/malformed)", () => {
  const corpus = readCorpus();

  it("has entries", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
  });

  it("closes each offending connection with the expected code and never changes the document", async () => {
    const stored0 = await storedBytes(fx.planId);
    const live0 = await liveBytes(fx.planId);
    const received0 = observer.received.length;
    const failures: string[] = [];
    for (const entry of corpus) {
      const sock = await rawCollabSocket(server, fx.planId, { cookie: editorCookie, origin: server.origin });
      await sock.next((m) => m[0] === 0 && m[1] === 0); // attached: the server's SyncStep1 arrived
      const closed = closeCode(sock.ws);
      sock.ws.send(entry.bytes);
      if (entry.expectedCode === 1000) {
        await new Promise((r) => setTimeout(r, 100));
        if (sock.ws.readyState !== sock.ws.OPEN) failures.push(`${entry.file}: closed unexpectedly`);
        sock.ws.close(1000);
      }
      const code = await closed.catch(() => -1);
      if (code !== entry.expectedCode) failures.push(`${entry.file}: closed with ${code}, expected ${entry.expectedCode}`);
    }
    expect(failures).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((await storedBytes(fx.planId)).equals(stored0)).toBe(true);
    expect((await liveBytes(fx.planId)).equals(live0)).toBe(true);
    expect(observer.received.length).toBe(received0);
    expect(observer.provider.wsconnected).toBe(true);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it("closes a frame above maxPayload (ws 1009) and a message flood (RateLimited 4529)", async () => {
    const big = await rawCollabSocket(server, fx.planId, { cookie: editorCookie, origin: server.origin });
    await big.next((m) => m[0] === 0);
    const bigClosed = closeCode(big.ws);
    big.ws.send(new Uint8Array(2 * 1024 * 1024 + 10));
    expect(await bigClosed).toBe(1009);

    const flood = await rawCollabSocket(server, fx.planId, { cookie: editorCookie, origin: server.origin });
    await flood.next((m) => m[0] === 0);
    const floodClosed = closeCode(flood.ws);
    for (let i = 0; i < 600; i++) flood.ws.send(new Uint8Array([0, 0, 1, 0]));
    expect(await floodClosed).toBe(CloseEvents.RateLimited.code);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it("fuzzes truncations and bit flips of valid frames without crashing or changing the document", async () => {
    const seed = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31));
    let s = seed >>> 0;
    const rnd = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
    const stored0 = await storedBytes(fx.planId);
    const seedDoc = new Y.Doc();
    seedDoc.getArray("sectionOrder").insert(0, ["a", "b", "c"]);
    seedDoc.getArray("sectionOrder").delete(1, 1);
    const upd = Y.encodeStateAsUpdate(seedDoc);
    const base = new Uint8Array([0, 2, upd.length, ...upd]);
    let accepted = 0;
    try {
      for (let i = 0; i < 40; i++) {
        const m = base.slice(0, 1 + Math.floor(rnd() * base.length));
        if (rnd() < 0.6 && m.length > 3) m[3 + Math.floor(rnd() * (m.length - 3))]! ^= 1 << Math.floor(rnd() * 8);
        const sock = await rawCollabSocket(server, fx.planId, { cookie: editorCookie, origin: server.origin });
        await sock.next((x) => x[0] === 0);
        const closed = closeCode(sock.ws, 1_000).catch(() => 0);
        sock.ws.send(m);
        const code = await closed;
        if (code === 0) {
          accepted++; // a mutation can still be a valid update; then it was simply applied
          sock.ws.close();
        } else {
          expect([4400, 4413]).toContain(code);
        }
      }
    } catch (err) {
      process.stdout.write(`fuzz failed with SEED=${seed}\n`);
      throw err;
    }
    if (accepted === 0) expect((await storedBytes(fx.planId)).equals(stored0)).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });
});
