import { clientOwnerStatements } from "./clientOwnerStatements.ts";
import type { Db } from "./database.ts";
import { DocWriter } from "./docWriter.ts";
import { writeWithoutBlocking } from "./writeWithoutBlocking.ts";
import type { DocClientOwner, DocUpdateRecord } from "../../domain/planDocument.ts";
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
 * An in-memory database always writes inline.
 * A compaction records the owners of the pruned updates' Yjs client ids in
 * `doc_client_owners` (insert-or-ignore: the first writer wins) in its
 * transaction; `load` reads snapshot, log and owners in one read transaction.
 */
export function createDocStore(db: Db): DocStore {
  const fsyncEveryCommit = db.pragma("synchronous", { simple: true }) === 2; // FULL
  const writer = db.memory || !fsyncEveryCommit ? null : new DocWriter(db.name, () => db.open);
  const snap = db.prepare<[string], { snapshot: Buffer | null; snapshot_seq: number; next_seq: number }>(
    "SELECT snapshot, snapshot_seq, next_seq FROM doc_snapshots WHERE doc_id = ?",
  );
  const updates = db.prepare<[string, number], { seq: number; data: Buffer; user_id: string | null; created_at: string }>(
    "SELECT seq, data, user_id, created_at FROM doc_updates WHERE doc_id = ? AND seq > ? ORDER BY seq",
  );
  const ensure = db.prepare(
    "INSERT OR IGNORE INTO doc_snapshots (doc_id, snapshot, snapshot_seq, next_seq) VALUES (?, NULL, 0, 1)",
  );
  const bump = db.prepare("UPDATE doc_snapshots SET next_seq = next_seq + ? WHERE doc_id = ? RETURNING next_seq");
  const insert = db.prepare("INSERT INTO doc_updates (doc_id, seq, data, user_id, created_at) VALUES (?, ?, ?, ?, ?)");
  const setSnap = db.prepare("UPDATE doc_snapshots SET snapshot = ?, snapshot_seq = ? WHERE doc_id = ?");
  const prune = db.prepare("DELETE FROM doc_updates WHERE doc_id = ? AND seq <= ?");
  const owners = clientOwnerStatements(db);
  const count = db.prepare<[string, string], { n: number }>(
    "SELECT COUNT(*) AS n FROM doc_updates WHERE doc_id = ? AND seq > (SELECT snapshot_seq FROM doc_snapshots WHERE doc_id = ?)",
  );

  const appendTx = db.transaction(
    (docId: string, items: Array<{ data: Uint8Array; userId: string | null }>, at: string) => {
      ensure.run(docId);
      const next = (bump.get(items.length, docId) as { next_seq: number }).next_seq;
      let seq = next - items.length;
      for (const it of items) {
        insert.run(docId, seq, Buffer.from(it.data.buffer, it.data.byteOffset, it.data.byteLength), it.userId, at);
        seq++;
      }
      return next - 1;
    },
  );
  const compactTx = db.transaction((docId: string, snapshot: Uint8Array, uptoSeq: number, owned: readonly DocClientOwner[]) => {
    owners.record(docId, owned);
    const cur = snap.get(docId);
    if (cur && cur.snapshot_seq > uptoSeq) {
      return; // a newer compaction already happened
    }
    ensure.run(docId);
    setSnap.run(Buffer.from(snapshot), uptoSeq, docId);
    prune.run(docId, uptoSeq);
  });

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
      return writeWithoutBlocking(db, () => appendTx.immediate(docId, items, at));
    },
    async compact(docId, snapshot, uptoSeq, owned) {
      if (writer) return writer.compact(docId, snapshot, uptoSeq, owned);
      await writeWithoutBlocking(db, () => compactTx.immediate(docId, snapshot, uptoSeq, owned));
    },
    async logLength(docId) {
      return count.get(docId, docId)?.n ?? 0;
    },
  };
}
