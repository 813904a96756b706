import mongoose, { type ConnectOptions, type SchemaOptions } from "mongoose";

/**
 * Every durability and injection-safety setting of the MongoDB adapter, in
 * one place so the configuration-assertion tests can read it
 * (security.md §1.6, §2.7, T3, T11).
 */

/** How long a write may wait for a majority before it is reported as "outcome unknown". */
export const WRITE_TIMEOUT_MS = 10_000;

/** How long an operation waits for a usable primary (covers a normal election, ~10–12 s). */
export const SERVER_SELECTION_TIMEOUT_MS = 15_000;

/** Connection-level write concern: acknowledged by a majority and journaled on disk. */
export const CONNECTION_WRITE_CONCERN = { w: "majority", journal: true, wtimeoutMS: WRITE_TIMEOUT_MS } as const;

/** The same write concern in the spelling Mongoose's schema option reads (`w`, `j`, `wtimeout`). */
export const SCHEMA_WRITE_CONCERN = { w: "majority", j: true, wtimeout: WRITE_TIMEOUT_MS } as const;

/** Reads see only majority-committed data (never a write that could roll back). */
export const READ_CONCERN = { level: "majority" } as const;

/**
 * Transactions read from one majority-committed snapshot and commit with the
 * majority+journal write concern; always on the primary.
 */
export const TRANSACTION_OPTIONS = {
  readConcern: { level: "snapshot" },
  writeConcern: CONNECTION_WRITE_CONCERN,
  readPreference: "primary",
} as const;

/**
 * Options shared by every schema: unknown fields in documents or filters
 * throw instead of being dropped or passed to the server; no implicit
 * collection/index builds; the durable write concern and majority reads.
 */
export const BASE_SCHEMA_OPTIONS = {
  strict: "throw",
  strictQuery: "throw",
  autoIndex: false,
  autoCreate: false,
  bufferCommands: false,
  versionKey: false,
  id: false,
  writeConcern: SCHEMA_WRITE_CONCERN,
  readConcern: READ_CONCERN,
} satisfies SchemaOptions;

/**
 * Process-wide Mongoose settings. Idempotent; called when the adapter is
 * loaded. Only `server/src/storage/mongo` imports mongoose, so these affect
 * nothing else.
 */
export function configureMongoose(): typeof mongoose {
  // Wrap operator objects coming from values in $eq; $where/$expr/$text throw.
  mongoose.set("sanitizeFilter", true);
  mongoose.set("strictQuery", "throw");
  mongoose.set("strict", "throw");
  mongoose.set("runValidators", true);
  mongoose.set("autoIndex", false);
  mongoose.set("autoCreate", false);
  mongoose.set("bufferCommands", false);
  return mongoose;
}

/**
 * Driver options for the adapter's connection. Options given here take
 * precedence over the same options in the URI, so an operator cannot weaken
 * durability by a URI parameter (asserted again after connecting by
 * `durabilityProblems`).
 */
export function mongoConnectOptions(): ConnectOptions {
  return {
    appName: "jigsaw",
    writeConcern: { ...CONNECTION_WRITE_CONCERN },
    // The same again under the URI option names, so `?w=1` or `?journal=false` cannot win.
    w: CONNECTION_WRITE_CONCERN.w,
    journal: CONNECTION_WRITE_CONCERN.journal,
    wtimeoutMS: CONNECTION_WRITE_CONCERN.wtimeoutMS,
    readConcern: { ...READ_CONCERN },
    readConcernLevel: READ_CONCERN.level,
    readPreference: "primary",
    retryWrites: true,
    retryReads: true,
    serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
    connectTimeoutMS: 10_000,
    // Binary fields come back as Buffers (Yjs data), not BSON Binary wrappers.
    promoteBuffers: true,
    // Fail fast to the driver's server selection instead of queueing in Mongoose.
    bufferCommands: false,
    autoIndex: false,
    autoCreate: false,
    sanitizeFilter: true,
  };
}

/** The effective client options `durabilityProblems` inspects (a subset of the driver's `MongoOptions`). */
export interface EffectiveClientOptions {
  writeConcern?: { w?: unknown; journal?: boolean; j?: boolean } | undefined;
  readConcern?: { level?: unknown } | undefined;
  retryWrites?: boolean;
  readPreference?: { mode?: unknown } | undefined;
}

/**
 * What is wrong with the effective durability settings of a client, as
 * operator-readable sentences; empty when all is well. Pure, so it is tested
 * without a server.
 */
export function durabilityProblems(o: EffectiveClientOptions): string[] {
  const problems: string[] = [];
  const wc = o.writeConcern;
  if (!wc || wc.w !== "majority") problems.push(`write concern w must be "majority" (is ${JSON.stringify(wc?.w)})`);
  if (!wc || (wc.journal !== true && wc.j !== true)) problems.push("write concern must request the journal (j: true)");
  if (!o.readConcern || o.readConcern.level !== "majority") {
    problems.push(`read concern must be "majority" (is ${JSON.stringify(o.readConcern?.level)})`);
  }
  if (o.retryWrites !== true) problems.push("retryWrites must be on");
  if (o.readPreference && o.readPreference.mode !== "primary") {
    problems.push(`read preference must be "primary" (is ${JSON.stringify(o.readPreference.mode)})`);
  }
  return problems;
}
