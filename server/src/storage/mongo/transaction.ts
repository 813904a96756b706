import type { ClientSession, Connection } from "mongoose";
import { TRANSACTION_OPTIONS } from "./mongooseSetup.ts";
import { guard } from "./unavailable.ts";

/**
 * Run `fn` as one multi-document transaction (snapshot reads, majority +
 * journaled commit). The driver's `withTransaction` re-runs `fn` on transient
 * errors (write conflicts, elections) and retries an unknown commit result, so
 * `fn` must only read and write through `session` and hold no state across
 * attempts. An error thrown by `fn` aborts the transaction and is rethrown.
 */
export function inTransaction<T>(conn: Connection, operation: string, fn: (session: ClientSession) => Promise<T>): Promise<T> {
  return guard(operation, async () => {
    const session = await conn.startSession();
    try {
      return await session.withTransaction(() => fn(session), {
        readConcern: { ...TRANSACTION_OPTIONS.readConcern },
        writeConcern: { ...TRANSACTION_OPTIONS.writeConcern },
        readPreference: TRANSACTION_OPTIONS.readPreference,
      });
    } finally {
      await session.endSession();
    }
  });
}
