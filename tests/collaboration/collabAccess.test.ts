import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { READ_ONLY_REFUSAL } from "@jigsaw/shared/realtime/closeEvents";
import { Awareness } from "y-protocols/awareness";
import { addSection, sectionBody, sectionIds, planRoots } from "@jigsaw/shared/plan/index";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { ApiClient } from "../utils/apiClient.ts";
import {
  closeCode,
  connectYjs,
  createCollabFixture,
  rawCollabSocket,
  sameState,
  waitFor,
  waitForSync,
  type CollabFixture,
  planJson,
  type YClient,
} from "../utils/yjsClient.ts";

let server: TestServer;
let fx: CollabFixture;
const clients: YClient[] = [];

function track(c: YClient): YClient {
  clients.push(c);
  return c;
}

async function storedState(planId: string): Promise<Uint8Array> {
  const s = await server.ctx.storage.docs.load(planId);
  const doc = new Y.Doc();
  if (s?.snapshot) Y.applyUpdate(doc, s.snapshot);
  for (const u of s?.updates ?? []) Y.applyUpdate(doc, u.data);
  return Y.encodeStateAsUpdate(doc);
}

beforeAll(async () => {
  server = await startTestServer();
  fx = await createCollabFixture(server, "place_plan");
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
});

describe("sync endpoint: editing and roles", () => {
  it("loads the stored plan and relays an editor's edit to another editor", async () => {
    const ed = await fx.addMember("editor", "Eddie Editor");
    const a = track(connectYjs(server, fx.facilitator, fx.planId));
    const b = track(connectYjs(server, ed.api, fx.planId));
    await Promise.all([waitForSync(a), waitForSync(b)]);
    expect(sectionIds(a.doc).length).toBeGreaterThan(0);
    expect(sameState(a.doc, b.doc)).toBe(true);
    const id = sectionIds(a.doc)[0]!;
    const body = sectionBody(a.doc, id)!;
    a.doc.transact(() => body.insert(0, [new Y.XmlText("hello from A")]));
    await waitFor(() => sameState(a.doc, b.doc), "b receives a's edit");
    // durable: in storage once relayed
    const stored = new Y.Doc();
    Y.applyUpdate(stored, await storedState(fx.planId));
    expect(sameState(stored, a.doc)).toBe(true);
  });

  it("drops viewer and commenter updates (not applied, stored or relayed)", async () => {
    const viewer = await fx.addMember("viewer", "Vera Viewer");
    const commenter = await fx.addMember("commenter", "Cody Commenter");
    const ed = track(connectYjs(server, fx.facilitator, fx.planId));
    const v = track(connectYjs(server, viewer.api, fx.planId));
    const c = track(connectYjs(server, commenter.api, fx.planId));
    await Promise.all([waitForSync(ed), waitForSync(v), waitForSync(c)]);
    const before = await storedState(fx.planId);
    const id = sectionIds(v.doc)[0]!;
    v.doc.transact(() => sectionBody(v.doc, id)!.insert(0, [new Y.XmlText("viewer was here")]));
    c.doc.transact(() => addSection(c.doc, { title: "Commenter section" }));
    // an editor edit afterwards proves the pipeline ran past the dropped ones
    ed.doc.transact(() => sectionBody(ed.doc, id)!.insert(0, [new Y.XmlText("editor marker")]));
    await waitFor(() => JSON.stringify(sectionBody(v.doc, id)!.toJSON()).includes("editor marker"), "viewer gets editor edit");
    const stored = new Y.Doc();
    Y.applyUpdate(stored, await storedState(fx.planId));
    const text = planJson(stored);
    expect(text).toContain("editor marker");
    expect(text).not.toContain("viewer was here");
    expect(text).not.toContain("Commenter section");
    expect(planJson(ed.doc)).not.toContain("viewer was here");
    expect(planJson(ed.doc)).not.toContain("Commenter section");
    expect(before.byteLength).toBeGreaterThan(0);
    // read-only connections stay open and in sync for reading
    expect(v.provider.wsconnected).toBe(true);
    expect(c.provider.wsconnected).toBe(true);
  });

  it("tells a read-only connection its update was dropped (y-protocols permission denied), and only then (issue 18)", async () => {
    const viewer = await fx.addMember("viewer", "Vic Viewer");
    const v = track(connectYjs(server, viewer.api, fx.planId));
    const denied: string[] = [];
    const stockAuth = v.provider.messageHandlers[2]!;
    v.provider.messageHandlers[2] = (encoder, decoder, provider, emitSynced, type) => {
      const d = decoding.clone(decoder);
      if (decoding.readVarUint(d) === 0) denied.push(decoding.readVarString(d));
      stockAuth(encoder, decoder, provider, emitSynced, type); // the stock handler: a console warning
    };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await waitForSync(v);
      // joining, and its sync step 2 with nothing new, is not a refused change
      await new Promise((r) => setTimeout(r, 300));
      expect(denied).toEqual([]);
      const before = await storedState(fx.planId);
      const id = sectionIds(v.doc)[0]!;
      v.doc.transact(() => sectionBody(v.doc, id)!.insert(0, [new Y.XmlText("viewer typed this")]));
      await waitFor(() => denied.length > 0, "permission denied message");
      expect(denied).toEqual([READ_ONLY_REFUSAL]);
      expect(warn.mock.calls.some((c) => String(c[0]).includes("Permission denied"))).toBe(true);
      // a stock client stays connected (and keeps showing its unsaved edit); nothing was stored
      expect(v.provider.wsconnected).toBe(true);
      expect(v.closeCodes).toEqual([]);
      expect(Buffer.from(await storedState(fx.planId)).equals(Buffer.from(before))).toBe(true);
    } finally {
      warn.mockRestore();
    }
  });

  it("refuses a client writing the server-owned meta root", async () => {
    const ed = await fx.addMember("editor");
    const e = track(connectYjs(server, ed.api, fx.planId));
    await waitForSync(e);
    const before = await storedState(fx.planId);
    planRoots(e.doc).meta.set("title", "hijacked");
    await waitFor(() => e.closeCodes.includes(4400), "malformed close");
    expect(Buffer.from(await storedState(fx.planId)).equals(Buffer.from(before))).toBe(true);
    e.provider.disconnect();
  });
});

describe("sync endpoint: upgrade refusals", () => {
  it("refuses signed-out users, foreign origins, other partnerships and unknown plans before the handshake", async () => {
    const outsider = await createCollabFixture(server);
    const statusOf = async (p: Promise<unknown>) => {
      try {
        const r = (await p) as { ws: { close(): void } };
        r.ws.close();
        return 101;
      } catch (e) {
        return (e as { status?: number }).status ?? -1;
      }
    };
    const cookie = fx.facilitator.cookieHeader;
    expect(await statusOf(rawCollabSocket(server, fx.planId, { cookie: null, origin: server.origin }))).toBe(401);
    for (const origin of [null, "null", "http://evil.test", `${server.origin}.evil.test`, server.origin.slice(0, -1), `${server.origin}/`, server.origin.toUpperCase()]) {
      expect(await statusOf(rawCollabSocket(server, fx.planId, { cookie, origin })), `origin ${origin}`).toBe(403);
    }
    expect(await statusOf(rawCollabSocket(server, fx.planId, { cookie: outsider.facilitator.cookieHeader, origin: server.origin }))).toBe(404);
    expect(await statusOf(rawCollabSocket(server, "unknownplan123", { cookie, origin: server.origin }))).toBe(404);
    // (a literal "/collab/../x" is normalised by the client's URL parser before sending, so only encoded forms reach us)
    for (const path of ["/collab/%2e%2e%2fx12345678", `/collab/${fx.planId}/extra`, `/collab/${fx.planId}%00`]) {
      expect(await statusOf(rawCollabSocket(server, fx.planId, { cookie, origin: server.origin }, path)), path).toBe(404);
    }
    // a signed-out session cookie is dead
    const gone = new ApiClient(server.url, server.origin);
    await gone.signUp(`gone-${Date.now()}@example.org`);
    const stale = gone.cookieHeader;
    await gone.post("/api/auth/signout");
    expect(await statusOf(rawCollabSocket(server, fx.planId, { cookie: stale, origin: server.origin }))).toBe(401);
    expect(await statusOf(rawCollabSocket(server, fx.planId, { cookie, origin: server.origin }))).toBe(101);
  });
});

describe("sync endpoint: awareness", () => {
  it("overwrites identity from the session and rejects another client's id", async () => {
    const ed = await fx.addMember("editor", "Real Name", "voluntary");
    const watcher = track(connectYjs(server, fx.facilitator, fx.planId));
    const liar = track(connectYjs(server, ed.api, fx.planId));
    await Promise.all([waitForSync(watcher), waitForSync(liar)]);
    liar.provider.awareness.setLocalStateField("user", { id: fx.facilitatorId, name: "Alice CEO ADMIN", colour: "#000" });
    liar.provider.awareness.setLocalStateField("cursor", { at: 1 });
    await waitFor(() => watcher.provider.awareness.getStates().get(liar.doc.clientID)?.cursor !== undefined, "watcher sees liar");
    const seen = watcher.provider.awareness.getStates().get(liar.doc.clientID) as { user: Record<string, string> };
    expect(seen.user).toMatchObject({ id: ed.userId, name: "Real Name", sector: "voluntary", organisation: "Riverside Trust", colour: "#7e22ce" });

    // the liar tries to overwrite and then remove the watcher's presence via a second Awareness
    watcher.provider.awareness.setLocalStateField("cursor", { at: 7 });
    await waitFor(() => liar.provider.awareness.getStates().get(watcher.doc.clientID) !== undefined, "liar sees watcher");
    const forged = new Awareness(new Y.Doc());
    forged.clientID = watcher.doc.clientID;
    (forged as unknown as { meta: Map<number, { clock: number; lastUpdated: number }> }).meta.set(forged.clientID, { clock: 1000, lastUpdated: Date.now() });
    forged.setLocalState({ cursor: { at: 666 }, user: { name: "Forged" } });
    const { encodeAwarenessUpdate } = await import("y-protocols/awareness");
    const enc = await import("lib0/encoding");
    const e = enc.createEncoder();
    enc.writeVarUint(e, 1);
    enc.writeVarUint8Array(e, encodeAwarenessUpdate(forged, [forged.clientID]));
    liar.provider.ws!.send(enc.toUint8Array(e));
    await new Promise((r) => setTimeout(r, 200));
    const w = liar.provider.awareness.getStates().get(watcher.doc.clientID) as { cursor: { at: number }; user: { name: string } };
    expect(w.cursor.at).toBe(7);
    expect(w.user.name).toBe("Fiona Facilitator");
    forged.destroy();
  });
});

describe("sync endpoint: revocation", () => {
  it("closes with 4205 on role change and removal, and the reconnect gets the new rights", async () => {
    const m = await fx.addMember("editor", "Demoted");
    const c = track(connectYjs(server, m.api, fx.planId));
    await waitForSync(c);
    const r = await fx.facilitator.patch(`/api/partnerships/${fx.partnershipId}/members/${m.userId}`, { role: "viewer" });
    expect(r.status).toBe(200);
    await waitFor(() => c.closeCodes.includes(4205), "4205 on role change");
    await waitForSync(c); // reconnects as a viewer
    const before = await storedState(fx.planId);
    c.doc.transact(() => addSection(c.doc, { title: "After demotion" }));
    await new Promise((r2) => setTimeout(r2, 300));
    expect(Buffer.from(await storedState(fx.planId)).equals(Buffer.from(before))).toBe(true);
    const del = await fx.facilitator.delete(`/api/partnerships/${fx.partnershipId}/members/${m.userId}`);
    expect([200, 204]).toContain(del.status);
    await waitFor(() => c.closeCodes.filter((x) => x === 4205).length >= 2, "4205 on removal");
    // reconnect is refused now (404 at upgrade): never synced again
    await new Promise((r2) => setTimeout(r2, 500));
    expect(c.provider.synced).toBe(false);
  });

  it("closes every connection of a user who signs out everywhere", async () => {
    const m = await fx.addMember("editor");
    const c = track(connectYjs(server, m.api, fx.planId));
    await waitForSync(c);
    await m.api.post("/api/auth/signout-all");
    await waitFor(() => c.closeCodes.includes(4401), "4401 on sign-out");
  });

  it("makes editors read-only when the plan is archived", async () => {
    const f2 = await createCollabFixture(server, "blank");
    const ed = await f2.addMember("editor");
    const c = track(connectYjs(server, ed.api, f2.planId));
    await waitForSync(c);
    const arch = await f2.facilitator.patch(`/api/plans/${f2.planId}`, { archived: true });
    expect(arch.status).toBe(200);
    await waitFor(() => c.closeCodes.includes(4205), "4205 on archive");
    await waitForSync(c);
    const before = await storedState(f2.planId);
    c.doc.transact(() => addSection(c.doc, { title: "Archived edit" }));
    await new Promise((r) => setTimeout(r, 300));
    expect(Buffer.from(await storedState(f2.planId)).equals(Buffer.from(before))).toBe(true);
  });
});

describe("sync endpoint: raw socket", () => {
  it("answers SyncStep1 for a viewer and closes the socket on a text frame", async () => {
    const viewer = await fx.addMember("viewer");
    const { ws, next } = await rawCollabSocket(server, fx.planId, { cookie: viewer.api.cookieHeader, origin: server.origin });
    await next((m) => m[0] === 0 && m[1] === 0); // the server's SyncStep1
    ws.send(new Uint8Array([0, 0, 1, 0])); // our SyncStep1 with an empty state vector
    const step2 = await next((m) => m[0] === 0 && m[1] === 1);
    expect(step2.byteLength).toBeGreaterThan(100);
    const code = closeCode(ws);
    ws.send("hello");
    expect(await code).toBe(4400);
  });
});
