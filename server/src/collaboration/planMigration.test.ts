/**
 * A plan stored under schema 1 (free-text fields as plain strings) is migrated
 * by the server when it loads: once, as one stored server update, and in step
 * with a client that converted the same field itself.
 */
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addAction, planRoots, readAction, readMeta, readPlan, updateActionField } from "@jigsaw/shared/plan/index";
import type { DocStore } from "../storage/types.ts";
import { collabOptions } from "./collabOptions.ts";
import { LogMerger } from "./compaction.ts";
import { SharedDoc } from "./sharedDoc.ts";

const open: Array<{ doc: SharedDoc; merger: LogMerger }> = [];

afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.doc.unload();
    await o.merger.close();
  }
});

/** Schema 1: meta version 1, an action whose title and lead are plain strings. */
function legacyState(): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => planRoots(doc).meta.set("schemaVersion", 1));
  addAction(doc, { title: "Family hubs", leadOrganisation: "Riverside Borough Council" }, { newId: () => "a-1" });
  const m = planRoots(doc).actions.get("a-1") as Y.Map<unknown>;
  doc.transact(() => {
    m.set("title", "Family hubs");
    m.set("leadOrganisation", "Riverside Borough Council");
  });
  return Y.encodeStateAsUpdate(doc);
}

/** A store holding one state that records what is appended to it (and serves it on the next load). */
function memoryStore(base: Uint8Array): DocStore & { appended: Uint8Array[] } {
  const appended: Uint8Array[] = [];
  return {
    appended,
    load: async () => ({ snapshot: base, snapshotSeq: 0, updates: appended.map((data, i) => ({ seq: i + 1, data, userId: null, createdAt: "2026-12-07T00:00:00.000Z" })), owners: [] }),
    append: async (_doc, items) => {
      for (const it of items) appended.push(it.data);
      return appended.length;
    },
    compact: async () => undefined,
    logLength: async () => appended.length,
  };
}

async function load(store: DocStore): Promise<SharedDoc> {
  const merger = new LogMerger();
  const doc = new SharedDoc("plan-m", { store, merger, options: collabOptions(), touchActivity: () => undefined, onFailed: () => undefined });
  open.push({ doc, merger });
  await doc.ready;
  await doc.whenDurable();
  return doc;
}

describe("SharedDoc plan migration", () => {
  it("converts plain-string cells to Y.Text on the first load only, keeping every reader's view", async () => {
    const state = legacyState();
    const legacy = new Y.Doc();
    Y.applyUpdate(legacy, state);
    const store = memoryStore(state);
    const first = await load(store);
    const title = (planRoots(first.doc).actions.get("a-1") as Y.Map<unknown>).get("title");
    expect(title).toBeInstanceOf(Y.Text);
    expect(readMeta(first.doc).schemaVersion).toBe(2);
    expect(readPlan(first.doc).actions).toEqual(readPlan(legacy).actions);
    expect(store.appended).toHaveLength(1);
    await first.unload();
    open.splice(0, 1);
    const second = await load(store);
    expect(readMeta(second.doc).schemaVersion).toBe(2);
    expect(store.appended).toHaveLength(1);
  });

  it("accepts a client's own conversion of the same field (same items) with its typing", async () => {
    const state = legacyState();
    const client = new Y.Doc();
    Y.applyUpdate(client, state);
    const before = Y.encodeStateVector(client);
    updateActionField(client, "a-1", "title", "Family hubs in every ward");
    const doc = await load(memoryStore(state));
    expect(doc.accept(Y.encodeStateAsUpdate(client, before), "user-1", null)).toBeNull();
    expect(readAction(doc.doc, "a-1")?.title).toBe("Family hubs in every ward");
  });
});
