import crypto from "node:crypto";
import mongoose from "mongoose";

/**
 * Test helpers for suites that run against a real MongoDB (only when
 * MONGODB_URI is set): a throwaway database per run, dropped afterwards.
 */

/** `uri` with its database replaced by a unique `<prefix>_<random>`. */
export function uniqueDatabaseUri(uri: string, prefix: string): string {
  const u = new URL(uri);
  u.pathname = `/${prefix}_${crypto.randomBytes(6).toString("hex")}`;
  return u.toString();
}

/** Drop the database named in `uri`. */
export async function dropMongoDatabase(uri: string): Promise<void> {
  const conn = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 15_000 }).asPromise();
  try {
    await conn.dropDatabase();
  } finally {
    await conn.close();
  }
}
