import type { DocClientOwner, DocUpdateRecord } from "../../domain/planDocument.ts";

/** What is stored for a document: the latest snapshot and the log after it. */
export interface StoredDoc {
  snapshot: Uint8Array | null;
  /** Seq of the last update merged into the snapshot (0 if none). */
  snapshotSeq: number;
  updates: DocUpdateRecord[];
  /**
   * Recorded owners of the document's Yjs client ids (by `compact`, and by
   * `visits.recordClientOwners`), ordered by client id: who wrote under the
   * client ids the snapshot holds, since their log entries are gone.
   */
  owners: DocClientOwner[];
}

/** The Yjs document store: an append-only update log plus compacted snapshots. */
export interface DocStore {
  /** Load the snapshot and every update after it. Null when the doc does not exist. */
  load(docId: string): Promise<StoredDoc | null>;
  /**
   * Append updates durably (one transaction, fsync per the adapter's
   * durability settings). Returns the seq of the last appended update.
   */
  append(docId: string, updates: Array<{ data: Uint8Array; userId: string | null }>, createdAt: string): Promise<number>;
  /**
   * Replace the snapshot with `snapshot` (which includes every update up to
   * and including `uptoSeq`) and delete those updates, atomically; in the same
   * transaction record `owners` (the members who first wrote under the Yjs
   * client ids of the deleted updates; an already recorded owner is kept: the
   * first writer wins), so that who may write under a client id outlives the
   * log. A stale compaction (older than the stored snapshot) changes nothing
   * but still records the owners.
   */
  compact(docId: string, snapshot: Uint8Array, uptoSeq: number, owners: readonly DocClientOwner[]): Promise<void>;
  /** Number of log entries after the snapshot. */
  logLength(docId: string): Promise<number>;
}
