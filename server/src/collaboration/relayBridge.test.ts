/**
 * The scale-out side of SharedDoc: updates another node stored, relayed to
 * this one (`applyRemote`), are applied in seq order, a batch of them in one
 * transaction, and reach this node's connections as they were stored, with
 * this node's next broadcast or after `relayedFlushMs`.
 */
import * as decoding from "lib0/decoding";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { addSection, sectionIds } from "@jigsaw/shared/plan/index";
import { collabOptions, type CollabOptions } from "./collabOptions.ts";
import type { RelayTarget, RelayedUpdate } from "./docRelay.ts";
import { LogMerger } from "./compaction.ts";
import { encodeAwarenessFrame } from "./protocol.ts";
import { SharedDoc } from "./sharedDoc.ts";
import { recordingConnection, relayStub, storeWith, awarenessFrame } from "./sharedDocTestKit.ts";

const mergers: LogMerger[] = [];
const docs: SharedDoc[] = [];

afterEach(async () => {
  for (const d of docs.splice(0)) {
    for (const c of [...d.connections]) d.removeConnection(c);
    await d.unload();
  }
  for (const m of mergers.splice(0)) await m.close();
});

/** Payloads of the `[sync, update, payload]` frames among `frames`. */
function updatePayloads(frames: readonly Uint8Array[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const f of frames) {
    const d = decoding.createDecoder(f);
    if (decoding.readVarUint(d) !== 0 || decoding.readVarUint(d) !== 2) continue;
    out.push(decoding.readVarUint8Array(d));
  }
  return out;
}

/**
 * A loaded doc at `base` (stored up to seq 0), its relay and one connection that has seen nothing yet.
 * Relayed changes are sent as they arrive unless `options` holds them.
 */
async function loaded(
  base: Uint8Array,
  options: Partial<CollabOptions> = {},
): Promise<{ doc: SharedDoc; relay: RelayTarget; conn: ReturnType<typeof recordingConnection> }> {
  const relay = relayStub();
  const merger = new LogMerger();
  mergers.push(merger);
  const doc = new SharedDoc("plan-1", {
    store: storeWith({ snapshot: base, snapshotSeq: 0, updates: [] }),
    merger,
    options: collabOptions({ awarenessFlushMs: 10, relayedFlushMs: 0, ...options }),
    touchActivity: () => undefined,
    onFailed: () => undefined,
    relay,
  });
  docs.push(doc);
  await doc.ready;
  const conn = recordingConnection();
  doc.addConnection(conn);
  conn.frames.length = 0;
  return { doc, relay: relay.target!, conn };
}

/** Another node's edits on `base`: one stored update per new section. */
function remoteEdits(base: Uint8Array, titles: string[]): RelayedUpdate[] {
  const other = new Y.Doc();
  Y.applyUpdate(other, base);
  const out: RelayedUpdate[] = [];
  other.on("update", (u: Uint8Array) => out.push({ data: u, userId: "u2" }));
  for (const title of titles) addSection(other, { title });
  return out;
}

function basePlan(): Uint8Array {
  const doc = new Y.Doc();
  addSection(doc, { title: "Housing" });
  return Y.encodeStateAsUpdate(doc);
}

describe("SharedDoc relayed updates", () => {
  it("applies a batch in one transaction and forwards each update as stored; a long batch goes out merged", async () => {
    const base = basePlan();
    const { doc, relay, conn } = await loaded(base);
    const edits = remoteEdits(base, ["One", "Two", "Three", "Four"]);
    let transactions = 0;
    doc.doc.on("afterTransaction", () => transactions++);

    relay.applyRemote(1, edits);

    expect(transactions).toBe(1);
    expect(sectionIds(doc.doc)).toHaveLength(5);
    const payloads = updatePayloads(conn.frames);
    expect(payloads.map((p) => Buffer.from(p))).toEqual(edits.map((e) => Buffer.from(e.data)));

    // a batch longer than forwarding frame by frame is worth (a resync after a gap): merged
    conn.frames.length = 0;
    const many = remoteEdits(Y.encodeStateAsUpdate(doc.doc), Array.from({ length: 40 }, (_, i) => `S${i}`));
    const before = transactions;
    relay.applyRemote(5, many);
    expect(transactions).toBe(before + 1);
    const merged = updatePayloads(conn.frames);
    expect(merged).toHaveLength(1);
    const client = new Y.Doc();
    Y.applyUpdate(client, base);
    for (const p of payloads) Y.applyUpdate(client, p);
    Y.applyUpdate(client, merged[0]!);
    expect(Buffer.from(Y.encodeStateAsUpdate(client)).equals(Buffer.from(Y.encodeStateAsUpdate(doc.doc)))).toBe(true);
  });

  it("forwards a relayed update's stored bytes as they are, and nothing for a change the doc already holds", async () => {
    const base = basePlan();
    const { doc, relay, conn } = await loaded(base);
    const [edit] = remoteEdits(base, ["Transport"]);

    relay.applyRemote(1, [edit!]);

    expect(sectionIds(doc.doc)).toHaveLength(2);
    const payloads = updatePayloads(conn.frames);
    expect(payloads).toHaveLength(1);
    expect(Buffer.from(payloads[0]!).equals(Buffer.from(edit!.data))).toBe(true);

    // the same change again under the next seq (a resync overlap): applied, nothing new, nothing sent
    conn.frames.length = 0;
    relay.applyRemote(2, [edit!]);
    expect(updatePayloads(conn.frames)).toHaveLength(0);
  });

  it("holds batches beyond a missing seq and applies everything in seq order once it arrives", async () => {
    const base = basePlan();
    const { doc, relay, conn } = await loaded(base);
    // each edit builds on the previous one (text typed into the same section)
    const other = new Y.Doc();
    Y.applyUpdate(other, base);
    const edits: RelayedUpdate[] = [];
    other.on("update", (u: Uint8Array) => edits.push({ data: u, userId: "u2" }));
    const [id] = sectionIds(other);
    const body = other.getMap("sections").get(id!) as Y.Map<unknown>;
    const text = new Y.Text();
    body.set("note", text);
    for (const ch of "meeting") text.insert(text.length, ch);
    expect(edits).toHaveLength(8);

    relay.applyRemote(6, edits.slice(5)); // seqs 6..8
    relay.applyRemote(3, edits.slice(2, 5)); // seqs 3..5
    expect(updatePayloads(conn.frames)).toHaveLength(0); // seqs 1..2 missing: nothing applied yet
    relay.applyRemote(1, edits.slice(0, 2));

    const note = (doc.doc.getMap("sections").get(id!) as Y.Map<unknown>).get("note") as Y.Text;
    expect(note.toString()).toBe("meeting");
    expect(Buffer.from(Y.encodeStateAsUpdate(doc.doc)).equals(Buffer.from(Y.encodeStateAsUpdate(other)))).toBe(true);
    const client = new Y.Doc();
    Y.applyUpdate(client, base);
    for (const p of updatePayloads(conn.frames)) Y.applyUpdate(client, p);
    expect(Buffer.from(Y.encodeStateAsUpdate(client)).equals(Buffer.from(Y.encodeStateAsUpdate(doc.doc)))).toBe(true);
  });

  it("sends other nodes' presence with the next relayed changes, after them and in the same write", async () => {
    const base = basePlan();
    const { relay, conn } = await loaded(base, { awarenessFlushMs: 60_000 });
    const writes: Uint8Array[][] = [];
    conn.sendAll = (frames) => writes.push([...frames]);
    const presence = encodeAwarenessFrame([{ clientId: 777, clock: 1, json: JSON.stringify({ user: { id: "u2" }, cursor: null }) }]);

    relay.relayAwareness(presence);
    expect(conn.frames).toHaveLength(0); // waits for the next broadcast (or the timed flush)
    expect(writes).toHaveLength(0);
    relay.applyRemote(1, remoteEdits(base, ["From node B"]));

    expect(writes).toHaveLength(1);
    expect(updatePayloads(writes[0]!)).toHaveLength(1);
    expect(writes[0]![writes[0]!.length - 1]).toBe(presence);
  });

  it("sends other nodes' presence on its own at the awareness flush when no changes come", async () => {
    const base = basePlan();
    const { relay, conn } = await loaded(base, { awarenessFlushMs: 5 });
    const presence = encodeAwarenessFrame([{ clientId: 778, clock: 1, json: JSON.stringify({ user: { id: "u2" }, cursor: null }) }]);

    relay.relayAwareness(presence);
    await vi.waitFor(() => expect(conn.frames).toEqual([presence]), { timeout: 2_000 });
  });

  describe("held for this node's next write (relayedFlushMs)", () => {
    /** A second connection of this node, whose edits and presence the doc broadcasts. */
    function localEditor(): ReturnType<typeof recordingConnection> {
      return { ...recordingConnection(), id: 2, userId: "u3" };
    }

    it("leave with this node's next broadcast of its own edits, first and in the same write", async () => {
      const base = basePlan();
      const { doc, relay, conn } = await loaded(base, { relayedFlushMs: 60_000 });
      const writes: Uint8Array[][] = [];
      conn.sendAll = (frames) => writes.push([...frames]);
      const editor = localEditor();
      doc.addConnection(editor);
      const remote = remoteEdits(base, ["From node B"]);

      relay.applyRemote(1, remote);
      expect(writes).toHaveLength(0);
      expect(conn.frames).toHaveLength(0);
      // the doc holds the change at once (a sync answer includes it): only the sending waits
      expect(sectionIds(doc.doc)).toHaveLength(2);

      const local = new Y.Doc();
      Y.applyUpdate(local, Y.encodeStateAsUpdate(doc.doc));
      const before = Y.encodeStateVector(local);
      addSection(local, { title: "From this node" });
      expect(doc.handleFrame(editor, { kind: "update", update: Y.encodeStateAsUpdate(local, before) })).toBeNull();
      await doc.whenDurable();
      await vi.waitFor(() => expect(writes).toHaveLength(1));

      const payloads = updatePayloads(writes[0]!);
      expect(payloads).toHaveLength(2);
      expect(Buffer.from(payloads[0]!).equals(Buffer.from(remote[0]!.data))).toBe(true);
      const client = new Y.Doc();
      Y.applyUpdate(client, base);
      for (const p of payloads) Y.applyUpdate(client, p);
      expect(Buffer.from(Y.encodeStateAsUpdate(client)).equals(Buffer.from(Y.encodeStateAsUpdate(doc.doc)))).toBe(true);
      // the sender of the local edit got the relayed change too, and not its own edit back
      const editorPayloads = updatePayloads(editor.frames);
      expect(editorPayloads.map((p) => Buffer.from(p))).toContainEqual(Buffer.from(remote[0]!.data));
      expect(editorPayloads).toHaveLength(1);
    });

    it("leave on their own once the window has passed, several messages in one write", async () => {
      const base = basePlan();
      const { relay, conn } = await loaded(base, { relayedFlushMs: 20 });
      const writes: Uint8Array[][] = [];
      conn.sendAll = (frames) => writes.push([...frames]);
      const remote = remoteEdits(base, ["One", "Two"]);

      relay.applyRemote(1, [remote[0]!]);
      relay.applyRemote(2, [remote[1]!]);
      expect(writes).toHaveLength(0);

      await vi.waitFor(() => expect(writes).toHaveLength(1), { timeout: 2_000 });
      expect(updatePayloads(writes[0]!).map((p) => Buffer.from(p))).toEqual(remote.map((r) => Buffer.from(r.data)));
    });

    it("lead this node's presence flush, and other nodes' presence stays after the changes it came with", async () => {
      const base = basePlan();
      const { doc, relay, conn } = await loaded(base, { relayedFlushMs: 60_000, awarenessFlushMs: 5 });
      const writes: Uint8Array[][] = [];
      conn.sendAll = (frames) => writes.push([...frames]);
      const editor = localEditor();
      doc.addConnection(editor);
      const theirs = encodeAwarenessFrame([{ clientId: 901, clock: 1, json: JSON.stringify({ user: { id: "u2" }, cursor: null }) }]);

      relay.relayAwareness(theirs);
      relay.applyRemote(1, remoteEdits(base, ["From node B"]));
      expect(writes).toHaveLength(0);
      expect(doc.handleFrame(editor, awarenessFrame(902, 1, { cursor: null }, 16))).toBeNull();

      await vi.waitFor(() => expect(writes).toHaveLength(1), { timeout: 2_000 });
      const [update, presenceB, presenceOurs] = writes[0]!;
      expect(updatePayloads([update!])).toHaveLength(1);
      expect(presenceB).toBe(theirs);
      expect(presenceOurs![0]).toBe(1); // an awareness frame, after everything relayed
      expect(writes[0]).toHaveLength(3);
    });
  });
});
