import mongoose from "mongoose";
import type { DocStore } from "../types.ts";
import type { DocUpdateRecord } from "../../domain/planDocument.ts";
import { listOwners, recordOwners, validOwners } from "./clientOwners.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { DocHeadDoc } from "./models/docHeadModel.ts";
import type { DocSnapshotDoc } from "./models/docSnapshotModel.ts";
import type { DocUpdateDoc } from "./models/docUpdateModel.ts";
import { seqNo, str, strOrNull } from "./ids.ts";
import { toBuffer, toBytes } from "./bytes.ts";
import { inTransaction } from "./transaction.ts";
import { guard, isDuplicateKeyError } from "./unavailable.ts";

/**
 * MongoDB Yjs document store: `docHeads` (per-doc counter), `docSnapshots`
 * and the append-only `docUpdates` log, unique on (docId, seq).
 *
 * - `append` allocates seqs by `$inc` on the head and inserts the updates in
 *   one transaction committed with w:majority, j:true: when it resolves the
 *   updates survive a crash or failover. If the commit cannot be confirmed it
 *   rejects with `StorageUnavailableError` (the client must not be acked and
 *   resends; replaying a Yjs update is harmless).
 * - `compact` writes the snapshot, deletes the merged updates and records the
 *   owners of their Yjs client ids in `docClientOwners` (upserts that never
 *   replace: the first writer wins) in one transaction; a compaction older
 *   than the stored snapshot only records the owners.
 * - `load` reads head, snapshot, log and owners from one snapshot (transaction
 *   with read concern "snapshot"), so a concurrent compaction cannot make it
 *   miss updates or their owners.
 */
export function createDocStore(ctx: MongoContext): DocStore {
  const { docHeads: Heads, docSnapshots: Snapshots, docUpdates: Updates, docClientOwners: Owners } = ctx.models;
  return {
    async load(docId) {
      const _id = str(docId, "docId");
      return inTransaction(ctx.conn, "docs.load", async (session) => {
        const head = await Heads.findOne({ _id }, null, { session }).lean<DocHeadDoc>().exec();
        if (!head) return null;
        const snap = await Snapshots.findOne({ _id }, null, { session }).lean<DocSnapshotDoc>().exec();
        const rows = await Updates.find({ docId: _id, seq: mongoose.trusted({ $gt: head.snapshotSeq }) }, null, { session })
          .sort({ seq: 1 })
          .lean<DocUpdateDoc[]>()
          .exec();
        const updates: DocUpdateRecord[] = rows.map((r) => ({
          seq: r.seq,
          data: toBytes(r.data),
          userId: r.userId ?? null,
          createdAt: r.createdAt,
        }));
        const owners = await listOwners(Owners, _id, session);
        return { snapshot: snap ? toBytes(snap.data) : null, snapshotSeq: head.snapshotSeq, updates, owners };
      });
    },
    async append(docId, items, createdAt) {
      const _id = str(docId, "docId");
      const at = str(createdAt, "createdAt");
      if (items.length === 0) return 0;
      const prepared = items.map((it, i) => {
        if (!(it.data instanceof Uint8Array)) throw new TypeError(`updates[${i}].data must be a Uint8Array`);
        return { data: toBuffer(it.data), userId: strOrNull(it.userId, `updates[${i}].userId`) };
      });
      const n = prepared.length;
      const once = () => inTransaction(ctx.conn, "docs.append", async (session) => {
        const head = await Heads.findOneAndUpdate(
          { _id },
          { $inc: { lastSeq: n }, $setOnInsert: { snapshotSeq: 0 } },
          { upsert: true, returnDocument: "after", session },
        )
          .lean<DocHeadDoc>()
          .exec();
        if (!head) throw new Error("docs.append: head upsert returned nothing");
        const first = head.lastSeq - n + 1;
        await Updates.insertMany(
          prepared.map((p, i) => ({ docId: _id, seq: first + i, data: p.data, userId: p.userId, createdAt: at })),
          { session, ordered: true },
        );
        return head.lastSeq;
      });
      // Two first appends to a new document may race to create its head; the
      // loser's transaction was aborted (nothing written) and simply runs again.
      for (let attempt = 1; ; attempt++) {
        try {
          return await once();
        } catch (err) {
          if (attempt >= 3 || !isDuplicateKeyError(err)) throw err;
        }
      }
    },
    async compact(docId, snapshot, uptoSeq, owners) {
      const _id = str(docId, "docId");
      const upto = seqNo(uptoSeq, "uptoSeq");
      if (!(snapshot instanceof Uint8Array)) throw new TypeError("snapshot must be a Uint8Array");
      const data = toBuffer(snapshot);
      const owned = validOwners(owners);
      await inTransaction(ctx.conn, "docs.compact", async (session) => {
        await recordOwners(Owners, _id, owned, session);
        const head = await Heads.findOne({ _id }, null, { session }).lean<DocHeadDoc>().exec();
        if (head && head.snapshotSeq > upto) return; // a newer compaction already happened
        await Heads.updateOne(
          { _id },
          // $max keeps the seq counter past the snapshot even for a doc first seen here.
          { $set: { snapshotSeq: upto }, $max: { lastSeq: upto } },
          { upsert: true, session },
        ).exec();
        await Snapshots.updateOne({ _id }, { $set: { data } }, { upsert: true, session }).exec();
        await Updates.deleteMany({ docId: _id, seq: mongoose.trusted({ $lte: upto }) }, { session }).exec();
      });
    },
    async logLength(docId) {
      const _id = str(docId, "docId");
      return guard("docs.logLength", async () => {
        const head = await Heads.findOne({ _id }).lean<DocHeadDoc>().exec();
        if (!head) return 0;
        return Updates.countDocuments({ docId: _id, seq: mongoose.trusted({ $gt: head.snapshotSeq }) }).exec();
      });
    },
  };
}
