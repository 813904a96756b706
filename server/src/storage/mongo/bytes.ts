/**
 * Binary conversions for Yjs data. Stored as BSON binary; read back as a
 * Buffer (the connection sets `promoteBuffers`) or, defensively, a BSON
 * `Binary`. Always returns a fresh Uint8Array that owns its bytes.
 */

interface BinaryLike {
  buffer: Uint8Array;
  position: number;
  sub_type?: number;
}

function isBinaryLike(v: unknown): v is BinaryLike {
  return (
    typeof v === "object" &&
    v !== null &&
    (v as BinaryLike).buffer instanceof Uint8Array &&
    typeof (v as BinaryLike).position === "number"
  );
}

/** Stored binary → an independent Uint8Array. */
export function toBytes(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) {
    return new Uint8Array(value);
  }
  if (isBinaryLike(value)) {
    return new Uint8Array(value.buffer.subarray(0, value.position));
  }
  throw new TypeError("stored binary field has an unexpected type");
}

/** A Uint8Array → a Buffer over a copy (safe to keep after the caller reuses its array). */
export function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes);
}
