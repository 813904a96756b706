import { RevisionConflictError } from "../../domain/errors.ts";
import { assertAtRevision, type OutcomeExtensionChangeRecord, type OutcomeExtensionItemRecord } from "../../domain/outcomeExtension.ts";
import type { OutcomeExtensionRepository } from "../types.ts";
import { checkExtensionWrites, extensionChangeKey, extensionItemKey } from "../outcomeExtensionWrites.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { OutcomeExtensionItemDoc } from "./models/outcomeExtensionItemModel.ts";
import type { OutcomeExtensionChangeDoc } from "./models/outcomeExtensionChangeModel.ts";
import { str } from "./ids.ts";
import { inTransaction } from "./transaction.ts";
import { guard, isDuplicateKeyError } from "./unavailable.ts";

/** An `outcomeExtensionItems` document → record. */
export function extensionItemFromDoc(d: OutcomeExtensionItemDoc): OutcomeExtensionItemRecord {
  return {
    partnershipId: d.partnershipId,
    itemId: d.itemId,
    kind: d.kind,
    data: d.data,
    createdAt: d.createdAt,
    createdBy: d.createdBy,
    updatedAt: d.updatedAt,
    updatedBy: d.updatedBy,
    retiredAt: d.retiredAt ?? null,
    retiredBy: d.retiredBy ?? null,
  };
}

/** An `outcomeExtensionChanges` document → record. */
export function extensionChangeFromDoc(d: OutcomeExtensionChangeDoc): OutcomeExtensionChangeRecord {
  return {
    partnershipId: d.partnershipId,
    seq: d.seq,
    actorId: d.actorId,
    action: d.action,
    itemKind: d.itemKind,
    itemId: d.itemId,
    label: d.label ?? "",
    fields: d.fields ?? "",
    at: d.at,
  };
}

/**
 * MongoDB partnership outcome extensions. A write reads the partnership's last
 * audit seq and writes items plus audit entries in one transaction; the
 * deterministic audit `_id` (`<partnershipId>/<seq>`) makes two writers that
 * expected the same revision collide, and the loser gets `RevisionConflictError`.
 */
export function createOutcomeExtensionRepository(ctx: MongoContext): OutcomeExtensionRepository {
  const { outcomeExtensionItems: Items, outcomeExtensionChanges: Changes } = ctx.models;

  async function revisionOf(partnershipId: string): Promise<number> {
    const last = await Changes.findOne({ partnershipId }).sort({ seq: -1 }).select({ seq: 1 }).lean<{ seq: number }>().exec();
    return last?.seq ?? 0;
  }

  return {
    async load(partnershipId) {
      const pid = str(partnershipId, "partnershipId");
      return guard("outcomeExtensions.load", async () => {
        const [revision, docs] = await Promise.all([
          revisionOf(pid),
          Items.find({ partnershipId: pid }).sort({ createdSeq: 1, itemId: 1 }).lean<OutcomeExtensionItemDoc[]>().exec(),
        ]);
        return { revision, items: docs.map(extensionItemFromDoc) };
      });
    },
    async apply(partnershipId, expectedRevision, writes) {
      const pid = str(partnershipId, "partnershipId");
      checkExtensionWrites(pid, expectedRevision, writes);
      try {
        return await inTransaction(ctx.conn, "outcomeExtensions.apply", async (session) => {
          const last = await Changes.findOne({ partnershipId: pid }).sort({ seq: -1 }).select({ seq: 1 }).session(session).lean<{ seq: number }>().exec();
          const rev = last?.seq ?? 0;
          assertAtRevision(expectedRevision, rev);
          const changes: OutcomeExtensionChangeDoc[] = [];
          for (const [i, { item, change }] of writes.entries()) {
            const seq = expectedRevision + i + 1;
            await Items.updateOne(
              { _id: extensionItemKey(pid, str(item.itemId, "itemId")) },
              {
                $set: {
                  kind: item.kind,
                  data: item.data,
                  updatedAt: item.updatedAt,
                  updatedBy: item.updatedBy,
                  retiredAt: item.retiredAt,
                  retiredBy: item.retiredBy,
                },
                $setOnInsert: { partnershipId: pid, itemId: item.itemId, createdSeq: seq, createdAt: item.createdAt, createdBy: item.createdBy },
              },
              { upsert: true, session },
            ).exec();
            changes.push({ _id: extensionChangeKey(pid, seq), partnershipId: pid, seq, ...change });
          }
          await Changes.create(changes, { session, ordered: true });
          return expectedRevision + writes.length;
        });
      } catch (err) {
        if (isDuplicateKeyError(err)) throw new RevisionConflictError(expectedRevision);
        throw err;
      }
    },
    async listChanges(partnershipId, limit) {
      const pid = str(partnershipId, "partnershipId");
      const n = Number.isSafeInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 100;
      return guard("outcomeExtensions.listChanges", async () => {
        const docs = await Changes.find({ partnershipId: pid }).sort({ seq: -1 }).limit(n).lean<OutcomeExtensionChangeDoc[]>().exec();
        return docs.map(extensionChangeFromDoc);
      });
    },
  };
}
