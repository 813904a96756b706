import type { Model } from "mongoose";
import { StorageUnavailableError } from "../storageUnavailableError.ts";
import type { DumpRecord, DumpValue, RestoreCounts, StorageTransfer } from "../types.ts";
import { TransferError } from "../transfer/transferError.ts";
import { asDumpFields, bytesField, bytesOrNullField, expectFields, intField } from "../transfer/records.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { MongoModels } from "./models/registerModels.ts";
import type { DocHeadDoc } from "./models/docHeadModel.ts";
import type { DocSnapshotDoc } from "./models/docSnapshotModel.ts";
import type { DocUpdateDoc } from "./models/docUpdateModel.ts";
import { userFromDoc, userToDoc } from "./userRepository.ts";
import { sessionFromDoc, sessionToDoc } from "./sessionRepository.ts";
import { partnershipFromDoc, partnershipToDoc } from "./partnershipRepository.ts";
import { membershipFromDoc, membershipToDoc } from "./membershipMapping.ts";
import { inviteFromDoc, inviteToDoc } from "./inviteRepository.ts";
import { planFromDoc, planToDoc } from "./planRepository.ts";
import { toBuffer, toBytes } from "./bytes.ts";
import { str, strOrNull } from "./ids.ts";
import { guard, isDuplicateKeyError } from "./unavailable.ts";

/** Documents inserted per `insertMany` during a restore. */
const BATCH = 500;

type AnyModel = Model<any>;

/** How one dump collection maps onto MongoDB. */
interface CollectionMapping {
  collection: string;
  /** Models whose documents belong to this collection (for the emptiness check). */
  models: AnyModel[];
  dump(): AsyncIterable<DumpRecord>;
  /** One stored (lean) document → its dump record, for collections stored one document per record. */
  fromDoc?: (doc: object) => DumpRecord;
  /** One dump record → the documents to insert. Throws on a malformed record. */
  toDocs(r: DumpRecord): Array<{ model: AnyModel; doc: object }>;
}

/** The exact fields of each core dump collection (the `*Record` shapes; the embedded store's columns in camelCase). */
export const MONGO_DUMP_FIELDS = {
  users: ["id", "email", "displayName", "passwordHash", "createdAt", "emailVerifiedAt", "totpSecret", "erasedAt", "totpLastStep"],
  sessions: ["id", "userId", "createdAt", "lastSeenAt", "expiresAt"],
  partnerships: ["id", "name", "place", "description", "createdAt", "createdBy", "twoFactorRequiredAt"],
  memberships: ["partnershipId", "userId", "organisation", "sector", "role", "joinedAt", "updatedAt"],
  invites: [
    "id", "partnershipId", "tokenHash", "role", "organisation", "sector", "createdBy", "createdAt", "expiresAt",
    "acceptedAt", "acceptedBy", "revokedAt",
  ],
  plans: ["id", "partnershipId", "title", "template", "archivedAt", "createdAt", "createdBy", "lastActivityAt"],
  docSnapshots: ["docId", "snapshot", "snapshotSeq", "nextSeq"],
  docUpdates: ["docId", "seq", "data", "userId", "createdAt"],
} as const;

async function* dumpSorted(model: AnyModel, sort: Record<string, 1>, fromDoc: (doc: object) => DumpRecord): AsyncIterable<DumpRecord> {
  for await (const d of model.find({}).sort(sort).lean().cursor()) {
    yield fromDoc(d as object);
  }
}

/** A typed-record mapping with exact field checking. */
function typed<R, D extends object>(
  collection: keyof typeof MONGO_DUMP_FIELDS,
  model: AnyModel,
  sort: Record<string, 1>,
  fromDoc: (d: D) => R,
  toDoc: (r: R) => D,
): CollectionMapping {
  const toRecord = (d: object): DumpRecord => ({ collection, record: asDumpFields(fromDoc(d as D) as object) });
  return {
    collection,
    models: [model],
    dump: () => dumpSorted(model, sort, toRecord),
    fromDoc: toRecord,
    toDocs(r) {
      expectFields(r, MONGO_DUMP_FIELDS[collection]);
      return [{ model, doc: toDoc(r.record as unknown as R) }];
    },
  };
}

/** The dump's `docSnapshots` (one per Yjs document) ↔ `docHeads` + `docSnapshots`. */
function docSnapshotsMapping(m: MongoModels): CollectionMapping {
  return {
    collection: "docSnapshots",
    models: [m.docHeads, m.docSnapshots],
    async *dump() {
      for await (const h of m.docHeads.find({}).sort({ _id: 1 }).lean<DocHeadDoc>().cursor()) {
        const head = h as DocHeadDoc;
        const snap = await m.docSnapshots.findOne({ _id: head._id }).lean<DocSnapshotDoc>().exec();
        yield {
          collection: "docSnapshots",
          record: { docId: head._id, snapshot: snap ? toBytes(snap.data) : null, snapshotSeq: head.snapshotSeq, nextSeq: head.lastSeq + 1 },
        };
      }
    },
    toDocs(r) {
      expectFields(r, MONGO_DUMP_FIELDS.docSnapshots);
      const docId = str(r.record.docId, "docId");
      const snapshot = bytesOrNullField(r, "snapshot");
      const head: DocHeadDoc = { _id: docId, lastSeq: intField(r, "nextSeq") - 1, snapshotSeq: intField(r, "snapshotSeq") };
      const out: Array<{ model: AnyModel; doc: object }> = [{ model: m.docHeads, doc: head }];
      if (snapshot) out.push({ model: m.docSnapshots, doc: { _id: docId, data: toBuffer(snapshot) } satisfies DocSnapshotDoc });
      return out;
    },
  };
}

function docUpdatesMapping(m: MongoModels): CollectionMapping {
  const fromDoc = (doc: object): DumpRecord => {
    const d = doc as DocUpdateDoc;
    return {
      collection: "docUpdates",
      record: { docId: d.docId, seq: d.seq, data: toBytes(d.data), userId: d.userId ?? null, createdAt: d.createdAt },
    };
  };
  return {
    collection: "docUpdates",
    models: [m.docUpdates],
    dump: () => dumpSorted(m.docUpdates, { docId: 1, seq: 1 }, fromDoc),
    fromDoc,
    toDocs(r) {
      expectFields(r, MONGO_DUMP_FIELDS.docUpdates);
      const doc: DocUpdateDoc = {
        docId: str(r.record.docId, "docId"),
        seq: intField(r, "seq"),
        data: toBuffer(bytesField(r, "data")),
        userId: strOrNull(r.record.userId, "userId"),
        createdAt: str(r.record.createdAt, "createdAt"),
      };
      return [{ model: m.docUpdates, doc }];
    },
  };
}

/** A stored value → dump value (for collections without a hand-written mapping). */
export function genericToDumpValue(v: unknown, path: string): DumpValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  if (v instanceof Uint8Array) return new Uint8Array(v);
  if (typeof v === "object" && (v as { _bsontype?: string })._bsontype === "Binary") return toBytes(v);
  if (typeof v === "object" && (v as { _bsontype?: string })._bsontype === "ObjectId") return String(v);
  throw new TransferError(`${path}: nested values cannot be written to a version 1 dump`);
}

/** A stored document → dump record: string `_id` becomes `id`, an ObjectId `_id` is dropped. */
export function genericDocToRecord(collection: string, doc: Record<string, unknown>): DumpRecord {
  const record: Record<string, DumpValue> = {};
  for (const [k, v] of Object.entries(doc)) {
    if (k === "_id") {
      if (typeof v === "string") record.id = v;
      continue;
    }
    record[k] = genericToDumpValue(v, `${collection}.${k}`);
  }
  return { collection, record };
}

/** A dump record → document: `id` becomes `_id`, binary becomes a Buffer. The schema (strict: throw) rejects unknown fields. */
export function genericRecordToDoc(r: DumpRecord): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.record)) {
    doc[k === "id" ? "_id" : k] = v instanceof Uint8Array ? toBuffer(v) : v;
  }
  return doc;
}

/**
 * How a collection's string `_id` relates to the record, for collections whose
 * embedded table has no `id` column: "joined" = the key fields joined with "/"
 * (the `_id` is not dumped), "renamed" = the `_id` is the one key field. Keep
 * in step with the `_id` the repositories build (documented on each model).
 * The dump is sorted by the key fields, like the embedded table's primary key.
 */
export const DERIVED_KEYS: Readonly<Record<string, { fields: readonly string[]; id: "joined" | "renamed" }>> = {
  // Empty: commentReactions, notificationPreferences, planVisits and
  // docClientOwners use an ObjectId `_id` (not dumped; their natural keys are
  // unique indexes), which the generic mapping already handles.
};

function genericMapping(model: AnyModel): CollectionMapping {
  const collection = model.collection.collectionName;
  const key = DERIVED_KEYS[collection];
  const fromDoc = (d: object): DumpRecord => {
    const { _id, ...rest } = d as Record<string, unknown>;
    if (!key) return genericDocToRecord(collection, d as Record<string, unknown>);
    const r = genericDocToRecord(collection, rest);
    if (key.id === "renamed") return { collection, record: { [key.fields[0]!]: genericToDumpValue(_id, `${collection}._id`), ...r.record } };
    return r;
  };
  const toDoc = (r: DumpRecord): Record<string, unknown> => {
    if (!key) return genericRecordToDoc(r);
    for (const f of key.fields) {
      const v = r.record[f];
      if (typeof v !== "string" && typeof v !== "number") throw new TransferError(`${collection}.${f} is needed for the key`);
    }
    if (key.id === "renamed") {
      const { [key.fields[0]!]: id, ...rest } = r.record;
      return { ...genericRecordToDoc({ collection, record: rest }), _id: id };
    }
    return { _id: key.fields.map((f) => String(r.record[f])).join("/"), ...genericRecordToDoc(r) };
  };
  const sort = key ? Object.fromEntries(key.fields.map((f) => [key.id === "renamed" ? "_id" : f, 1 as const])) : { _id: 1 as const };
  return {
    collection,
    models: [model],
    dump: () => dumpSorted(model, sort, fromDoc),
    fromDoc,
    toDocs: (r) => [{ model, doc: toDoc(r) }],
  };
}

/**
 * Every dump collection of the MongoDB store, parents first. The core
 * aggregates have exact mappings; a model added to `MongoModels` later is
 * dumped and restored generically until it gets its own mapping.
 */
export function mongoCollectionMappings(m: MongoModels): CollectionMapping[] {
  const core: CollectionMapping[] = [
    // Same order as the embedded store's dump, so dumps of equal data are identical.
    typed("users", m.users, { _id: 1 }, userFromDoc, userToDoc),
    typed("sessions", m.sessions, { _id: 1 }, sessionFromDoc, sessionToDoc),
    typed("partnerships", m.partnerships, { _id: 1 }, partnershipFromDoc, partnershipToDoc),
    typed("memberships", m.memberships, { partnershipId: 1, userId: 1 }, membershipFromDoc, membershipToDoc),
    typed("invites", m.invites, { _id: 1 }, inviteFromDoc, inviteToDoc),
    typed("plans", m.plans, { _id: 1 }, planFromDoc, planToDoc),
    docSnapshotsMapping(m),
    docUpdatesMapping(m),
  ];
  const covered = new Set(core.flatMap((c) => c.models));
  const extra = (Object.values(m) as AnyModel[]).filter((model) => !covered.has(model)).map(genericMapping);
  return [...core, ...extra];
}

/** The MongoDB adapter's `transfer`. */
export function createMongoTransfer(ctx: MongoContext): StorageTransfer {
  const mappings = mongoCollectionMappings(ctx.models);
  const byName = new Map(mappings.map((c) => [c.collection, c]));
  const allModels = mappings.flatMap((c) => c.models);

  async function isEmpty(): Promise<boolean> {
    return guard("transfer.isEmpty", async () => {
      for (const model of allModels) {
        if (await model.findOne({}).select({ _id: 1 }).lean().exec()) return false;
      }
      return true;
    });
  }

  return {
    async *dump() {
      for (const c of mappings) {
        yield* c.dump();
      }
    },
    isEmpty,
    async restore(records) {
      if (!(await isEmpty())) {
        throw new TransferError("The target MongoDB database is not empty. Import only into a new, empty database.");
      }
      const counts: RestoreCounts = {};
      const pending = new Map<AnyModel, object[]>();
      const flush = async (model: AnyModel) => {
        const docs = pending.get(model);
        if (!docs || docs.length === 0) return;
        pending.set(model, []);
        try {
          await guard("transfer.restore", () => model.insertMany(docs, { ordered: true }));
        } catch (err) {
          const name = model.collection.collectionName;
          if (err instanceof StorageUnavailableError) throw err;
          if (isDuplicateKeyError(err)) throw new TransferError(`${name}: the dump holds two records with the same key`);
          throw new TransferError(`${name}: ${(err as Error).message}`);
        }
      };
      for await (const r of records) {
        const mapping = byName.get(r.collection);
        if (!mapping) {
          throw new TransferError(`The MongoDB store has no collection for "${r.collection}"; upgrade Jigsaw before importing this dump.`);
        }
        let docs: Array<{ model: AnyModel; doc: object }>;
        try {
          docs = mapping.toDocs(r);
        } catch (err) {
          if (err instanceof TransferError) throw err;
          throw new TransferError(`${r.collection} record ${(counts[r.collection] ?? 0) + 1}: ${(err as Error).message}`);
        }
        for (const { model, doc } of docs) {
          const list = pending.get(model) ?? [];
          list.push(doc);
          pending.set(model, list);
          if (list.length >= BATCH) await flush(model);
        }
        counts[r.collection] = (counts[r.collection] ?? 0) + 1;
      }
      for (const model of pending.keys()) await flush(model);
      return counts;
    },
  };
}
