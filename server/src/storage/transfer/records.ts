import type { DumpRecord, DumpValue } from "../types.ts";
import { TransferError } from "./transferError.ts";

/**
 * Helpers shared by the adapters' `transfer` implementations to map between
 * typed records and store-neutral dump records.
 */

/** A typed record (e.g. a `UserRecord`) as a dump record body. */
export function asDumpFields(record: object): Record<string, DumpValue> {
  return record as Record<string, DumpValue>;
}

/**
 * Check that a dump record has exactly `keys` (no unknown field, none
 * missing); a restore never silently drops data.
 */
export function expectFields(r: DumpRecord, keys: readonly string[]): void {
  const have = Object.keys(r.record);
  const unknown = have.filter((k) => !keys.includes(k));
  const missing = keys.filter((k) => !Object.hasOwn(r.record, k));
  if (unknown.length > 0 || missing.length > 0) {
    const parts = [
      unknown.length > 0 ? `unknown field(s) ${unknown.join(", ")}` : "",
      missing.length > 0 ? `missing field(s) ${missing.join(", ")}` : "",
    ].filter(Boolean);
    throw new TransferError(`${r.collection}: ${parts.join("; ")}`);
  }
}

/** A binary field of a dump record, or a TransferError. */
export function bytesField(r: DumpRecord, key: string): Uint8Array {
  const v = r.record[key];
  if (!(v instanceof Uint8Array)) throw new TransferError(`${r.collection}.${key} must be binary`);
  return v;
}

/** A nullable binary field of a dump record, or a TransferError. */
export function bytesOrNullField(r: DumpRecord, key: string): Uint8Array | null {
  return r.record[key] === null ? null : bytesField(r, key);
}

/** An integer field of a dump record, or a TransferError. */
export function intField(r: DumpRecord, key: string): number {
  const v = r.record[key];
  if (typeof v !== "number" || !Number.isSafeInteger(v)) throw new TransferError(`${r.collection}.${key} must be an integer`);
  return v;
}
