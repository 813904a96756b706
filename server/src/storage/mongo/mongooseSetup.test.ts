import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import mongoose from "mongoose";
import "./mongoStorage.ts";
import { registerModels } from "./models/registerModels.ts";
import {
  BASE_SCHEMA_OPTIONS,
  durabilityProblems,
  mongoConnectOptions,
  SERVER_SELECTION_TIMEOUT_MS,
  TRANSACTION_OPTIONS,
} from "./mongooseSetup.ts";

/** Options Mongoose consumes itself and does not pass to the driver. */
const MONGOOSE_ONLY = new Set(["bufferCommands", "autoIndex", "autoCreate", "sanitizeFilter", "dbName", "user", "pass"]);

/** The driver options Mongoose would hand to MongoClient. */
function driverOptions(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(mongoConnectOptions()).filter(([k]) => !MONGOOSE_ONLY.has(k)));
}

function versionAtLeast(version: string, floor: string): boolean {
  const a = version.split(".").map(Number);
  const b = floor.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

describe("mongoose global settings (loading the adapter applies them)", () => {
  it("sanitizes filters, throws on unknown filter keys and document fields, and builds no index implicitly", () => {
    expect(mongoose.get("sanitizeFilter")).toBe(true);
    expect(mongoose.get("strictQuery")).toBe("throw");
    expect(mongoose.get("strict")).toBe("throw");
    expect(mongoose.get("autoIndex")).toBe(false);
    expect(mongoose.get("autoCreate")).toBe(false);
    expect(mongoose.get("bufferCommands")).toBe(false);
    expect(mongoose.get("runValidators")).toBe(true);
  });

  it("the installed mongoose is at or above the security floor 9.9.2 (security.md §2.7)", () => {
    const require = createRequire(import.meta.url);
    const { version } = require("mongoose/package.json") as { version: string };
    expect(versionAtLeast(version, "9.9.2")).toBe(true);
    expect(versionAtLeast("9.9.1", "9.9.2")).toBe(false);
  });
});

describe("connection options", () => {
  it("request majority + journaled writes, majority reads, retryable reads and writes, bounded server selection", () => {
    const o = mongoConnectOptions();
    expect(o.writeConcern).toMatchObject({ w: "majority", journal: true });
    expect(o.w).toBe("majority");
    expect(o.journal).toBe(true);
    expect(o.wtimeoutMS).toBeGreaterThan(0);
    expect(o.readConcern).toEqual({ level: "majority" });
    expect(o.readPreference).toBe("primary");
    expect(o.retryWrites).toBe(true);
    expect(o.retryReads).toBe(true);
    expect(o.serverSelectionTimeoutMS).toBe(SERVER_SELECTION_TIMEOUT_MS);
    expect(SERVER_SELECTION_TIMEOUT_MS).toBeGreaterThanOrEqual(10_000);
    expect(SERVER_SELECTION_TIMEOUT_MS).toBeLessThanOrEqual(30_000);
    expect(o.sanitizeFilter).toBe(true);
    expect(o.autoIndex).toBe(false);
    expect(o.bufferCommands).toBe(false);
  });

  // MongoClient parses its options in the constructor without connecting.
  for (const uri of [
    "mongodb://127.0.0.1:1/jigsaw?replicaSet=rs0",
    "mongodb://127.0.0.1:1/jigsaw?w=1&journal=false&wtimeoutMS=1&readConcernLevel=local&retryWrites=false&readPreference=secondary",
  ]) {
    it(`the driver's effective settings stay durable for ${uri.includes("w=1") ? "a URI trying to weaken them" : "a plain URI"}`, async () => {
      const client = new mongoose.mongo.MongoClient(uri, driverOptions());
      try {
        expect(client.options.writeConcern).toMatchObject({ w: "majority", journal: true });
        expect(client.options.readConcern).toMatchObject({ level: "majority" });
        expect(client.options.retryWrites).toBe(true);
        expect(client.options.retryReads).toBe(true);
        expect(client.options.readPreference.mode).toBe("primary");
        expect(durabilityProblems(client.options)).toEqual([]);
      } finally {
        await client.close();
      }
    });
  }

  it("durabilityProblems names each weakened setting", () => {
    expect(
      durabilityProblems({ writeConcern: { w: 1, journal: false }, readConcern: { level: "local" }, retryWrites: false, readPreference: { mode: "secondary" } }),
    ).toEqual([
      'write concern w must be "majority" (is 1)',
      "write concern must request the journal (j: true)",
      'read concern must be "majority" (is "local")',
      "retryWrites must be on",
      'read preference must be "primary" (is "secondary")',
    ]);
    expect(durabilityProblems({ writeConcern: { w: "majority", j: true }, readConcern: { level: "majority" }, retryWrites: true })).toEqual([]);
  });

  it("transactions read a majority snapshot and commit with w:majority + journal on the primary", () => {
    expect(TRANSACTION_OPTIONS.readConcern).toEqual({ level: "snapshot" });
    expect(TRANSACTION_OPTIONS.writeConcern).toMatchObject({ w: "majority", journal: true });
    expect(TRANSACTION_OPTIONS.readPreference).toBe("primary");
  });
});

describe("schemas", () => {
  const conn = mongoose.createConnection();
  const models = registerModels(conn);
  const all = Object.entries(models);

  it("registers every collection of the adapter", () => {
    expect(all.map(([, m]) => m.collection.collectionName)).toEqual(
      expect.arrayContaining(["users", "sessions", "partnerships", "memberships", "invites", "plans", "docHeads", "docSnapshots", "docUpdates"]),
    );
  });

  for (const [name, model] of all) {
    it(`${name}: strict and strictQuery throw, durable write/read concern, no autoIndex/autoCreate, no version key`, () => {
      const s = model.schema;
      expect(s.get("strict")).toBe("throw");
      expect(s.get("strictQuery")).toBe("throw");
      expect(s.get("writeConcern")).toMatchObject({ w: "majority", j: true });
      expect(s.get("readConcern")).toEqual({ level: "majority" });
      expect(s.get("autoIndex")).toBe(false);
      expect(s.get("autoCreate")).toBe(false);
      expect(s.get("versionKey")).toBe(false);
    });
  }

  it("every schema shares the base options", () => {
    for (const [, model] of all) {
      for (const [k, v] of Object.entries(BASE_SCHEMA_OPTIONS)) expect(model.schema.get(k as never)).toEqual(v);
    }
  });

  /** The declared indexes of a model as "field:dir,..." strings, unique ones marked with "!". */
  function indexes(name: keyof typeof models): string[] {
    return models[name].schema.indexes().map(([fields, opts]) => {
      const key = Object.entries(fields).map(([f, d]) => `${f}:${d}`).join(",");
      return (opts as { unique?: boolean }).unique ? `${key}!` : key;
    });
  }

  it("declares an index for every query the repositories make", () => {
    expect(indexes("users")).toEqual(["email:1!"]);
    expect(indexes("sessions")).toEqual(expect.arrayContaining(["userId:1", "expiresAt:1", "lastSeenAt:1"]));
    expect(indexes("memberships")).toEqual(expect.arrayContaining(["partnershipId:1,userId:1!", "userId:1", "partnershipId:1,role:1"]));
    expect(indexes("invites")).toEqual(expect.arrayContaining(["tokenHash:1!", "partnershipId:1,createdAt:-1"]));
    expect(indexes("plans")).toEqual(["partnershipId:1,lastActivityAt:-1"]);
    expect(indexes("docUpdates")).toEqual(["docId:1,seq:1!"]);
    // Looked up by _id only.
    expect(indexes("partnerships")).toEqual([]);
    expect(indexes("docHeads")).toEqual([]);
    expect(indexes("docSnapshots")).toEqual([]);
  });

  it("string ids are the _id (no ObjectId casting) for id-keyed aggregates", () => {
    for (const name of ["users", "sessions", "partnerships", "invites", "plans", "docHeads", "docSnapshots"] as const) {
      expect((models[name].schema as mongoose.Schema).path("_id").instance).toBe("String");
    }
  });
});
