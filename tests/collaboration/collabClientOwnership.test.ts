import { afterAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addSection, sectionIds } from "@jigsaw/shared/plan/index";
import { CloseEvents } from "@jigsaw/shared/realtime/closeEvents";
import { awarenessFrameEntries } from "@jigsaw/server/src/collaboration/protocol.ts";
import { startTestServer, tempDir, type TestServer } from "../utils/testServer.ts";
import { closeCode, connectYjs, createCollabFixture, rawCollabSocket, syncFrame, waitFor, waitForSync, type YClient } from "../utils/yjsClient.ts";

/*
 * Issue #4: a connection may only write under Yjs client ids its user owns,
 * also once the log entries that showed who wrote under an id were compacted
 * away (a restart unloads every document, which compacts its log), and from
 * the moment its presence (awareness) announced the id, before any edit.
 */

const servers: TestServer[] = [];
const clients: YClient[] = [];

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const s of servers) await s.close();
});

async function storedState(server: TestServer, planId: string): Promise<Buffer> {
  const s = (await server.ctx.storage.docs.load(planId))!;
  const doc = new Y.Doc();
  if (s.snapshot) Y.applyUpdate(doc, s.snapshot);
  for (const u of s.updates) Y.applyUpdate(doc, u.data);
  return Buffer.from(Y.encodeStateAsUpdate(doc));
}

/** A plan with editors Ann and Bob, Ann connected and synced under her client id X. */
async function annConnected(server: TestServer) {
  const fx = await createCollabFixture(server, "place_plan");
  const ann = await fx.addMember("editor", "Ann");
  const bob = await fx.addMember("editor", "Bob");
  const annClient = connectYjs(server, ann.api, fx.planId);
  clients.push(annClient);
  await waitForSync(annClient);
  return { fx, ann, bob, annClient, X: annClient.doc.clientID };
}

describe("client id ownership outlives compaction", () => {
  it("after a restart, closes a member writing under another member's client id and lets the owner write on", async () => {
    const dataDir = tempDir("jigsaw-owners-");
    const first = await startTestServer({ dataDir });
    servers.push(first);
    // Ann writes under her client id X
    const { fx, ann, bob, annClient, X } = await annConnected(first);
    annClient.doc.transact(() => addSection(annClient.doc, { title: "Written by Ann" }));
    await waitFor(async () => (await first.ctx.storage.docs.load(fx.planId))!.updates.some((u) => u.userId === ann.userId), "Ann's edit stored");
    annClient.provider.destroy(); // the doc (and its client id) stays for later
    clients.splice(clients.indexOf(annClient), 1);

    // a graceful stop unloads the document: its log is compacted into the snapshot
    await first.close();
    servers.splice(servers.indexOf(first), 1);
    const server = await startTestServer({ dataDir });
    servers.push(server);
    const stored = (await server.ctx.storage.docs.load(fx.planId))!;
    expect(stored.updates).toEqual([]);
    expect(stored.owners).toContainEqual({ clientId: X, userId: ann.userId });

    // Bob sends an edit written under X: closed as malformed, nothing stored or applied
    const stored0 = await storedState(server, fx.planId);
    const forger = new Y.Doc();
    Y.applyUpdate(forger, stored.snapshot!);
    forger.clientID = X; // after the apply, or Yjs would pick another id
    const before = Y.encodeStateVector(forger);
    addSection(forger, { title: "Written by Bob as Ann" });
    const forged = Y.encodeStateAsUpdate(forger, before);
    const sock = await rawCollabSocket(server, fx.planId, { cookie: bob.api.cookieHeader, origin: server.origin });
    await sock.next((m) => m[0] === 0 && m[1] === 0); // attached: the server's sync step 1 arrived
    const closed = closeCode(sock.ws, 5_000);
    sock.ws.send(syncFrame(2, forged));
    expect(await closed).toBe(CloseEvents.MalformedMessage.code);
    expect((await storedState(server, fx.planId)).equals(stored0)).toBe(true);
    const live = new Y.Doc();
    Y.applyUpdate(live, (await server.collab!.getDocSnapshot(fx.planId))!);
    expect(Buffer.from(Y.encodeStateAsUpdate(live)).equals(stored0)).toBe(true);

    // Ann, back with the same document and client id, goes on writing under X
    const annAgain = connectYjs(server, ann.api, fx.planId, { doc: annClient.doc });
    clients.push(annAgain);
    await waitForSync(annAgain);
    expect(annAgain.doc.clientID).toBe(X);
    annAgain.doc.transact(() => addSection(annAgain.doc, { title: "Ann again" }));
    await waitFor(async () => (await server.ctx.storage.docs.load(fx.planId))!.updates.some((u) => u.userId === ann.userId), "Ann's new edit stored");
    expect(annAgain.closeCodes).toEqual([]);
    const after = new Y.Doc();
    Y.applyUpdate(after, await storedState(server, fx.planId));
    expect(sectionIds(after)).toHaveLength(sectionIds(live).length + 1);
  }, 60_000);
});

describe("client id ownership starts with presence", () => {
  it("closes a member writing under the client id another member's presence showed before that member edited, and lets the owner edit", async () => {
    const server = await startTestServer();
    servers.push(server);
    // Ann joins and shows her cursor; she has not edited
    const { fx, ann, bob, annClient, X } = await annConnected(server);
    annClient.provider.awareness.setLocalStateField("cursor", { at: 1 });

    // Bob sees Ann's presence, hence X
    const sock = await rawCollabSocket(server, fx.planId, { cookie: bob.api.cookieHeader, origin: server.origin });
    await sock.next((m) => m[0] === 0 && m[1] === 0); // attached: the server's sync step 1 arrived
    await sock.next((m) => m[0] === 1 && awarenessFrameEntries(m).some((e) => e.clientId === X && (JSON.parse(e.json) as { user?: { id?: string } } | null)?.user?.id === ann.userId));
    expect((await server.ctx.storage.docs.load(fx.planId))!.updates.some((u) => u.userId === ann.userId)).toBe(false);

    // Bob writes under X first: closed as malformed, nothing stored or applied
    const stored0 = await storedState(server, fx.planId);
    const forger = new Y.Doc();
    Y.applyUpdate(forger, stored0);
    forger.clientID = X; // after the apply, or Yjs would pick another id
    const before = Y.encodeStateVector(forger);
    addSection(forger, { title: "Written by Bob as Ann" });
    const closed = closeCode(sock.ws, 5_000);
    sock.ws.send(syncFrame(2, Y.encodeStateAsUpdate(forger, before)));
    expect(await closed).toBe(CloseEvents.MalformedMessage.code);
    expect((await storedState(server, fx.planId)).equals(stored0)).toBe(true);
    const live = new Y.Doc();
    Y.applyUpdate(live, (await server.collab!.getDocSnapshot(fx.planId))!);
    expect(Buffer.from(Y.encodeStateAsUpdate(live)).equals(stored0)).toBe(true);

    // Ann edits under X on the same connection: accepted and stored as hers
    annClient.doc.transact(() => addSection(annClient.doc, { title: "Written by Ann" }));
    await waitFor(async () => (await server.ctx.storage.docs.load(fx.planId))!.updates.some((u) => u.userId === ann.userId), "Ann's edit stored");
    expect(annClient.closeCodes).toEqual([]);
    expect(annClient.doc.clientID).toBe(X);
    const after = new Y.Doc();
    Y.applyUpdate(after, await storedState(server, fx.planId));
    expect(sectionIds(after)).toHaveLength(sectionIds(live).length + 1);
  }, 60_000);
});
