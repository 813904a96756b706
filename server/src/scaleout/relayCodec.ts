import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { RelayedUpdate } from "../collaboration/docRelay.ts";

/** Updates a node stored as seqs `firstSeq..firstSeq+n-1`. */
export interface RelayRun {
  firstSeq: number;
  updates: RelayedUpdate[];
}

/**
 * Add updates stored as seqs `firstSeq..` to `runs`: they join the last run when they follow it,
 * otherwise they start a new one (arrival order is kept, nothing is sorted).
 */
export function appendToRuns(runs: RelayRun[], firstSeq: number, updates: readonly RelayedUpdate[]): void {
  const last = runs[runs.length - 1];
  if (last && last.firstSeq + last.updates.length === firstSeq) last.updates.push(...updates);
  else runs.push({ firstSeq, updates: [...updates] });
}

/**
 * A message on a plan's relay channel between nodes: everything one node
 * published for the plan in one turn of its event loop. Runs of stored
 * updates in seq order, then awareness frames of its clients (applied after
 * the updates, so a cursor never points past text not yet applied).
 */
export interface RelayMessage {
  node: string;
  runs: RelayRun[];
  frames: Uint8Array[];
}

/** The message format (a node of an earlier format drops this one unread and resyncs from storage on the seq gap). */
const KIND_BATCH = 2;
const MAX_UPDATES = 100_000;
const MAX_FRAMES = 10_000;

/** Binary encoding of a relay message (lib0 varints; updates carry their author). */
export function encodeRelayMessage(m: RelayMessage): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, KIND_BATCH);
  encoding.writeVarString(e, m.node);
  encoding.writeVarUint(e, m.runs.length);
  for (const run of m.runs) {
    encoding.writeVarUint(e, run.firstSeq);
    encoding.writeVarUint(e, run.updates.length);
    for (const u of run.updates) {
      encoding.writeVarUint8Array(e, u.data);
      if (u.userId === null) encoding.writeVarUint(e, 0);
      else {
        encoding.writeVarUint(e, 1);
        encoding.writeVarString(e, u.userId);
      }
    }
  }
  encoding.writeVarUint(e, m.frames.length);
  for (const f of m.frames) encoding.writeVarUint8Array(e, f);
  return encoding.toUint8Array(e);
}

/** Decode a relay message; throws on anything malformed, empty or with trailing bytes. */
export function decodeRelayMessage(data: Uint8Array): RelayMessage {
  const d = decoding.createDecoder(data);
  const kind = decoding.readVarUint(d);
  if (kind !== KIND_BATCH) throw new Error(`unknown relay message kind ${kind}`);
  const node = decoding.readVarString(d);
  const runCount = decoding.readVarUint(d);
  if (runCount > MAX_UPDATES) throw new Error("too many relay runs");
  const runs: RelayRun[] = [];
  let total = 0;
  for (let r = 0; r < runCount; r++) {
    const firstSeq = decoding.readVarUint(d);
    const n = decoding.readVarUint(d);
    total += n;
    if (firstSeq < 1 || n < 1 || total > MAX_UPDATES) throw new Error("bad relay update range");
    const updates: RelayedUpdate[] = [];
    for (let i = 0; i < n; i++) {
      const bytes = decoding.readVarUint8Array(d);
      const hasUser = decoding.readVarUint(d);
      updates.push({ data: bytes, userId: hasUser === 1 ? decoding.readVarString(d) : null });
    }
    runs.push({ firstSeq, updates });
  }
  const frameCount = decoding.readVarUint(d);
  if (frameCount > MAX_FRAMES) throw new Error("too many relay awareness frames");
  const frames: Uint8Array[] = [];
  for (let i = 0; i < frameCount; i++) frames.push(decoding.readVarUint8Array(d));
  if (runs.length === 0 && frames.length === 0) throw new Error("empty relay message");
  if (decoding.hasContent(d)) throw new Error("trailing bytes in relay message");
  return { node, runs, frames };
}

/** The sending node of a relay message, read without decoding the rest (throws when unreadable). */
export function relayMessageNode(data: Uint8Array): string {
  const d = decoding.createDecoder(data);
  decoding.readVarUint(d);
  return decoding.readVarString(d);
}

// the awareness frame decoder lives with the sync protocol (documents read relayed frames too)
export { awarenessFrameEntries, type RawAwarenessEntry } from "../collaboration/protocol.ts";
