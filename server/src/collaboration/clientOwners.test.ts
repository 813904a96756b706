/**
 * Who may write under a Yjs client id outlives the update log: compaction
 * records the owners of the client ids it prunes, and a reloaded document (or
 * one that re-read a snapshot another node compacted) still refuses a member
 * writing under another member's client id. Runs on the real embedded store.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addSection, sectionIds } from "@jigsaw/shared/plan/index";
import { CloseEvents } from "@jigsaw/shared/realtime/closeEvents";
import { createEmbeddedStorage } from "../storage/embedded/embeddedStorage.ts";
import type { DocStore } from "../storage/types.ts";
import { collabOptions } from "./collabOptions.ts";
import type { DocConnection } from "./docConnection.ts";
import type { DocRelay } from "./docRelay.ts";
import { LogMerger } from "./compaction.ts";
import { encodeAwarenessFrame, type ClientFrame } from "./protocol.ts";
import { SharedDoc } from "./sharedDoc.ts";
import { awarenessFrame, closedAfterEach, recordingConnection, relayStub } from "./sharedDocTestKit.ts";

const PLAN = "plan-owned";
/** The client id member A writes under (and B tries to). */
const X = 1_234_567;

const open = closedAfterEach();

/** A store holding a plan whose stored state (one section) was written by the server. */
async function storeWithPlan(): Promise<DocStore> {
  const storage = createEmbeddedStorage(":memory:");
  open.push({ storage });
  const seed = new Y.Doc();
  addSection(seed, { title: "Housing" });
  await storage.docs.compact(PLAN, Y.encodeStateAsUpdate(seed), 0, []);
  return storage.docs;
}

async function loadShared(store: DocStore, options: Parameters<typeof collabOptions>[0] = {}, relay: boolean | DocRelay = false): Promise<SharedDoc> {
  const merger = new LogMerger();
  const doc = new SharedDoc(PLAN, {
    store,
    merger,
    options: collabOptions(options),
    touchActivity: () => undefined,
    onFailed: () => undefined,
    relay: relay === true ? relayStub() : relay || null,
  });
  open.push({ merger, doc });
  await doc.ready;
  return doc;
}

function editor(userId: string): DocConnection {
  return { ...recordingConnection(), userId };
}

/** A member's client: a doc at `state` writing under `clientID` (set after the apply, or Yjs picks a new id). */
function clientAt(state: Uint8Array, clientID: number): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  doc.clientID = clientID;
  return doc;
}

/** What adding a section on `doc` sends (written under `doc.clientID`). */
function sectionUpdate(doc: Y.Doc, title: string): Uint8Array {
  const before = Y.encodeStateVector(doc);
  addSection(doc, { title });
  return Y.encodeStateAsUpdate(doc, before);
}

/** A connection's awareness frame announcing `clientId` (what a stock client sends on connect). */
function presence(clientId: number, clock = 1): ClientFrame {
  return awarenessFrame(clientId, clock, { cursor: null });
}

/** B forges an update under A's client id X on the current state of `shared`: refused, nothing changes. */
function expectForgeryRefused(shared: SharedDoc): void {
  const before = Buffer.from(Y.encodeStateAsUpdate(shared.doc));
  const forger = clientAt(Y.encodeStateAsUpdate(shared.doc), X);
  const refusal = shared.accept(sectionUpdate(forger, "Written by B as A"), "user-b", editor("user-b"));
  expect(refusal).toEqual({ reason: "foreign_client", detail: String(X) });
  expect(Buffer.from(Y.encodeStateAsUpdate(shared.doc)).equals(before)).toBe(true);
}

describe("SharedDoc: client ownership across compaction", () => {
  it("after compaction and unload, refuses B writing under A's client id and lets A go on", async () => {
    const store = await storeWithPlan();
    const first = await loadShared(store);
    const a = clientAt(Y.encodeStateAsUpdate(first.doc), X);
    expect(first.accept(sectionUpdate(a, "Written by A"), "user-a", editor("user-a"))).toBeNull();
    await first.whenDurable();
    await first.unload();
    // the log is gone: only the snapshot (and the recorded owners) remain
    expect(await store.logLength(PLAN)).toBe(0);
    expect((await store.load(PLAN))!.owners).toEqual([{ clientId: X, userId: "user-a" }]);

    const reloaded = await loadShared(store);
    expect(sectionIds(reloaded.doc)).toHaveLength(2);
    expectForgeryRefused(reloaded);
    // A keeps writing under X (its clock goes on from where the snapshot left it)
    expect(reloaded.accept(sectionUpdate(a, "A again"), "user-a", editor("user-a"))).toBeNull();
    await reloaded.whenDurable();
    expect(sectionIds(reloaded.doc)).toHaveLength(3);
    expect((await store.load(PLAN))!.updates.map((u) => u.userId)).toEqual(["user-a"]);
  });

  it("records the owners when a long log is compacted while loading", async () => {
    const store = await storeWithPlan();
    const a = clientAt((await store.load(PLAN))!.snapshot!, X);
    for (let i = 0; i < 4; i++) await store.append(PLAN, [{ data: sectionUpdate(a, `A ${i}`), userId: "user-a" }], new Date().toISOString());
    const first = await loadShared(store, { workerLoadThreshold: 2 });
    expect(await store.logLength(PLAN)).toBe(0); // compacted by the load
    await first.unload();

    const reloaded = await loadShared(store);
    expect(sectionIds(reloaded.doc)).toHaveLength(5);
    expectForgeryRefused(reloaded);
    expect(reloaded.accept(sectionUpdate(a, "A again"), "user-a", editor("user-a"))).toBeNull();
  });

  it("learns the owners of a snapshot another node compacted when it re-reads storage", async () => {
    const store = await storeWithPlan();
    const here = await loadShared(store, {}, true);
    // another node stores A's edit and compacts it away; its relay message never arrives here
    const a = clientAt((await store.load(PLAN))!.snapshot!, X);
    const seq = await store.append(PLAN, [{ data: sectionUpdate(a, "A elsewhere"), userId: "user-a" }], new Date().toISOString());
    await store.compact(PLAN, Y.encodeStateAsUpdate(a), seq, [{ clientId: X, userId: "user-a" }]);

    await here.bridge!.resync();
    expect(sectionIds(here.doc)).toHaveLength(2);
    expectForgeryRefused(here);
    expect(here.accept(sectionUpdate(a, "A here"), "user-a", editor("user-a"))).toBeNull();
  });
});

describe("SharedDoc: client ids claimed through awareness", () => {
  it("a member's presence claims its client id before any edit: B writing under it is closed, A's edits are accepted", async () => {
    const store = await storeWithPlan();
    const shared = await loadShared(store);
    const a = editor("user-a");
    const b = editor("user-b");
    shared.addConnection(a);
    shared.addConnection(b);
    expect(shared.handleFrame(a, presence(X))).toBeNull();
    expect(a.ownedClientId).toBe(X);

    // B saw X in A's presence and writes under it first
    const before = Buffer.from(Y.encodeStateAsUpdate(shared.doc));
    const forger = clientAt(Y.encodeStateAsUpdate(shared.doc), X);
    expect(shared.handleFrame(b, { kind: "update", update: sectionUpdate(forger, "Written by B as A") })).toBe(CloseEvents.MalformedMessage);
    expect(Buffer.from(Y.encodeStateAsUpdate(shared.doc)).equals(before)).toBe(true);
    expectForgeryRefused(shared);

    const own = clientAt(Y.encodeStateAsUpdate(shared.doc), X);
    expect(shared.handleFrame(a, { kind: "update", update: sectionUpdate(own, "Written by A") })).toBeNull();
    await shared.whenDurable();
    expect(sectionIds(shared.doc)).toHaveLength(2);
    expect((await store.load(PLAN))!.updates.map((u) => u.userId)).toEqual(["user-a"]);
  });

  it("a viewer's presence claims its client id too (it never writes, nobody else may)", async () => {
    const shared = await loadShared(await storeWithPlan());
    const viewer: DocConnection = { ...editor("user-v"), readOnly: true };
    expect(shared.handleFrame(viewer, presence(X))).toBeNull();
    expectForgeryRefused(shared);
  });

  it("refuses to bind in awareness a client id another user owns, also once its owner left", async () => {
    const shared = await loadShared(await storeWithPlan());
    const a = editor("user-a");
    shared.addConnection(a);
    shared.handleFrame(a, presence(X, 1));
    shared.removeConnection(a);
    // A's presence is gone (tombstone at clock 2); B announces X with a newer clock
    const b = editor("user-b");
    shared.addConnection(b);
    expect(shared.handleFrame(b, presence(X, 5))).toBeNull();
    expect(b.ownedClientId).toBeNull();
    expect(shared.awareness.size).toBe(0);
    // nor a client id A wrote under without any presence
    const Y2 = X + 1;
    const a2 = clientAt(Y.encodeStateAsUpdate(shared.doc), Y2);
    expect(shared.accept(sectionUpdate(a2, "A under Y2"), "user-a", editor("user-a"))).toBeNull();
    expect(shared.handleFrame(b, presence(Y2, 1))).toBeNull();
    expect(b.ownedClientId).toBeNull();
    // B's own client id binds as before, and A comes back under X
    expect(shared.handleFrame(b, presence(X + 2, 1))).toBeNull();
    expect(b.ownedClientId).toBe(X + 2);
    const back = editor("user-a");
    shared.addConnection(back);
    expect(shared.handleFrame(back, presence(X, 6))).toBeNull();
    expect(back.ownedClientId).toBe(X);
  });

  it("another node's presence claims its client id for the user that node stamped", async () => {
    const shared = await loadShared(await storeWithPlan(), {}, true);
    const Y2 = X + 1;
    shared.bridge!.relayAwareness(
      encodeAwarenessFrame([
        { clientId: X, clock: 1, json: JSON.stringify({ cursor: null, user: { id: "user-a", name: "A" } }) },
        { clientId: Y2, clock: 1, json: JSON.stringify({ cursor: null }) }, // no stamped user: claims nothing
      ]),
    );
    expectForgeryRefused(shared);
    const a = clientAt(Y.encodeStateAsUpdate(shared.doc), X);
    expect(shared.accept(sectionUpdate(a, "A here"), "user-a", editor("user-a"))).toBeNull();
    const b = clientAt(Y.encodeStateAsUpdate(shared.doc), Y2);
    expect(shared.accept(sectionUpdate(b, "B under Y2"), "user-b", editor("user-b"))).toBeNull();
  });

  it("claims the client ids of other nodes' presence relayed while it was loading", async () => {
    const remote = encodeAwarenessFrame([{ clientId: X, clock: 3, json: JSON.stringify({ user: { id: "user-a", name: "A" } }) }]);
    const shared = await loadShared(await storeWithPlan(), {}, { ...relayStub(), remoteAwareness: () => remote });
    expectForgeryRefused(shared);
  });

  it("keeps a client id only the server wrote (the template) the server's: a member cannot write under it, before or after a reload", async () => {
    const store = await storeWithPlan();
    const template = Y.decodeStateVector(Y.encodeStateVectorFromUpdate((await store.load(PLAN))!.snapshot!));
    expect(template.size).toBe(1);
    const [serverClient] = [...template.keys()];
    for (let round = 0; round < 2; round++) {
      const shared = await loadShared(store);
      const before = Buffer.from(Y.encodeStateAsUpdate(shared.doc));
      const forger = clientAt(Y.encodeStateAsUpdate(shared.doc), serverClient!);
      expect(shared.accept(sectionUpdate(forger, "Written by B as the template"), "user-b", editor("user-b"))).toEqual({
        reason: "foreign_client",
        detail: String(serverClient),
      });
      expect(Buffer.from(Y.encodeStateAsUpdate(shared.doc)).equals(before)).toBe(true);
      // a member's own client id is still theirs to write under
      const own = clientAt(Y.encodeStateAsUpdate(shared.doc), 9_000 + round);
      expect(shared.accept(sectionUpdate(own, `B's own ${round}`), "user-b", editor("user-b"))).toBeNull();
      await shared.whenDurable();
      await shared.unload();
    }
    expect((await store.load(PLAN))!.owners).toEqual([
      { clientId: 9_000, userId: "user-b" },
      { clientId: 9_001, userId: "user-b" },
    ]);
  });

  it("keeps the client ids of a snapshot another node stored the server's when resyncing", async () => {
    const store = await storeWithPlan();
    const shared = await loadShared(store, {}, true);
    // another node stores a system change (no member behind it) and compacts it away
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(shared.doc));
    addSection(other, { title: "Added by the server on node B" });
    await store.append(PLAN, [{ data: Y.encodeStateAsUpdate(other, Y.encodeStateVector(shared.doc)), userId: null }], new Date().toISOString());
    await store.compact(PLAN, Y.encodeStateAsUpdate(other), 1, []);
    await shared.bridge!.resync();
    expect(sectionIds(shared.doc)).toHaveLength(2);
    const forger = clientAt(Y.encodeStateAsUpdate(shared.doc), other.clientID);
    expect(shared.accept(sectionUpdate(forger, "Written by B as the server"), "user-b", editor("user-b"))).toEqual({
      reason: "foreign_client",
      detail: String(other.clientID),
    });
  });
});
