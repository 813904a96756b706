import { afterAll, describe, expect, it } from "vitest";
import mongoose from "mongoose";
import { createEmbeddedStorage } from "../embedded/embeddedStorage.ts";
import { describeTables } from "../embedded/transfer.ts";
import type { DumpRecord, DumpValue } from "../types.ts";
import { populate } from "../transfer/transferFixture.ts";
import { TransferError } from "../transfer/transferError.ts";
import { registerModels } from "./models/registerModels.ts";
import { toBytes } from "./bytes.ts";
import "./mongoStorage.ts";
import { DERIVED_KEYS, genericDocToRecord, genericRecordToDoc, MONGO_DUMP_FIELDS, mongoCollectionMappings } from "./transfer.ts";

/*
 * The MongoDB side of the dump format, checked without a server against a
 * real dump of the embedded store: every record maps onto documents the
 * schemas accept (strict: throw, validators) and back to the same record.
 */

const conn = mongoose.createConnection();
const models = registerModels(conn);
const mappings = mongoCollectionMappings(models);
afterAll(() => conn.close());

async function embeddedDump(): Promise<{ records: DumpRecord[]; tables: ReturnType<typeof describeTables> }> {
  const s = createEmbeddedStorage(":memory:");
  try {
    await populate(s);
    const records: DumpRecord[] = [];
    for await (const r of s.transfer!.dump()) records.push(r);
    return { records, tables: describeTables(s.db) };
  } finally {
    await s.close();
  }
}

/** A lean-like stored document, as the driver would return it (Buffers, no mongoose wrappers). */
async function storedForm(model: mongoose.Model<any>, doc: object): Promise<Record<string, unknown>> {
  const d = new model(doc);
  await d.validate();
  return d.toObject({ depopulate: true, flattenMaps: true, versionKey: false }) as Record<string, unknown>;
}

describe("MongoDB dump mappings", () => {
  it("the core collections have the embedded store's names and exactly its fields", async () => {
    const { tables } = await embeddedDump();
    const fieldsOf = new Map(tables.map((t) => [t.collection, t.columns.map((c) => c.field)]));
    for (const [collection, fields] of Object.entries(MONGO_DUMP_FIELDS)) {
      expect(fieldsOf.get(collection), collection).toEqual([...fields]);
    }
  });

  it("every collection the embedded store dumps has a MongoDB home (else moving to MongoDB would lose it)", async () => {
    const { tables } = await embeddedDump();
    const mongo = new Set(mappings.map((m) => m.collection));
    expect(tables.map((t) => t.collection).filter((c) => !mongo.has(c))).toEqual([]);
  });

  it("every record of a real embedded dump becomes valid MongoDB documents and maps back to itself", async () => {
    const { records } = await embeddedDump();
    const byName = new Map(mappings.map((m) => [m.collection, m]));
    const seen = new Set<string>();
    for (const r of records) {
      const mapping = byName.get(r.collection);
      expect(mapping, r.collection).toBeDefined();
      seen.add(r.collection);
      const docs = mapping!.toDocs(r);
      const stored = [];
      for (const { model, doc } of docs) stored.push({ model, doc: await storedForm(model, doc) });
      if (mapping!.fromDoc) {
        expect(docs).toHaveLength(1);
        expect(mapping!.fromDoc(stored[0]!.doc), r.collection).toEqual(r);
      } else {
        // docSnapshots: a head (counter) plus, when there is one, the snapshot.
        expect(r.collection).toBe("docSnapshots");
        const head = stored.find((x) => x.model === models.docHeads)!.doc;
        expect(head).toEqual({ _id: r.record.docId, lastSeq: (r.record.nextSeq as number) - 1, snapshotSeq: r.record.snapshotSeq });
        const snap = stored.find((x) => x.model === models.docSnapshots)?.doc;
        if (r.record.snapshot === null) expect(snap).toBeUndefined();
        else expect(toBytes(snap!.data)).toEqual(r.record.snapshot);
      }
    }
    expect(seen).toEqual(new Set(["users", "sessions", "partnerships", "memberships", "invites", "plans", "docSnapshots", "docUpdates", "docClientOwners", "outcomeExtensionItems", "outcomeExtensionChanges"].filter((c) => records.some((r) => r.collection === c))));
  });

  it("every other collection has the same fields in both stores, and its records survive a trip through the schema", async () => {
    const { tables } = await embeddedDump();
    const fieldsOf = new Map(tables.map((t) => [t.collection, t.columns.map((c) => c.field)]));
    const checked: string[] = [];
    for (const mapping of mappings) {
      if (mapping.collection in MONGO_DUMP_FIELDS || !fieldsOf.has(mapping.collection)) continue;
      checked.push(mapping.collection);
      const model = mapping.models[0]!;
      const schema = model.schema as mongoose.Schema;
      // A plausible record with the embedded table's fields, typed from the MongoDB schema.
      const record: Record<string, DumpValue> = {};
      for (const field of fieldsOf.get(mapping.collection)!) {
        const path = schema.path(field === "id" ? "_id" : field) as (mongoose.SchemaType & { enumValues?: string[] }) | undefined;
        const key = DERIVED_KEYS[mapping.collection];
        const type = path?.instance ?? (key?.id === "renamed" && key.fields[0] === field ? "String" : undefined);
        expect(type, `${mapping.collection}.${field} has no place in the MongoDB schema`).toBeDefined();
        record[field] =
          type === "Number" ? 3 : type === "Buffer" ? Uint8Array.of(1, 2) : type === "Boolean" ? true : path?.enumValues?.[0] ?? `${field}-value`;
      }
      const r: DumpRecord = { collection: mapping.collection, record };
      const [{ model: m, doc }] = mapping.toDocs(r) as [{ model: mongoose.Model<any>; doc: object }];
      const stored = await storedForm(m, doc);
      expect(mapping.fromDoc!(stored), mapping.collection).toEqual(r);
    }
    expect(checked).toContain("outcomeExtensionItems");
    expect(checked).toEqual(expect.arrayContaining(Object.keys(DERIVED_KEYS).filter((c) => fieldsOf.has(c))));
  });

  it("collections keyed by an ObjectId dump no _id and restore without one (the store assigns it)", () => {
    const reactions = mappings.find((m) => m.collection === "commentReactions")!;
    expect(reactions).toBeDefined();
    const r: DumpRecord = { collection: "commentReactions", record: { commentId: "c1", planId: "p1", userId: "u1", reaction: "agree", createdAt: "t" } };
    const doc = reactions.toDocs(r)[0]!.doc as Record<string, unknown>;
    expect(doc._id).toBeUndefined();
    expect(reactions.fromDoc!({ ...doc, _id: new mongoose.Types.ObjectId() })).toEqual(r);
  });

  it("the adapter-internal memberRev is not dumped", () => {
    const p = mappings.find((m) => m.collection === "partnerships")!;
    const rec = p.fromDoc!({ _id: "p1", name: "N", place: "P", description: "", createdAt: "t", createdBy: "u", memberRev: 7 });
    expect(rec.record).toEqual({ id: "p1", name: "N", place: "P", description: "", createdAt: "t", createdBy: "u", twoFactorRequiredAt: null });
  });

  it("refuses records with unknown or missing fields, or wrong types", () => {
    const users = mappings.find((m) => m.collection === "users")!;
    const good = { id: "u", email: "e", displayName: "d", passwordHash: "h", createdAt: "t", emailVerifiedAt: null, totpSecret: null, erasedAt: null, totpLastStep: null };
    expect(() => users.toDocs({ collection: "users", record: { ...good, isAdmin: true } })).toThrow(TransferError);
    expect(() => users.toDocs({ collection: "users", record: { ...good, isAdmin: true } })).toThrow(/unknown field\(s\) isAdmin/);
    const { email: _email, ...missing } = good;
    expect(() => users.toDocs({ collection: "users", record: missing })).toThrow(/missing field\(s\) email/);
    expect(() => users.toDocs({ collection: "users", record: { ...good, email: 5 } })).toThrow(TypeError);
    const updates = mappings.find((m) => m.collection === "docUpdates")!;
    expect(() => updates.toDocs({ collection: "docUpdates", record: { docId: "d", seq: 1, data: "AAA", userId: null, createdAt: "t" } })).toThrow(
      /docUpdates\.data must be binary/,
    );
  });

  it("generic mapping (collections without a hand-written one): string _id ↔ id, ObjectId _id dropped, binary kept, nesting refused", () => {
    const oid = new mongoose.Types.ObjectId();
    expect(genericDocToRecord("things", { _id: "t1", n: 2, b: Buffer.from([1]), when: new Date("2026-01-01T00:00:00.000Z"), ref: oid })).toEqual({
      collection: "things",
      record: { id: "t1", n: 2, b: Uint8Array.of(1), when: "2026-01-01T00:00:00.000Z", ref: oid.toHexString() },
    });
    expect(genericDocToRecord("things", { _id: oid, x: null }).record).toEqual({ x: null });
    expect(() => genericDocToRecord("things", { _id: "t", nested: { a: 1 } })).toThrow(/things\.nested: nested values/);
    const doc = genericRecordToDoc({ collection: "things", record: { id: "t1", b: Uint8Array.of(1, 2) } });
    expect(doc._id).toBe("t1");
    expect(Buffer.isBuffer(doc.b)).toBe(true);
  });
});
