import type { RelayTarget, RelayedUpdate } from "../collaboration/docRelay.ts";
import { encodeAwarenessFrame } from "../collaboration/protocol.ts";
import { observeRelayLag, secondsSince } from "../observability/metrics.ts";
import { appendToRuns, awarenessFrameEntries, type RawAwarenessEntry, type RelayRun } from "./relayCodec.ts";

interface Pending {
  /** Runs of consecutive seqs, in arrival order. */
  runs: RelayRun[];
  /** Awareness frames, in arrival order. */
  frames: Uint8Array[];
  /** When the first of these updates arrived (`performance.now()`), for the relay lag metric. */
  since: number | null;
}

/**
 * Relay messages received together (one read of the subscriber connection
 * holds many), merged before they reach their documents: a message whose
 * first seq follows the previous one's last joins its run, so the document
 * applies the run in one transaction and sends its connections one frame;
 * awareness frames become one frame with the newest state of each client.
 * Updates keep arrival order (and the document's own seq check still holds
 * back anything beyond a gap). Awareness is handed over first, so it leaves
 * in the same write as the updates that came with it; the document sends it
 * after them, so cursors never point past what was sent.
 * Delivered in a microtask, i.e. before anything else runs after the read.
 */
export class RelayInbox {
  private readonly pending = new Map<RelayTarget, Pending>();
  private scheduled = false;

  constructor(
    /** Whether the target still receives (it may have left since the message came). */
    private readonly isJoined: (target: RelayTarget) => boolean,
    private readonly schedule: (fn: () => void) => void = queueMicrotask,
  ) {}

  /** Updates another node stored as seqs `firstSeq..`. */
  addUpdates(target: RelayTarget, firstSeq: number, updates: readonly RelayedUpdate[], arrivedAt: number | null = null): void {
    const p = this.entry(target);
    if (p.since === null) p.since = arrivedAt;
    appendToRuns(p.runs, firstSeq, updates);
  }

  /** An awareness frame (already checked to be one) of another node's clients. */
  addAwareness(target: RelayTarget, frame: Uint8Array): void {
    this.entry(target).frames.push(frame);
  }

  /** Deliver everything received so far (also what the scheduled delivery does). */
  flush(): void {
    this.scheduled = false;
    const all = [...this.pending];
    this.pending.clear();
    for (const [target, p] of all) {
      if (!this.isJoined(target)) continue;
      if (p.frames.length > 0) target.relayAwareness(mergeAwarenessFrames(p.frames));
      for (const run of p.runs) if (this.isJoined(target)) target.applyRemote(run.firstSeq, run.updates);
      if (p.since !== null && p.runs.length > 0) observeRelayLag("deliver", secondsSince(p.since));
    }
  }

  private entry(target: RelayTarget): Pending {
    let p = this.pending.get(target);
    if (!p) this.pending.set(target, (p = { runs: [], frames: [], since: null }));
    if (!this.scheduled) {
      this.scheduled = true;
      this.schedule(() => this.flush());
    }
    return p;
  }
}

/**
 * One awareness frame for several: for each client, the entry a client applying
 * the frames in order would end with (a higher clock wins; at an equal clock
 * only a removal, `null`, replaces a state). A single frame is returned as is.
 */
export function mergeAwarenessFrames(frames: readonly Uint8Array[]): Uint8Array {
  if (frames.length === 1) return frames[0]!;
  const latest = new Map<number, RawAwarenessEntry>();
  for (const f of frames) {
    for (const e of awarenessFrameEntries(f)) {
      const prev = latest.get(e.clientId);
      if (!prev || e.clock > prev.clock || (e.clock === prev.clock && e.json === "null")) latest.set(e.clientId, e);
    }
  }
  return encodeAwarenessFrame([...latest.values()]);
}
