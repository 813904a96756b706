/**
 * The sync endpoint reuses upgrade decisions for reconnects (a reconnect storm
 * must not re-read session, user, plan and membership for every socket). These
 * tests prove the reuse is real, and that it never outlives a change of
 * rights: a reconnect made right after the change gets the new rights.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addSection } from "@jigsaw/shared/plan/index";
import { ApiClient } from "../utils/apiClient.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { closeCode, createCollabFixture, planJson, rawCollabSocket, waitFor, type CollabFixture } from "../utils/yjsClient.ts";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

/** `[sync, sub, payload]` */
function syncFrame(sub: number, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(2 + 5 + payload.byteLength);
  let n = 0;
  out[n++] = 0;
  out[n++] = sub;
  let len = payload.byteLength;
  while (len > 0x7f) {
    out[n++] = 0x80 | (len & 0x7f);
    len >>>= 7;
  }
  out[n++] = len;
  out.set(payload, n);
  return out.subarray(0, n + payload.byteLength);
}

/** The payload of a `[sync, sub, payload]` frame (short length prefixes only, as in these tests). */
function payloadOf(frame: Uint8Array): Uint8Array {
  let i = 2;
  let len = 0;
  let shift = 0;
  for (;;) {
    const b = frame[i++]!;
    len += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) break;
  }
  return frame.subarray(i, i + len);
}

/** HTTP status of an upgrade attempt (101 when it opened; the socket is closed again). */
async function upgradeStatus(cookie: string | null, planId: string): Promise<number> {
  try {
    const { ws, next } = await rawCollabSocket(server, planId, { cookie, origin: server.origin });
    await next((m) => m[0] === 0 && m[1] === 0); // joined: the server's step 1
    ws.close();
    return 101;
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}

/** Connect once (so a decision is made and cached), then drop the socket. */
async function connectAndDrop(cookie: string | null, planId: string): Promise<void> {
  expect(await upgradeStatus(cookie, planId)).toBe(101);
  await waitFor(() => (server.collab?.connectionCount(planId) ?? 0) === 0, "server saw the close");
}

/**
 * Connect, send one edit (a new section), then a step 1 on the same socket.
 * The server handles a socket's frames in order and answers a step 1 only once
 * everything before it is durable, so when the answer arrives the edit was
 * either stored or dropped. Returns whether the plan stored it.
 */
async function editStored(cookie: string | null, planId: string, title: string): Promise<boolean> {
  const { ws, next } = await rawCollabSocket(server, planId, { cookie, origin: server.origin });
  ws.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())));
  const full = await next((m) => m[0] === 0 && m[1] === 1);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, payloadOf(full));
  const before = Y.encodeStateVector(doc);
  doc.transact(() => addSection(doc, { title }));
  ws.send(syncFrame(2, Y.encodeStateAsUpdate(doc, before)));
  // a second step 1 on the same socket: its answer comes after the edit was handled
  ws.send(syncFrame(0, Y.encodeStateVector(doc)));
  await next((m) => m[0] === 0 && m[1] === 1 && m !== full);
  ws.close();
  const stored = await server.ctx.storage.docs.load(planId);
  const check = new Y.Doc();
  if (stored?.snapshot) Y.applyUpdate(check, stored.snapshot);
  for (const u of stored?.updates ?? []) Y.applyUpdate(check, u.data);
  return planJson(check).includes(title);
}

describe("sync endpoint: reused upgrade decisions", () => {
  let fx: CollabFixture;
  beforeAll(async () => {
    fx = await createCollabFixture(server);
  });

  it("a reconnect right after a drop is authorised without reading storage", async () => {
    const m = await fx.addMember("editor");
    await connectAndDrop(m.api.cookieHeader, fx.planId);
    const storage = server.ctx.storage;
    let reads = 0;
    const counted = <T extends object>(repo: T, name: keyof T): (() => void) => {
      const original = repo[name] as unknown as (...a: unknown[]) => unknown;
      (repo as Record<keyof T, unknown>)[name] = (...a: unknown[]) => {
        reads++;
        return original.apply(repo, a);
      };
      return () => {
        (repo as Record<keyof T, unknown>)[name] = original;
      };
    };
    const restore = [
      counted(storage.sessions, "findById"),
      counted(storage.users, "findById"),
      counted(storage.plans, "findById"),
      counted(storage.memberships, "find"),
    ];
    try {
      expect(await upgradeStatus(m.api.cookieHeader, fx.planId)).toBe(101);
      expect(reads).toBe(0);
      // another plan of the same session is a different decision: read from storage
      const other = await fx.facilitator.post(`/api/partnerships/${fx.partnershipId}/plans`, { title: "Second plan", template: "blank" });
      expect(other.status).toBe(201);
      reads = 0;
      expect(await upgradeStatus(m.api.cookieHeader, other.body.data.id as string)).toBe(101);
      expect(reads).toBeGreaterThan(0);
    } finally {
      for (const r of restore) r();
    }
  });

  it("a demoted editor reconnecting right after the change can no longer write", async () => {
    const m = await fx.addMember("editor");
    expect(await editStored(m.api.cookieHeader, fx.planId, "Written as editor")).toBe(true);
    const r = await fx.facilitator.patch(`/api/partnerships/${fx.partnershipId}/members/${m.userId}`, { role: "viewer" });
    expect(r.status).toBe(200);
    expect(await editStored(m.api.cookieHeader, fx.planId, "Written after demotion")).toBe(false);
  });

  it("a removed member reconnecting right after the removal is refused", async () => {
    const m = await fx.addMember("editor");
    await connectAndDrop(m.api.cookieHeader, fx.planId);
    const del = await fx.facilitator.delete(`/api/partnerships/${fx.partnershipId}/members/${m.userId}`);
    expect([200, 204]).toContain(del.status);
    expect(await upgradeStatus(m.api.cookieHeader, fx.planId)).toBe(404);
  });

  it("an editor reconnecting right after the plan was archived can no longer write", async () => {
    const f2 = await createCollabFixture(server);
    const m = await f2.addMember("editor");
    expect(await editStored(m.api.cookieHeader, f2.planId, "Before archive")).toBe(true);
    const arch = await f2.facilitator.patch(`/api/plans/${f2.planId}`, { archived: true });
    expect(arch.status).toBe(200);
    expect(await editStored(m.api.cookieHeader, f2.planId, "After archive")).toBe(false);
  });

  it("a signed-out session is refused right after signing out, and its open sockets close", async () => {
    const m = await fx.addMember("editor");
    const cookie = m.api.cookieHeader;
    // a second session of the same user is not affected
    const other = new ApiClient(server.url, server.origin);
    const me = await m.api.get("/api/auth/me");
    const signin = await other.post("/api/auth/signin", { email: me.body.data.email, password: "correct horse battery staple" });
    expect(signin.status).toBe(200);
    await connectAndDrop(cookie, fx.planId);
    await connectAndDrop(other.cookieHeader, fx.planId);
    const open = await rawCollabSocket(server, fx.planId, { cookie, origin: server.origin });
    await open.next((x) => x[0] === 0 && x[1] === 0);
    const closed = closeCode(open.ws);
    expect((await m.api.post("/api/auth/signout")).status).toBe(204);
    expect(await closed).toBe(4401);
    expect(await upgradeStatus(cookie, fx.planId)).toBe(401);
    expect(await upgradeStatus(other.cookieHeader, fx.planId)).toBe(101);
  });

  it("a session replaced at sign-in is refused right after", async () => {
    const m = await fx.addMember("editor");
    const old = m.api.cookieHeader;
    await connectAndDrop(old, fx.planId);
    const me = await m.api.get("/api/auth/me");
    const r = await m.api.post("/api/auth/signin", { email: me.body.data.email, password: "correct horse battery staple" });
    expect(r.status).toBe(200);
    expect(m.api.cookieHeader).not.toBe(old);
    expect(await upgradeStatus(old, fx.planId)).toBe(401);
    expect(await upgradeStatus(m.api.cookieHeader, fx.planId)).toBe(101);
  });

  it("every session is refused right after signing out everywhere", async () => {
    const m = await fx.addMember("editor");
    const cookie = m.api.cookieHeader;
    await connectAndDrop(cookie, fx.planId);
    expect((await m.api.post("/api/auth/signout-all")).status).toBe(200);
    expect(await upgradeStatus(cookie, fx.planId)).toBe(401);
  });
});
