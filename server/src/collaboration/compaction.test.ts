/**
 * When a loaded document compacts its update log: once it holds `compactAfterUpdates`,
 * then no more often than `compactMinIntervalMs`, unless the log reaches `compactAlwaysAfterUpdates`.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { addSection } from "@jigsaw/shared/plan/index";
import type { DocStore } from "../storage/types.ts";
import { collabOptions, type CollabOptions } from "./collabOptions.ts";
import { LogMerger } from "./compaction.ts";
import { SharedDoc } from "./sharedDoc.ts";

const open: Array<{ doc: SharedDoc; merger: LogMerger }> = [];

afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.doc.unload();
    await o.merger.close();
  }
});

/** A store that numbers appended updates and records each compaction's last seq. */
function countingStore(base: Uint8Array): DocStore & { compactions: number[] } {
  let seq = 0;
  const compactions: number[] = [];
  return {
    compactions,
    load: async () => ({ snapshot: base, snapshotSeq: 0, updates: [], owners: [] }),
    append: async (_doc, items) => (seq += items.length),
    compact: async (_doc, _snapshot, uptoSeq) => {
      compactions.push(uptoSeq);
    },
    logLength: async () => seq,
  };
}

async function loaded(options: Partial<CollabOptions>) {
  const seed = new Y.Doc();
  addSection(seed, { title: "Housing" });
  const store = countingStore(Y.encodeStateAsUpdate(seed));
  const merger = new LogMerger();
  const doc = new SharedDoc("plan-c", {
    store,
    merger,
    options: collabOptions(options),
    touchActivity: () => undefined,
    onFailed: () => undefined,
  });
  open.push({ doc, merger });
  await doc.ready;
  /** `n` edits, each committed in its own turn. */
  const edit = async (n: number) => {
    for (let i = 0; i < n; i++) {
      const before = Y.encodeStateVector(doc.doc);
      const other = new Y.Doc();
      Y.applyUpdate(other, Y.encodeStateAsUpdate(doc.doc));
      addSection(other, { title: `Section ${i}` });
      expect(doc.accept(Y.encodeStateAsUpdate(other, before), null, null)).toBeNull();
      await doc.whenDurable();
    }
  };
  return { doc, store, edit };
}

describe("SharedDoc compaction pacing", () => {
  it("compacts once the log is long enough, then waits out the interval however long the log grows below the cap", async () => {
    const { store, edit } = await loaded({ compactAfterUpdates: 5, compactMinIntervalMs: 60_000, compactAlwaysAfterUpdates: 1_000 });
    await edit(4);
    expect(store.compactions).toEqual([]);
    await edit(1);
    await vi.waitFor(() => expect(store.compactions).toEqual([5]));
    await edit(12);
    await new Promise((r) => setTimeout(r, 50));
    expect(store.compactions).toEqual([5]);
  });

  it("compacts again once the interval has passed", async () => {
    const { store, edit } = await loaded({ compactAfterUpdates: 5, compactMinIntervalMs: 1_000, compactAlwaysAfterUpdates: 1_000 });
    await edit(5);
    await vi.waitFor(() => expect(store.compactions).toEqual([5]));
    const started = performance.now();
    await edit(6);
    expect(performance.now() - started).toBeLessThan(1_000); // else the interval below is not what is tested
    expect(store.compactions).toEqual([5]);
    await new Promise((r) => setTimeout(r, 1_050 - (performance.now() - started)));
    await edit(1);
    await vi.waitFor(() => expect(store.compactions).toEqual([5, 12]));
  });

  it("compacts within the interval once the log reaches the cap", async () => {
    const { store, edit } = await loaded({ compactAfterUpdates: 5, compactMinIntervalMs: 60_000, compactAlwaysAfterUpdates: 8 });
    await edit(5);
    await vi.waitFor(() => expect(store.compactions).toEqual([5]));
    await edit(7);
    expect(store.compactions).toEqual([5]);
    await edit(1);
    await vi.waitFor(() => expect(store.compactions).toEqual([5, 13]));
  });
});
