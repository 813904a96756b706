/**
 * The cold-load path of SharedDoc: a bare stored snapshot can answer a
 * client's empty sync step 1 before it is applied (`holdApply` /
 * `earlyFullState`), and whatever the doc gains before that client joins
 * reaches it (`catchUpEarlyAnswer`).
 */
import * as decoding from "lib0/decoding";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { addSection, sectionIds } from "@jigsaw/shared/plan/index";
import type { DocStore } from "../storage/types.ts";
import { collabOptions } from "./collabOptions.ts";
import type { DocRelay } from "./docRelay.ts";
import { LogMerger } from "./compaction.ts";
import { SharedDoc } from "./sharedDoc.ts";
import { recordingConnection, relayStub, storeWith } from "./sharedDocTestKit.ts";

const mergers: LogMerger[] = [];

afterEach(async () => {
  vi.useRealTimers();
  for (const m of mergers.splice(0)) await m.close();
});

/** A plan's stored state: two sections written by one client. */
function storedPlan(): Uint8Array {
  const doc = new Y.Doc();
  addSection(doc, { title: "Housing" });
  addSection(doc, { title: "Early years" });
  return Y.encodeStateAsUpdate(doc);
}

function sharedDoc(store: DocStore, relay: DocRelay | null = null): SharedDoc {
  const merger = new LogMerger();
  mergers.push(merger);
  return new SharedDoc("plan-1", { store, merger, options: collabOptions(), touchActivity: () => undefined, onFailed: () => undefined, relay });
}

/** `[sync, sub, update]` → `{ sub, update }` */
function syncPayload(frame: Uint8Array): { sub: number; update: Uint8Array } {
  const d = decoding.createDecoder(frame);
  expect(decoding.readVarUint(d)).toBe(0);
  const sub = decoding.readVarUint(d);
  return { sub, update: decoding.readVarUint8Array(d) };
}

describe("SharedDoc cold load", () => {
  it("hands out the stored snapshot before applying it, and applies once the holder lets go", async () => {
    const snapshot = storedPlan();
    const doc = sharedDoc(storeWith({ snapshot, snapshotSeq: 0, updates: [] }));
    const release = doc.holdApply();
    expect(release).not.toBeNull();
    const frame = await doc.earlyFullState;
    expect(frame).not.toBeNull();
    const { sub, update } = syncPayload(frame!);
    expect(sub).toBe(1);
    expect(Buffer.from(update).equals(Buffer.from(snapshot))).toBe(true);
    // held: the live doc is still empty
    expect(doc.state).toBe("loading");
    expect(sectionIds(doc.doc)).toEqual([]);
    release!();
    await doc.ready;
    expect(doc.state).toBe("ready");
    expect(sectionIds(doc.doc)).toHaveLength(2);
    expect(doc.holdApply()).toBeNull();
  });

  it("does not wait when nobody holds the apply, nor when the snapshot is not the whole state", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const plain = sharedDoc(storeWith({ snapshot: storedPlan(), snapshotSeq: 0, updates: [] }));
    expect(await plain.earlyFullState).toBeNull();
    await plain.ready;
    const extra = new Y.Doc();
    addSection(extra, { title: "Later" });
    const withLog = sharedDoc(storeWith({ snapshot: storedPlan(), snapshotSeq: 0, updates: [{ seq: 1, data: Y.encodeStateAsUpdate(extra), userId: "u1", createdAt: "2026-01-01T00:00:00.000Z" }] }));
    const release = withLog.holdApply();
    expect(release).not.toBeNull();
    expect(await withLog.earlyFullState).toBeNull();
    await withLog.ready;
    expect(sectionIds(withLog.doc)).toHaveLength(3);
  });

  it("applies at once when something needs the doc, and at the latest after the wait limit", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const needed = sharedDoc(storeWith({ snapshot: storedPlan(), snapshotSeq: 0, updates: [] }));
    needed.holdApply();
    expect(await needed.earlyFullState).not.toBeNull();
    needed.applyNow();
    await needed.ready; // no timer advanced: only applyNow can have opened the apply
    expect(sectionIds(needed.doc)).toHaveLength(2);

    const silent = sharedDoc(storeWith({ snapshot: storedPlan(), snapshotSeq: 0, updates: [] }));
    silent.holdApply();
    expect(await silent.earlyFullState).not.toBeNull();
    expect(silent.state).toBe("loading");
    await vi.advanceTimersByTimeAsync(3_000);
    await silent.ready;
    expect(sectionIds(silent.doc)).toHaveLength(2);
  });

  it("sends a connection answered early what the doc gained before it joined", async () => {
    const snapshot = storedPlan();
    const relay = relayStub();
    const doc = sharedDoc(storeWith({ snapshot, snapshotSeq: 4, updates: [] }), relay);
    const release = doc.holdApply()!;
    const early = syncPayload((await doc.earlyFullState)!).update;
    // another node stored an update while this one was still applying: held, applied after the load
    const other = new Y.Doc();
    Y.applyUpdate(other, snapshot);
    addSection(other, { title: "From another node" });
    relay.target!.applyRemote(5, [{ data: Y.encodeStateAsUpdate(other, Y.encodeStateVectorFromUpdate(snapshot)), userId: "u2" }]);
    release();
    await doc.ready;
    expect(sectionIds(doc.doc)).toHaveLength(3);

    const conn = recordingConnection();
    doc.addConnection(conn);
    doc.catchUpEarlyAnswer(conn);
    const client = new Y.Doc();
    Y.applyUpdate(client, early);
    for (const f of conn.frames) {
      const { sub, update } = syncPayload(f);
      if (sub !== 0) Y.applyUpdate(client, update);
    }
    expect(sectionIds(client)).toEqual(sectionIds(doc.doc));
    expect(Buffer.from(Y.encodeStateAsUpdate(client)).equals(Buffer.from(Y.encodeStateAsUpdate(doc.doc)))).toBe(true);
  });

  it("sends nothing extra when the doc did not change before the early-answered connection joined", async () => {
    const doc = sharedDoc(storeWith({ snapshot: storedPlan(), snapshotSeq: 0, updates: [] }));
    const release = doc.holdApply()!;
    await doc.earlyFullState;
    release();
    await doc.ready;
    const conn = recordingConnection();
    doc.catchUpEarlyAnswer(conn);
    expect(conn.frames).toEqual([]);
  });
});
