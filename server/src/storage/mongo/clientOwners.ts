import type { ClientSession, Model } from "mongoose";
import type { DocClientOwner } from "../../domain/planDocument.ts";
import type { DocClientOwnerDoc } from "./models/docClientOwnerModel.ts";
import { seqNo, str } from "./ids.ts";

/*
 * `docClientOwners`, shared by the document store (compaction records the
 * owners of the client ids it prunes, load reads them) and the visit
 * repository.
 */

/** Validated owners, one per client id (the first listed wins); throws before any query. */
export function validOwners(owners: readonly DocClientOwner[]): DocClientOwner[] {
  if (!Array.isArray(owners)) throw new TypeError("owners must be an array");
  const seen = new Map<number, string>();
  owners.forEach((o, i) => {
    const clientId = seqNo(o.clientId, `owners[${i}].clientId`);
    const userId = str(o.userId, `owners[${i}].userId`);
    if (!seen.has(clientId)) seen.set(clientId, userId);
  });
  return [...seen].map(([clientId, userId]) => ({ clientId, userId }));
}

/**
 * Record validated owners of `docId`, keeping any already recorded (the first
 * writer wins): upserts that only set on insert, because a duplicate-key
 * error would abort the caller's transaction.
 */
export async function recordOwners(Owners: Model<DocClientOwnerDoc>, docId: string, owners: readonly DocClientOwner[], session?: ClientSession): Promise<void> {
  if (owners.length === 0) return;
  await Owners.bulkWrite(
    owners.map((o) => ({ updateOne: { filter: { docId, clientId: o.clientId }, update: { $setOnInsert: { userId: o.userId } }, upsert: true } })),
    session ? { session, ordered: true } : { ordered: true },
  );
}

/** The document's recorded owners, by client id. */
export async function listOwners(Owners: Model<DocClientOwnerDoc>, docId: string, session?: ClientSession): Promise<DocClientOwner[]> {
  const docs = await Owners.find({ docId }, null, session ? { session } : {}).sort({ clientId: 1 }).lean<DocClientOwnerDoc[]>().exec();
  return docs.map((d) => ({ clientId: d.clientId, userId: d.userId }));
}
