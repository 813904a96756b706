/** The SQLite Yjs document store: snapshot and append-only update log per document, written inline or by the writer thread. */
import { clientOwnerStatements } from "./clientOwnerStatements.ts";
import type { Db } from "./database.ts";
import { docLogWrites } from "./docLogWrites.ts";
import { DocWriter } from "./docWriter.ts";
import { writeWithoutBlocking } from "./writeWithoutBlocking.ts";
import type { DocUpdateRecord } from "../../domain/planDocument.ts";
import type { DocStore } from "../types.ts";

/**
 * SQLite Yjs document store: a snapshot row per document plus an append-only
 * update log. Appends are committed when `append` resolves.
 * - synchronous=NORMAL (the default): a WAL commit is a write to the OS with no
 *   fsync (tens of µs), so appends run inline in one IMMEDIATE transaction; a
 *   thread hop would cost more than the commit.
 * - synchronous=FULL: every commit waits for fsync, so appends and compactions
 *   go to a writer thread with its own connection that group-commits every
 *   document's pending writes in one transaction; the fsync never blocks the
 *   event loop.
 * An in-memory database always writes inline. Both paths run the same
 * transactions (`docLogWrites`).
 * A compaction records the owners of the pruned updates' Yjs client ids in
 * `doc_client_owners` (insert-or-ignore: the first writer wins) in its
 * transaction; `load` reads snapshot, log and owners in one read transaction.
 */
export function createDocStore(db: Db): DocStore {
  const fsyncEveryCommit = db.pragma("synchronous", { simple: true }) === 2; // FULL
  const writer = db.memory || !fsyncEveryCommit ? null : new DocWriter(db.name, () => db.open);
  const writes = docLogWrites(db);
  const snap = db.prepare<[string], { snapshot: Buffer | null; snapshot_seq: number; next_seq: number }>(
    "SELECT snapshot, snapshot_seq, next_seq FROM doc_snapshots WHERE doc_id = ?",
  );
  const updates = db.prepare<[string, number], { seq: number; data: Buffer; user_id: string | null; created_at: string }>(
    "SELECT seq, data, user_id, created_at FROM doc_updates WHERE doc_id = ? AND seq > ? ORDER BY seq",
  );
  const owners = clientOwnerStatements(db);
  const count = db.prepare<[string, string], { n: number }>(
    "SELECT COUNT(*) AS n FROM doc_updates WHERE doc_id = ? AND seq > (SELECT snapshot_seq FROM doc_snapshots WHERE doc_id = ?)",
  );

  // one read transaction: the writer thread's connection may compact between the reads
  const loadTx = db.transaction((docId: string) => {
    const s = snap.get(docId);
    if (!s) return null;
    const log: DocUpdateRecord[] = updates.all(docId, s.snapshot_seq).map((r) => ({
      seq: r.seq,
      data: new Uint8Array(r.data),
      userId: r.user_id,
      createdAt: r.created_at,
    }));
    return { snapshot: s.snapshot ? new Uint8Array(s.snapshot) : null, snapshotSeq: s.snapshot_seq, updates: log, owners: owners.list(docId) };
  });

  return {
    async load(docId) {
      return loadTx(docId);
    },
    async append(docId, items, at) {
      if (items.length === 0) {
        return 0;
      }
      if (writer) return writer.append(docId, items, at);
      return writeWithoutBlocking(db, () => writes.append.immediate(docId, items, at));
    },
    async compact(docId, snapshot, uptoSeq, owned) {
      if (writer) return writer.compact(docId, snapshot, uptoSeq, owned);
      await writeWithoutBlocking(db, () => writes.compact.immediate(docId, snapshot, uptoSeq, owned));
    },
    async logLength(docId) {
      return count.get(docId, docId)?.n ?? 0;
    },
  };
}
