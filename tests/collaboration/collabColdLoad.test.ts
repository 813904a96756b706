/**
 * First joins of a plan that is not loaded yet (a cold load from its stored
 * snapshot). A client with nothing is answered from the stored snapshot before
 * the server has applied it: its sync step 2 arrives before the server's own
 * step 1 (which needs the applied doc). Edits sent while the plan loads are
 * queued and applied in order, stored, and reach everyone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addSection, sectionIds, setSectionTitle } from "@jigsaw/shared/plan/index";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { connectYjs, createCollabFixture, planJson, rawCollabSocket, sameState, waitFor, waitForSync, syncFrame, payloadOf, type YClient } from "../utils/yjsClient.ts";

let server: TestServer;
const clients: YClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.close();
});

function sectionTitles(doc: Y.Doc): string[] {
  return sectionIds(doc).map((id) => String((doc.getMap("sections").get(id) as Y.Map<unknown>).get("title")));
}

const isSync = (sub: number) => (m: Uint8Array) => m[0] === 0 && m[1] === sub;

/** The plan as stored (snapshot plus log). */
async function stored(planId: string): Promise<Y.Doc> {
  const s = await server.ctx.storage.docs.load(planId);
  const doc = new Y.Doc();
  if (s?.snapshot) Y.applyUpdate(doc, s.snapshot);
  for (const u of s?.updates ?? []) Y.applyUpdate(doc, u.data);
  return doc;
}

/** A new plan that no connection has opened yet (its doc is not in memory). */
async function coldPlan(): Promise<Awaited<ReturnType<typeof createCollabFixture>>> {
  const fx = await createCollabFixture(server, "place_plan");
  expect(server.collab!.connectionCount(fx.planId)).toBe(0);
  return fx;
}

describe("cold load of a plan", () => {
  it("answers a client with nothing from the stored snapshot before its own step 1, and keeps edits sent meanwhile", async () => {
    const fx = await coldPlan();
    const storedBefore = await stored(fx.planId);
    const sock = await rawCollabSocket(server, fx.planId, { cookie: fx.facilitator.cookieHeader, origin: server.origin });
    // a fresh client: empty step 1, then at once an edit of its own (a new section)
    const local = new Y.Doc();
    const updates: Uint8Array[] = [];
    local.on("update", (u: Uint8Array) => updates.push(u));
    addSection(local, { title: "Typed while loading" });
    sock.ws.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())));
    for (const u of updates) sock.ws.send(syncFrame(2, u));

    const step2 = await sock.next(isSync(1));
    await sock.next(isSync(0));
    const order = sock.messages.filter((m) => m[0] === 0).map((m) => m[1]);
    expect(order.indexOf(1)).toBeLessThan(order.indexOf(0));
    // the early answer is the stored plan
    const fromServer = new Y.Doc();
    Y.applyUpdate(fromServer, payloadOf(step2));
    expect(planJson(fromServer)).toBe(planJson(storedBefore));

    // the edit sent while loading was applied, stored and reaches another member
    const title = "Typed while loading";
    await waitFor(async () => sectionIds(await stored(fx.planId)).length === sectionIds(storedBefore).length + 1, "edit stored");
    const other = connectYjs(server, fx.facilitator, fx.planId);
    clients.push(other);
    await waitForSync(other);
    expect(sectionTitles(other.doc)).toContain(title);
    expect(sameState(other.doc, await stored(fx.planId))).toBe(true);
    sock.ws.close();
  });

  it("converges providers that edit before and right after opening the plan, and a reconnecting one with offline edits", async () => {
    const fx = await coldPlan();
    // a member who held the plan (state from storage) and edited offline
    const offline = await stored(fx.planId);
    const hot = sectionIds(offline)[0]!;
    setSectionTitle(offline, hot, "Renamed offline");
    const back = connectYjs(server, fx.facilitator, fx.planId, { doc: offline });
    // a new member's editor, typing as soon as it opens the plan
    const fresh = connectYjs(server, fx.facilitator, fx.planId);
    // and one with nothing that types as soon as its socket is open (right after its empty step 1)
    const typist = connectYjs(server, fx.facilitator, fx.planId);
    let typed = false;
    typist.provider.on("status", (e: { status: string }) => {
      if (e.status !== "connected" || typed) return;
      typed = true;
      setTimeout(() => addSection(typist.doc, { title: "Typed on open" }), 0);
    });
    clients.push(back, fresh, typist);
    addSection(fresh.doc, { title: "Added before sync" });
    await Promise.all([waitForSync(back), waitForSync(fresh), waitForSync(typist)]);
    await waitFor(() => typed && sameState(back.doc, fresh.doc) && sameState(back.doc, typist.doc), "convergence");
    for (const c of [back, fresh, typist]) expect(sectionTitles(c.doc)).toEqual(expect.arrayContaining(["Renamed offline", "Added before sync", "Typed on open"]));
    await waitFor(async () => sameState(await stored(fx.planId), fresh.doc), "stored");
  });
});
