/** The y-websocket wire protocol: decoding client frames and encoding sync, awareness and refusal frames. */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** y-websocket top-level message types. */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
/** y-protocols sync message types. */
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

/**
 * One awareness entry as sent on the wire. The state stays undecoded: most entries a stock
 * client sends are echoes of other clients' states, dropped on client id and clock alone, so
 * the room reads a state (`readAwarenessState`) only once it knows it will keep it.
 */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state's UTF-8 JSON bytes, as sent ("null" = removed). */
  raw: Uint8Array;
}

/** A fully decoded client frame. */
export type ClientFrame =
  | { kind: "syncStep1"; stateVector: Uint8Array }
  | { kind: "syncStep2"; update: Uint8Array }
  | { kind: "update"; update: Uint8Array }
  | { kind: "awareness"; entries: AwarenessEntry[]; bytes: number }
  | { kind: "queryAwareness" };

/** Thrown by `parseClientFrame` for anything that is not exactly one well-formed message. */
export class MalformedFrameError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MalformedFrameError";
  }
}

const MAX_AWARENESS_ENTRIES = 64;

/**
 * Decode one client frame completely (no trailing bytes allowed). Never
 * applies anything; throws `MalformedFrameError` for garbage, truncation,
 * unknown types or unparsable awareness JSON.
 */
export function parseClientFrame(data: Uint8Array): ClientFrame {
  try {
    const d = decoding.createDecoder(data);
    const type = decoding.readVarUint(d);
    let frame: ClientFrame;
    if (type === MessageType.sync) {
      const sub = decoding.readVarUint(d);
      const payload = decoding.readVarUint8Array(d);
      if (sub === SyncType.step1) frame = { kind: "syncStep1", stateVector: payload };
      else if (sub === SyncType.step2) frame = { kind: "syncStep2", update: payload };
      else if (sub === SyncType.update) frame = { kind: "update", update: payload };
      else throw new MalformedFrameError(`unknown sync message type ${sub}`);
    } else if (type === MessageType.awareness) {
      const inner = decoding.readVarUint8Array(d);
      frame = { kind: "awareness", entries: parseAwarenessUpdate(inner), bytes: inner.byteLength };
    } else if (type === MessageType.queryAwareness) {
      frame = { kind: "queryAwareness" };
    } else {
      throw new MalformedFrameError(`unknown message type ${type}`);
    }
    if (decoding.hasContent(d)) throw new MalformedFrameError("trailing bytes after message");
    return frame;
  } catch (err) {
    if (err instanceof MalformedFrameError) throw err;
    throw new MalformedFrameError(err instanceof Error ? err.message : "undecodable message");
  }
}

/** Decode an awareness update body (without the outer message type); states stay raw. */
export function parseAwarenessUpdate(inner: Uint8Array): AwarenessEntry[] {
  const d = decoding.createDecoder(inner);
  const n = decoding.readVarUint(d);
  if (n > MAX_AWARENESS_ENTRIES) throw new MalformedFrameError("too many awareness entries");
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < n; i++) {
    const clientId = decoding.readVarUint(d);
    const clock = decoding.readVarUint(d);
    const raw = decoding.readVarUint8Array(d);
    if (!Number.isSafeInteger(clientId) || clientId > 0xffffffff || !Number.isSafeInteger(clock)) {
      throw new MalformedFrameError("awareness ids out of range");
    }
    entries.push({ clientId, clock, raw });
  }
  if (decoding.hasContent(d)) throw new MalformedFrameError("trailing bytes in awareness update");
  return entries;
}

const NULL_STATE = [0x6e, 0x75, 0x6c, 0x6c]; // "null"

/** True when a raw awareness state is `null` (the client removed itself). */
export function isRemovedState(raw: Uint8Array): boolean {
  return raw.length === 4 && raw[0] === NULL_STATE[0] && raw[1] === NULL_STATE[1] && raw[2] === NULL_STATE[2] && raw[3] === NULL_STATE[3];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decode a raw awareness state that is not `null`; throws `MalformedFrameError` unless it is a JSON object. */
export function readAwarenessState(raw: Uint8Array): Record<string, unknown> {
  let state: unknown;
  try {
    state = JSON.parse(utf8.decode(raw));
  } catch {
    throw new MalformedFrameError("awareness state is not JSON");
  }
  if (state === null || typeof state !== "object" || Array.isArray(state)) {
    throw new MalformedFrameError("awareness state must be an object or null");
  }
  return state as Record<string, unknown>;
}

/** `[sync, step1, stateVector]` */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSync(SyncType.step1, stateVector);
}
/** `[sync, step2, update]` */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSync(SyncType.step2, update);
}
/** `[sync, update, update]` */
export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SyncType.update, update);
}

/** `[auth, permissionDenied, reason]` (y-protocols auth message; stock clients log it and stay connected). */
export function encodePermissionDenied(reason: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.auth);
  encoding.writeVarUint(e, 0);
  encoding.writeVarString(e, reason);
  return encoding.toUint8Array(e);
}

function encodeSync(sub: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageType.sync);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** An awareness frame for entries whose state is already JSON text. */
export function encodeAwarenessFrame(entries: ReadonlyArray<{ clientId: number; clock: number; json: string }>): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const e of entries) {
    encoding.writeVarUint(inner, e.clientId);
    encoding.writeVarUint(inner, e.clock);
    encoding.writeVarString(inner, e.json);
  }
  const outer = encoding.createEncoder();
  encoding.writeVarUint(outer, MessageType.awareness);
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner));
  return encoding.toUint8Array(outer);
}

/** One awareness entry of a y-websocket awareness frame, state kept as JSON text. */
export interface RawAwarenessEntry {
  clientId: number;
  clock: number;
  json: string;
}

/** Entries of a y-websocket awareness frame (`[1][varUint8Array update]`); throws when it is not one. */
export function awarenessFrameEntries(frame: Uint8Array): RawAwarenessEntry[] {
  const d = decoding.createDecoder(frame);
  if (decoding.readVarUint(d) !== MessageType.awareness) throw new Error("not an awareness frame");
  const inner = decoding.createDecoder(decoding.readVarUint8Array(d));
  const n = decoding.readVarUint(inner);
  const out: RawAwarenessEntry[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ clientId: decoding.readVarUint(inner), clock: decoding.readVarUint(inner), json: decoding.readVarString(inner) });
  }
  return out;
}

/** An awareness frame with no entries: a harmless keep-alive for clients' 30 s liveness check. */
export const KEEPALIVE_FRAME: Uint8Array = encodeAwarenessFrame([]);
