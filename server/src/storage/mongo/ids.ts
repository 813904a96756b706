/**
 * Guards for every value that reaches a MongoDB filter. Filters are only ever
 * built by the adapter from these typed scalars, so a value smuggled in as an
 * object (`{ "$gt": "" }`) from an untyped caller is rejected here, before
 * Mongoose's `sanitizeFilter` and schema casting (the second and third lines
 * of defence).
 */

/** The value, if it is a string; otherwise a TypeError naming the argument. */
export function str(value: unknown, name: string): string {
  if (typeof value !== "string") {
    throw new TypeError(`${name} must be a string`);
  }
  return value;
}

/** The value, if it is a safe non-negative integer (a log sequence number). */
export function seqNo(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${name} must be a non-negative integer`);
  }
  return value;
}

/** The value, if it is a string or null. */
export function strOrNull(value: unknown, name: string): string | null {
  return value === null ? null : str(value, name);
}
