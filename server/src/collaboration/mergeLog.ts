/** Applies a snapshot and an update log into a fresh doc and encodes the result: the one merge algorithm, inline or in the worker. */
import * as Y from "yjs";

/** Result of applying a snapshot and an update log into a fresh doc. */
export interface MergedLog {
  /** `Y.encodeStateAsUpdate` of the resulting doc. */
  state: Uint8Array;
  /** Updates that failed to apply (poisoned log entries), by index. */
  skipped: number[];
}

/**
 * Apply `base` then `updates` into a fresh doc in transactions of 500 updates
 * and encode it (never Y.mergeUpdates over a long log, which is superlinear).
 * Poisoned entries are skipped and reported by index.
 */
export function mergeLogInline(base: Uint8Array | null, updates: readonly Uint8Array[]): MergedLog {
  const doc = new Y.Doc();
  const skipped: number[] = [];
  if (base) Y.applyUpdate(doc, base);
  for (let i = 0; i < updates.length; i += 500) {
    doc.transact(() => {
      for (let j = i; j < Math.min(i + 500, updates.length); j++) {
        try {
          Y.applyUpdate(doc, updates[j]!);
        } catch {
          skipped.push(j);
        }
      }
    });
  }
  const state = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { state, skipped };
}
