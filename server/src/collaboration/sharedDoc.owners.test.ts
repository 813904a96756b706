/**
 * Who may write under a Yjs client id outlives the update log: compaction
 * records the owners of the client ids it prunes, and a reloaded document (or
 * one that re-read a snapshot another node compacted) still refuses a member
 * writing under another member's client id. Runs on the real embedded store.
 */
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addSection, sectionIds } from "@jigsaw/shared/plan/index";
import { createEmbeddedStorage, type EmbeddedStorage } from "../storage/embedded/embeddedStorage.ts";
import type { DocStore } from "../storage/types.ts";
import { collabOptions } from "./collabOptions.ts";
import type { DocConnection } from "./docConnection.ts";
import { LogMerger } from "./logMerger.ts";
import { SharedDoc } from "./sharedDoc.ts";
import { recordingConnection, relayStub } from "./sharedDocTestKit.ts";

const PLAN = "plan-owned";
/** The client id member A writes under (and B tries to). */
const X = 1_234_567;

const open: Array<{ storage?: EmbeddedStorage; merger?: LogMerger; doc?: SharedDoc }> = [];

afterEach(async () => {
  for (const o of open.splice(0).reverse()) {
    if (o.doc && o.doc.state !== "closed") await o.doc.unload();
    await o.merger?.close();
    await o.storage?.close();
  }
});

/** A store holding a plan whose stored state (one section) was written by the server. */
async function storeWithPlan(): Promise<DocStore> {
  const storage = createEmbeddedStorage(":memory:");
  open.push({ storage });
  const seed = new Y.Doc();
  addSection(seed, { title: "Housing" });
  await storage.docs.compact(PLAN, Y.encodeStateAsUpdate(seed), 0, []);
  return storage.docs;
}

async function loadShared(store: DocStore, options: Parameters<typeof collabOptions>[0] = {}, relay = false): Promise<SharedDoc> {
  const merger = new LogMerger();
  const doc = new SharedDoc(PLAN, {
    store,
    merger,
    options: collabOptions(options),
    touchActivity: () => undefined,
    onFailed: () => undefined,
    relay: relay ? relayStub() : null,
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

    await here.resync();
    expect(sectionIds(here.doc)).toHaveLength(2);
    expectForgeryRefused(here);
    expect(here.accept(sectionUpdate(a, "A here"), "user-a", editor("user-a"))).toBeNull();
  });
});
