/**
 * An update that fails validation, or passes it and then makes Yjs throw while applying, is
 * refused for the connection that sent it (closed with MalformedMessage, counted); the document
 * stays loaded and every other connection carries on (issue 18: one 10-byte frame used to drop
 * the document for everyone with 4500).
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addSection, sectionIds } from "@jigsaw/shared/plan/index";
import { CloseEvents } from "@jigsaw/shared/realtime/closeEvents";
import { createEmbeddedStorage, type EmbeddedStorage } from "../storage/embedded/embeddedStorage.ts";
import { collabOptions } from "./collabOptions.ts";
import { LogMerger } from "./compaction.ts";
import type { UpdateRefusal } from "./messageRouter.ts";
import { SharedDoc } from "./sharedDoc.ts";
import { closedAfterEach, recordingConnection } from "./sharedDocTestKit.ts";

const PLAN = "plan-refusal";
const open = closedAfterEach();

async function loaded(): Promise<{ doc: SharedDoc; storage: EmbeddedStorage; refused: string[]; failed: () => boolean }> {
  const storage = createEmbeddedStorage(":memory:");
  open.push({ storage });
  const seed = new Y.Doc();
  addSection(seed, { title: "Housing" });
  await storage.docs.compact(PLAN, Y.encodeStateAsUpdate(seed), 0, []);
  const merger = new LogMerger();
  const refused: string[] = [];
  let failed = false;
  const doc = new SharedDoc(PLAN, {
    store: storage.docs,
    merger,
    options: collabOptions({}),
    touchActivity: () => undefined,
    onFailed: () => (failed = true),
    onRefused: (reason: UpdateRefusal["reason"]) => refused.push(reason),
  });
  open.push({ merger, doc });
  await doc.ready;
  return { doc, storage, refused, failed: () => failed };
}

function clientOf(doc: SharedDoc): Y.Doc {
  const c = new Y.Doc();
  Y.applyUpdate(c, Y.encodeStateAsUpdate(doc.doc));
  return c;
}

function captured(client: Y.Doc, fn: () => void): Uint8Array {
  const sv = Y.encodeStateVector(client);
  fn();
  return Y.encodeStateAsUpdate(client, sv);
}

async function storedState(storage: EmbeddedStorage): Promise<Uint8Array> {
  const s = await storage.docs.load(PLAN);
  const d = new Y.Doc();
  if (s?.snapshot) Y.applyUpdate(d, s.snapshot);
  for (const u of s?.updates ?? []) Y.applyUpdate(d, u.data);
  return Y.encodeStateAsUpdate(d);
}

describe("SharedDoc: a refused update closes only its sender", () => {
  it("refuses the zero-length delete range frame (issue 18) and keeps the document", async () => {
    const { doc, refused, failed } = await loaded();
    const bad = { ...recordingConnection(), id: 1 };
    const other = { ...recordingConnection(), id: 2, userId: "u2" };
    doc.addConnection(bad);
    doc.addConnection(other);
    const verdict = doc.handleFrame(bad, { kind: "update", update: new Uint8Array([0x00, 0x01, 0x8b, 0x06, 0x01, 0x00, 0x00]) });
    expect(verdict).toBe(CloseEvents.MalformedMessage);
    expect(doc.state).toBe("ready");
    expect(failed()).toBe(false);
    expect(refused).toEqual(["malformed"]);
  });

  it("an update that throws while applying closes its sender; others' edits are still applied and stored", async () => {
    const { doc, storage, refused, failed } = await loaded();
    const bad = { ...recordingConnection(), id: 1 };
    const other = { ...recordingConnection(), id: 2, userId: "u2" };
    doc.addConnection(bad);
    doc.addConnection(other);
    // a throw from inside Yjs's apply (here an observer; any cause takes the same path)
    let armed = true;
    doc.doc.getArray("sectionOrder").observe(() => {
      if (armed) {
        armed = false;
        throw new Error("boom inside applyUpdate");
      }
    });
    const badClient = clientOf(doc);
    const u1 = captured(badClient, () => addSection(badClient, { title: "Throws" }));
    expect(doc.handleFrame(bad, { kind: "update", update: u1 })).toBe(CloseEvents.MalformedMessage);
    expect(doc.state).toBe("ready");
    expect(failed()).toBe(false);
    expect(refused).toEqual(["apply_failed"]);
    expect(doc.doc.store.pendingStructs).toBeNull();

    const otherClient = clientOf(doc);
    const u2 = captured(otherClient, () => addSection(otherClient, { title: "Still works" }));
    expect(doc.handleFrame(other, { kind: "update", update: u2 })).toBeNull();
    await doc.whenDurable();
    const titles = sectionIds(doc.doc).length;
    expect(titles).toBeGreaterThanOrEqual(2);
    // what the live doc holds is what storage holds (the part Yjs integrated before throwing included)
    const reread = new Y.Doc();
    Y.applyUpdate(reread, await storedState(storage));
    expect(Y.encodeStateVector(reread)).toEqual(Y.encodeStateVector(doc.doc));
    expect(sectionIds(reread)).toEqual(sectionIds(doc.doc));
  });
});
