/** Fan-out: what a document sends its connections (committed updates, presence, other nodes' changes), batched into as few writes as possible. */
import * as Y from "yjs";
import type { AwarenessRoom } from "./awareness.ts";
import type { CollabOptions } from "./collabOptions.ts";
import type { DocConnection } from "./docConnection.ts";
import { encodeSyncUpdate, KEEPALIVE_FRAME } from "./protocol.ts";

/** Relayed batches up to this many updates go out one frame per update: no decode, merge and re-encode. */
const RELAYED_AS_IS = 16;

const NO_FRAMES: readonly Uint8Array[] = Object.freeze([]) as readonly Uint8Array[];

/** One committed update and the connection that sent it (null: the server). */
export interface CommittedUpdate {
  data: Uint8Array;
  origin: DocConnection | null;
}

/**
 * A document's connections and everything sent to all of them. Presence goes after the updates it
 * came with (a cursor never points past text not yet sent); other nodes' changes wait up to
 * `relayedFlushMs` to lead this node's next write; nothing is echoed to its sender.
 */
export class Fanout {
  readonly connections = new Set<DocConnection>();
  private awarenessTimer: NodeJS.Timeout | null = null;
  private awarenessImmediate: NodeJS.Immediate | null = null;
  /**
   * Awareness frames of other nodes' clients not yet sent to this node's connections: they
   * leave with the next broadcast (in the same write) or the awareness flush, like local presence.
   */
  private relayedPresence: Uint8Array[] = [];
  /**
   * Frames of other nodes' changes (and the presence that came with them) not yet sent: they
   * leave with this node's next broadcast or presence flush, in the same write, or on their own
   * once `relayedFlushMs` has passed (see `holdRelayed`).
   */
  private relayedOut: Uint8Array[] = [];
  private relayedOutTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly awareness: AwarenessRoom,
    private readonly options: CollabOptions,
    /** Publishes this node's presence to other nodes (null when it runs alone). */
    private readonly publishAwareness: ((frame: Uint8Array) => void) | null,
  ) {}

  /** Relay a committed batch: one encoded frame for everyone who sent nothing, no echo to senders. */
  broadcast(batch: readonly CommittedUpdate[]): void {
    if (this.connections.size === 0) return;
    const senders = new Set<DocConnection>();
    for (const b of batch) if (b.origin) senders.add(b.origin);
    const shared = framesFor(batch.map((b) => b.data));
    const held = this.takeRelayed();
    const presence = this.takeAwarenessChanges();
    const withPresence = inOrder(held, inOrder(shared, presence));
    // senders get the other updates of the batch as their own frames: each encoded
    // once and the same buffer sent to every sender (no echo, no per-sender merge)
    const exclusive = senders.size <= 16;
    for (const conn of this.connections) {
      if (!senders.has(conn) || !exclusive) {
        // with very many senders in one turn an echo is cheaper than per-update frames
        sendAll(conn, withPresence);
      }
    }
    if (!exclusive || senders.size === 0) return;
    const single = batch.length === 1 ? null : batch.map((b) => encodeSyncUpdate(b.data));
    for (const s of senders) {
      if (!this.connections.has(s)) continue;
      const frames: Uint8Array[] = [...held];
      if (single) for (let i = 0; i < batch.length; i++) if (batch[i]!.origin !== s) frames.push(single[i]!);
      frames.push(...presence);
      if (frames.length > 0) sendAll(s, frames);
    }
  }

  /** Changes another node stored, applied here: to every connection as they came (held for `relayedFlushMs` when set). */
  relayedChanges(updates: readonly Uint8Array[]): void {
    if (this.connections.size === 0) return;
    const frames = updates.length <= RELAYED_AS_IS ? updates.map(encodeSyncUpdate) : framesFor(updates);
    if (this.options.relayedFlushMs <= 0) {
      const withPresence = inOrder(frames, this.takeAwarenessChanges());
      for (const c of this.connections) sendAll(c, withPresence);
    } else {
      // other nodes' presence may point into these changes: it waits with them; this node's
      // own presence keeps its own (shorter) window
      const relayedPresence = this.relayedPresence;
      this.relayedPresence = [];
      this.holdRelayed(inOrder(frames, relayedPresence));
    }
  }

  /** An awareness frame of another node's clients, sent with the next broadcast or awareness flush. */
  relayedAwareness(frame: Uint8Array): void {
    if (this.connections.size === 0) return;
    this.relayedPresence.push(frame);
    this.scheduleAwarenessFlush();
  }

  /** Presence changed: send it with the next broadcast, or at the awareness flush. */
  scheduleAwarenessFlush(): void {
    if (this.awarenessTimer || this.awarenessImmediate) return;
    if (!this.awareness.hasChanges && this.relayedPresence.length === 0) return;
    const run = () => {
      this.awarenessTimer = null;
      this.awarenessImmediate = null;
      const frames = inOrder(this.takeRelayed(), this.takeAwarenessChanges());
      if (frames.length > 0) for (const c of this.connections) sendAll(c, frames);
    };
    const ms = this.options.awarenessFlushMs;
    if (ms > 0) this.awarenessTimer = setTimeout(run, ms);
    else this.awarenessImmediate = setImmediate(run);
  }

  /** Periodic: forward batched heartbeats; keep idle sockets alive for the client's 30 s watchdog. */
  heartbeat(idleSince: number, lastSent: (c: DocConnection) => number): void {
    this.sendRelayedNow(); // held changes before the heartbeat's presence
    const frame = this.awareness.flushHeartbeats();
    if (frame) this.publishAwareness?.(frame);
    for (const c of this.connections) {
      if (frame) c.send(frame);
      else if (lastSent(c) < idleSince) c.send(KEEPALIVE_FRAME);
    }
  }

  /** Drop everything held back (failure): nothing more is sent. */
  dropHeld(): void {
    this.takeRelayed();
  }

  /** Stop every timer and drop what is held (unload). */
  stop(): void {
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    if (this.awarenessImmediate) clearImmediate(this.awarenessImmediate);
    this.relayedPresence = [];
    this.takeRelayed();
  }

  /**
   * Presence changes since the last flush, as frames to send: other nodes' frames as they came,
   * then this node's changes as one frame (published to other nodes). The pending flush is cancelled.
   */
  private takeAwarenessChanges(): readonly Uint8Array[] {
    if (!this.awareness.hasChanges && this.relayedPresence.length === 0) return NO_FRAMES;
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    if (this.awarenessImmediate) clearImmediate(this.awarenessImmediate);
    this.awarenessTimer = null;
    this.awarenessImmediate = null;
    const frames = this.relayedPresence;
    this.relayedPresence = [];
    const frame = this.awareness.hasChanges ? this.awareness.flushChanges() : null;
    if (frame) {
      this.publishAwareness?.(frame);
      frames.push(frame);
    }
    return frames;
  }

  /**
   * Frames of changes another node stored, for this node's connections. They wait up to
   * `relayedFlushMs` to leave with this node's next broadcast (its own edits or presence), in
   * the same write: a node's connections otherwise get one write for each message from every
   * other node on top of those for their own node's changes, and the writes, not the bytes, are
   * what a node's fan-out costs. Order is kept: held frames go before anything sent after them.
   */
  private holdRelayed(frames: readonly Uint8Array[]): void {
    this.relayedOut.push(...frames);
    if (this.relayedOutTimer) return;
    this.relayedOutTimer = setTimeout(() => {
      this.relayedOutTimer = null;
      this.sendRelayedNow();
    }, this.options.relayedFlushMs);
    this.relayedOutTimer.unref();
  }

  /** Held relayed frames (to lead the next write); the timed send is cancelled. */
  private takeRelayed(): readonly Uint8Array[] {
    if (this.relayedOut.length === 0) return NO_FRAMES;
    if (this.relayedOutTimer) clearTimeout(this.relayedOutTimer);
    this.relayedOutTimer = null;
    const frames = this.relayedOut;
    this.relayedOut = [];
    return frames;
  }

  /** Send held relayed frames now, on their own. */
  private sendRelayedNow(): void {
    const frames = this.takeRelayed();
    if (frames.length > 0) for (const c of this.connections) sendAll(c, frames);
  }
}

/**
 * The frames of one write: `first`, then `then` (either array as it is when the other is empty).
 * Presence goes after the updates it came with (a cursor never points past text not yet sent);
 * held relayed frames go before anything this node sends after them.
 */
function inOrder(first: readonly Uint8Array[], then: readonly Uint8Array[]): readonly Uint8Array[] {
  if (then.length === 0) return first;
  return first.length === 0 ? then : [...first, ...then];
}

/** Send `frames` to `conn` in one write where it can. */
function sendAll(conn: DocConnection, frames: readonly Uint8Array[]): void {
  if (conn.sendAll) conn.sendAll(frames);
  else for (const f of frames) conn.send(f);
}

/**
 * Update frames for a broadcast: small batches merged into one frame, long
 * ones in chunks of 64 (mergeUpdates is superlinear on long lists).
 */
function framesFor(updates: readonly Uint8Array[]): Uint8Array[] {
  if (updates.length === 1) return [encodeSyncUpdate(updates[0]!)];
  const frames: Uint8Array[] = [];
  for (let i = 0; i < updates.length; i += 64) {
    frames.push(encodeSyncUpdate(Y.mergeUpdates(updates.slice(i, i + 64) as Uint8Array[])));
  }
  return frames;
}
