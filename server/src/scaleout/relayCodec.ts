import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { RelayedUpdate } from "../collaboration/docRelay.ts";

/** A message on a plan's relay channel between nodes. */
export type RelayMessage =
  | { kind: "updates"; node: string; firstSeq: number; updates: RelayedUpdate[] }
  | { kind: "awareness"; node: string; frame: Uint8Array };

const KIND_UPDATES = 0;
const KIND_AWARENESS = 1;

/** Binary encoding of a relay message (lib0 varints; updates carry their author). */
export function encodeRelayMessage(m: RelayMessage): Uint8Array {
  const e = encoding.createEncoder();
  if (m.kind === "updates") {
    encoding.writeVarUint(e, KIND_UPDATES);
    encoding.writeVarString(e, m.node);
    encoding.writeVarUint(e, m.firstSeq);
    encoding.writeVarUint(e, m.updates.length);
    for (const u of m.updates) {
      encoding.writeVarUint8Array(e, u.data);
      if (u.userId === null) encoding.writeVarUint(e, 0);
      else {
        encoding.writeVarUint(e, 1);
        encoding.writeVarString(e, u.userId);
      }
    }
  } else {
    encoding.writeVarUint(e, KIND_AWARENESS);
    encoding.writeVarString(e, m.node);
    encoding.writeVarUint8Array(e, m.frame);
  }
  return encoding.toUint8Array(e);
}

/** Decode a relay message; throws on anything malformed or with trailing bytes. */
export function decodeRelayMessage(data: Uint8Array): RelayMessage {
  const d = decoding.createDecoder(data);
  const kind = decoding.readVarUint(d);
  const node = decoding.readVarString(d);
  let m: RelayMessage;
  if (kind === KIND_UPDATES) {
    const firstSeq = decoding.readVarUint(d);
    const n = decoding.readVarUint(d);
    if (firstSeq < 1 || n < 1 || n > 100_000) throw new Error("bad relay update range");
    const updates: RelayedUpdate[] = [];
    for (let i = 0; i < n; i++) {
      const bytes = decoding.readVarUint8Array(d);
      const hasUser = decoding.readVarUint(d);
      updates.push({ data: bytes, userId: hasUser === 1 ? decoding.readVarString(d) : null });
    }
    m = { kind: "updates", node, firstSeq, updates };
  } else if (kind === KIND_AWARENESS) {
    m = { kind: "awareness", node, frame: decoding.readVarUint8Array(d) };
  } else {
    throw new Error(`unknown relay message kind ${kind}`);
  }
  if (decoding.hasContent(d)) throw new Error("trailing bytes in relay message");
  return m;
}

/** The sending node of a relay message, read without decoding the rest (throws when unreadable). */
export function relayMessageNode(data: Uint8Array): string {
  const d = decoding.createDecoder(data);
  decoding.readVarUint(d);
  return decoding.readVarString(d);
}

// the awareness frame decoder lives with the sync protocol (documents read relayed frames too)
export { awarenessFrameEntries, type RawAwarenessEntry } from "../collaboration/protocol.ts";
