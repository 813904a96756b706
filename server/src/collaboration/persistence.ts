import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { log } from "../logging/logger.ts";
import type { DocStore } from "../storage/types.ts";
import { mergeLogInline, type LogMerger } from "./logMerger.ts";

const logger = log("collaboration");

/** A document as loaded from storage. */
export interface LoadedDoc {
  /** Full state to apply into the live doc. */
  state: Uint8Array;
  /** Stored snapshot the `tail` applies on top of. */
  base: Uint8Array | null;
  /** Stored updates after `base`. */
  tail: Uint8Array[];
  /** Seq of each `tail` entry. */
  tailSeqs: number[];
  /** Seq of the last stored update (or of the snapshot). */
  lastSeq: number;
  /** Author of each Yjs client id seen in the log. */
  owners: Map<number, string | null>;
}

/**
 * Load a plan document: snapshot + log applied into a doc. Long logs are
 * applied in the worker and compacted right away. Poisoned log entries are
 * skipped (logged) rather than making the plan unloadable. Null when the
 * plan has no document.
 */
export async function loadDoc(store: DocStore, merger: LogMerger, planId: string, workerThreshold: number): Promise<LoadedDoc | null> {
  const stored = await store.load(planId);
  if (!stored) return null;
  const updates = stored.updates.map((u) => u.data);
  const lastSeq = stored.updates.length > 0 ? stored.updates[stored.updates.length - 1]!.seq : stored.snapshotSeq;
  const owners = new Map<number, string | null>();
  for (const u of stored.updates) {
    try {
      for (const client of writtenClients(u.data)) if (!owners.has(client)) owners.set(client, u.userId);
    } catch {
      // unreadable entry: skipped by the merge below as well
    }
  }
  if (updates.length === 0 && stored.snapshot) {
    // nothing to merge: the snapshot is the state (no apply + re-encode on the event loop)
    return { state: stored.snapshot, base: stored.snapshot, tail: [], tailSeqs: [], lastSeq, owners };
  }
  const merged = updates.length > workerThreshold ? await merger.merge(stored.snapshot, updates) : mergeLogInline(stored.snapshot, updates);
  if (merged.skipped.length > 0) {
    logger.error({ planId, skipped: merged.skipped.map((i) => stored.updates[i]!.seq) }, "skipped unreadable stored updates");
  }
  if (updates.length > workerThreshold) {
    await store.compact(planId, merged.state, lastSeq);
    return { state: merged.state, base: merged.state, tail: [], tailSeqs: [], lastSeq, owners };
  }
  return { state: merged.state, base: stored.snapshot, tail: updates, tailSeqs: stored.updates.map((u) => u.seq), lastSeq, owners };
}

/**
 * Client ids that wrote structs in a V1 update. Most log entries come from one
 * client: the header is read directly (3 varints) instead of decoding every
 * struct with `Y.parseUpdateMeta`, which matters for long logs.
 */
export function writtenClients(update: Uint8Array): Iterable<number> {
  const d = decoding.createDecoder(update);
  const groups = decoding.readVarUint(d);
  if (groups === 0) return [];
  if (groups === 1) {
    const structs = decoding.readVarUint(d);
    return structs > 0 ? [decoding.readVarUint(d)] : [];
  }
  return Y.parseUpdateMeta(update).to.keys();
}
