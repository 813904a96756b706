/** Makes a new id for a section, action, indicator or risk. */
export type NewId = () => string;

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

/**
 * A random URL-safe 12-character id (72 bits) from `crypto.getRandomValues`
 * (available in Node 20 and browsers). 64 symbols, so `byte & 63` is unbiased.
 */
export function randomPlanId(): string {
  const bytes = new Uint8Array(12);
  // shared/ compiles without DOM or Node types; Web Crypto exists in both runtimes.
  const { crypto } = globalThis as unknown as { crypto: { getRandomValues(a: Uint8Array): Uint8Array } };
  crypto.getRandomValues(bytes);
  let id = "";
  for (const b of bytes) id += ALPHABET[b & 63];
  return id;
}

/**
 * A deterministic id factory for tests and fixtures: `prefix-1`, `prefix-2`, ...
 * (valid plan item ids).
 */
export function sequentialIds(prefix = "id"): NewId {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
