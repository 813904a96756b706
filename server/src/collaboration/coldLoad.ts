import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { log } from "../logging/logger.ts";
import type { DocClientOwner, DocStore } from "../storage/types.ts";
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
  /**
   * Who first wrote under each Yjs client id: the owners recorded when the log
   * was compacted, then the authors in the log (null = the server).
   */
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
  // recorded owners first: they wrote before anything still in the log
  const owners = new Map<number, string | null>(stored.owners.map((o) => [o.clientId, o.userId]));
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
    await store.compact(planId, merged.state, lastSeq, ownersToRecord(owners, updates));
    return { state: merged.state, base: merged.state, tail: [], tailSeqs: [], lastSeq, owners };
  }
  return { state: merged.state, base: stored.snapshot, tail: updates, tailSeqs: stored.updates.map((u) => u.seq), lastSeq, owners };
}

/**
 * The owners a compaction of `updates` must record: the member (never the
 * server) who owns each client id those updates write under, per `owners`.
 */
export function ownersToRecord(owners: ReadonlyMap<number, string | null>, updates: Iterable<Uint8Array>): DocClientOwner[] {
  const out = new Map<number, string>();
  for (const u of updates) {
    let clients: Iterable<number>;
    try {
      clients = writtenClients(u);
    } catch {
      continue; // unreadable: it wrote nothing into the snapshot either
    }
    for (const client of clients) {
      const userId = owners.get(client);
      if (typeof userId === "string" && !out.has(client)) out.set(client, userId);
    }
  }
  return [...out].map(([clientId, userId]) => ({ clientId, userId }));
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
