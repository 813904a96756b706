/** The document log's writes (append, compact) as SQLite transactions: one copy for the main connection and the writer thread. */
import type { Db } from "./database.ts";
import { clientOwnerStatements } from "./clientOwnerStatements.ts";
import type { DocClientOwner } from "../../domain/planDocument.ts";

/** One log entry to append. */
export interface DocLogItem {
  data: Uint8Array;
  userId: string | null;
}

/** Prepare the log's write transactions on `db` (the main connection or the writer thread's own). */
export function docLogWrites(db: Db) {
  const snapSeq = db.prepare<[string], { snapshot_seq: number }>("SELECT snapshot_seq FROM doc_snapshots WHERE doc_id = ?");
  const ensure = db.prepare("INSERT OR IGNORE INTO doc_snapshots (doc_id, snapshot, snapshot_seq, next_seq) VALUES (?, NULL, 0, 1)");
  const bump = db.prepare<[number, string], { next_seq: number }>("UPDATE doc_snapshots SET next_seq = next_seq + ? WHERE doc_id = ? RETURNING next_seq");
  const insert = db.prepare("INSERT INTO doc_updates (doc_id, seq, data, user_id, created_at) VALUES (?, ?, ?, ?, ?)");
  const setSnap = db.prepare("UPDATE doc_snapshots SET snapshot = ?, snapshot_seq = ? WHERE doc_id = ?");
  const prune = db.prepare("DELETE FROM doc_updates WHERE doc_id = ? AND seq <= ?");
  const owners = clientOwnerStatements(db);
  const append = db.transaction((docId: string, items: readonly DocLogItem[], at: string): number => {
    ensure.run(docId);
    const next = bump.get(items.length, docId)!.next_seq;
    let seq = next - items.length;
    for (const it of items) insert.run(docId, seq++, bytes(it.data), it.userId, at);
    return next - 1;
  });
  const compact = db.transaction((docId: string, snapshot: Uint8Array, uptoSeq: number, owned: readonly DocClientOwner[]): void => {
    owners.record(docId, owned);
    const cur = snapSeq.get(docId);
    if (cur && cur.snapshot_seq > uptoSeq) return; // a newer compaction already happened
    ensure.run(docId);
    setSnap.run(bytes(snapshot), uptoSeq, docId);
    prune.run(docId, uptoSeq);
  });
  return {
    /** Append entries; returns the seq of the last one. */
    append,
    /**
     * Replace the snapshot and prune the log up to `uptoSeq`, recording `owners` (insert-or-ignore)
     * in the same transaction; only the owners when a newer compaction already happened.
     */
    compact,
  };
}

/** The bytes as a Buffer view (no copy) for SQLite. */
function bytes(u: Uint8Array): Buffer {
  return Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}
