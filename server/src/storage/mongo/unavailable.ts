import { StorageUnavailableError } from "../storageUnavailableError.ts";

/**
 * Classifies driver errors that mean "the store could not be reached or could
 * not confirm the write" (as opposed to a bug or a constraint violation) and
 * turns them into `StorageUnavailableError` (HTTP 503). The driver has
 * already retried once by then (retryWrites/retryReads, transactions retried
 * by `withTransaction`), so the caller sees a clear, retryable error and a
 * write is never reported as done when it was not confirmed by a majority.
 */

/** Driver/Mongoose error class names that mean the server is unreachable or gone. */
const UNAVAILABLE_NAMES = new Set([
  "MongoNetworkError",
  "MongoNetworkTimeoutError",
  "MongoServerSelectionError",
  "MongooseServerSelectionError",
  "MongoNotConnectedError",
  "MongoTopologyClosedError",
  "MongoServerClosedError",
  "MongoStalePrimaryError",
  "MongoOperationTimeoutError",
  "MongoWriteConcernError",
]);

/** Server error codes for "no primary / shutting down / network / write concern not satisfied". */
const UNAVAILABLE_CODES = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  64, // WriteConcernFailed (wtimeout: outcome unknown)
  89, // NetworkTimeout
  91, // ShutdownInProgress
  189, // PrimarySteppedDown
  262, // ExceededTimeLimit
  9001, // SocketException
  10058, // LegacyNotPrimary
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
]);

/** Error labels the driver attaches to errors worth retrying later. */
const UNAVAILABLE_LABELS = ["RetryableWriteError", "TransientTransactionError", "UnknownTransactionCommitResult"];

interface DriverErrorLike {
  name?: unknown;
  code?: unknown;
  errorLabels?: unknown;
  hasErrorLabel?: (label: string) => boolean;
  writeConcernError?: { code?: unknown } | null;
  errorResponse?: { writeConcernError?: { code?: unknown } | null } | null;
  cause?: unknown;
}

function hasLabel(e: DriverErrorLike, label: string): boolean {
  if (typeof e.hasErrorLabel === "function") {
    try {
      if (e.hasErrorLabel(label)) return true;
    } catch {
      // fall through to the plain array
    }
  }
  return Array.isArray(e.errorLabels) && e.errorLabels.includes(label);
}

/** True when `err` means the store is unavailable or a write's outcome is unknown. */
export function isUnavailableError(err: unknown, depth = 0): boolean {
  if (typeof err !== "object" || err === null || depth > 3) return false;
  const e = err as DriverErrorLike;
  if (typeof e.name === "string" && UNAVAILABLE_NAMES.has(e.name)) return true;
  if (typeof e.code === "number" && UNAVAILABLE_CODES.has(e.code)) return true;
  if (UNAVAILABLE_LABELS.some((l) => hasLabel(e, l))) return true;
  const wce = e.writeConcernError ?? e.errorResponse?.writeConcernError;
  if (wce) return true;
  return e.cause !== undefined && isUnavailableError(e.cause, depth + 1);
}

/** True for a duplicate-key violation (E11000), including inside a bulk write error. */
export function isDuplicateKeyError(err: unknown): boolean {
  if (typeof err !== "object" || err === null) return false;
  const e = err as { code?: unknown; writeErrors?: Array<{ code?: unknown }> };
  if (e.code === 11000 || e.code === 11001) return true;
  return Array.isArray(e.writeErrors) && e.writeErrors.some((w) => w?.code === 11000);
}

/**
 * Run one storage command; connection loss and unconfirmed writes become
 * `StorageUnavailableError(operation)` with the driver error as `cause`.
 * Everything else is rethrown unchanged.
 */
export async function guard<T>(operation: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof StorageUnavailableError) throw err;
    if (isUnavailableError(err)) {
      throw new StorageUnavailableError(operation, { cause: err });
    }
    throw err;
  }
}
