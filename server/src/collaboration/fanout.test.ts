/**
 * Presence leaves with the updates: awareness changes waiting for their timed
 * flush go out with the next broadcast of updates, after the update frames (a
 * cursor never points past text not yet sent) and in the same write.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { addSection } from "@jigsaw/shared/plan/index";
import { collabOptions } from "./collabOptions.ts";
import { LogMerger } from "./compaction.ts";
import { SharedDoc } from "./sharedDoc.ts";
import { recordingConnection, storeWith, awarenessFrame } from "./sharedDocTestKit.ts";

const open: Array<{ doc: SharedDoc; merger: LogMerger }> = [];

afterEach(async () => {
  for (const { doc, merger } of open.splice(0)) {
    for (const c of [...doc.connections]) doc.removeConnection(c);
    await doc.unload();
    await merger.close();
  }
});

describe("SharedDoc presence with updates", () => {
  it("sends presence changes right after the update frames of the same turn, long before the timed flush", async () => {
    const seed = new Y.Doc();
    addSection(seed, { title: "Housing" });
    const base = Y.encodeStateAsUpdate(seed);
    const merger = new LogMerger();
    const doc = new SharedDoc("plan-1", {
      store: storeWith({ snapshot: base, snapshotSeq: 0, updates: [] }),
      merger,
      options: collabOptions({ awarenessFlushMs: 60_000 }),
      touchActivity: () => undefined,
      onFailed: () => undefined,
      relay: null,
    });
    open.push({ doc, merger });
    await doc.ready;
    const reader = recordingConnection();
    const writer = { ...recordingConnection(), id: 2, userId: "u2" };
    doc.addConnection(reader);
    doc.addConnection(writer);
    reader.frames.length = 0;
    writer.frames.length = 0;

    const client = new Y.Doc();
    Y.applyUpdate(client, base);
    const before = Y.encodeStateVector(client);
    addSection(client, { title: "Written with a cursor" });
    expect(doc.handleFrame(writer, awarenessFrame(client.clientID, 1, { cursor: null }, 32))).toBeNull();
    expect(doc.handleFrame(writer, { kind: "update", update: Y.encodeStateAsUpdate(client, before) })).toBeNull();

    await vi.waitFor(() => expect(reader.frames.length).toBeGreaterThanOrEqual(2), { timeout: 2_000 });
    // [0 sync, 2 update] then [1 awareness]
    expect(reader.frames.map((f) => (f[0] === 0 ? `sync${f[1]}` : `awareness`))).toEqual(["sync2", "awareness"]);
    // the writer gets the presence (stock clients expect their own state back) but not its update
    expect(writer.frames.map((f) => (f[0] === 0 ? `sync${f[1]}` : `awareness`))).toEqual(["awareness"]);
  });
});
