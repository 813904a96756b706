import { log } from "../logging/logger.ts";
import { observeRelayLag, secondsSince } from "../observability/metrics.ts";
import { settleWithin } from "../utils/settleWithin.ts";
import type { DocRelay, RelayTarget, RelayedUpdate } from "../collaboration/docRelay.ts";
import { encodeAwarenessFrame } from "../collaboration/protocol.ts";
import { PublishThrottle } from "./publishThrottle.ts";
import type { RedisConnections } from "./redisConnections.ts";
import { appendToRuns, awarenessFrameEntries, decodeRelayMessage, encodeRelayMessage, relayMessageNode, type RelayRun } from "./relayCodec.ts";
import { RelayInbox } from "./relayInbox.ts";

const logger = log("collaboration");

/** Redis pub/sub channel of one plan's live document. */
export function collabChannel(planId: string): string {
  return `jigsaw:collab:${planId}`;
}
const PREFIX = collabChannel("");

/** Remote awareness states not refreshed for this long are dropped (clients time them out at 30 s). */
const AWARENESS_TTL_MS = 35_000;
/** Publishes queued while Redis is away beyond this are dropped (other nodes resync from storage). */
const MAX_QUEUED_PUBLISHES = 10_000;

export interface RedisDocRelayOptions {
  /** A busy node publishes at most once per this many ms (see `PublishThrottle`; 0 = every turn). */
  publishIntervalMs?: number;
  /** How long `join` waits for the subscription before loading anyway. */
  joinTimeoutMs?: number;
}

/**
 * The document relay over Redis pub/sub: one channel per plan, subscribed only
 * while the plan's document is loaded on this node. Updates are published by
 * the node that stored them (after the append committed) with their seqs; the
 * other nodes apply them without storing them again. Pub/sub may drop
 * messages during an outage, so every loaded doc re-reads storage when the
 * subscriber connection comes back, and a seq gap makes a doc re-read too.
 * Awareness is forwarded best-effort and cached so a joining client sees
 * people on other nodes at once. What a node queues for a plan (committed
 * batches and the presence that rides with them) leaves as one message, at
 * most once per `publishIntervalMs` while the node is busy. Messages that
 * arrive together are merged per document before they are applied
 * (`RelayInbox`); this node's own messages, which Redis echoes back, are
 * dropped unread.
 */
export class RedisDocRelay implements DocRelay {
  private readonly targets = new Map<string, RelayTarget>();
  private readonly awareness = new Map<string, Map<number, { clock: number; json: string; at: number }>>();
  private queued = 0;
  private readonly offReconnect: () => void;
  private resyncTimer: NodeJS.Timeout | null = null;
  private readonly inbox = new RelayInbox((t) => this.targets.get(t.planId) === t);
  /** Queued per plan, not yet sent; `since`: when its first update was committed (for the relay lag metric). */
  private readonly outbox = new Map<string, { runs: RelayRun[]; frames: Uint8Array[]; since: number | null }>();
  private readonly throttle: PublishThrottle;
  private readonly joinTimeoutMs: number;

  constructor(
    private readonly conns: RedisConnections,
    private readonly nodeId: string,
    options: RedisDocRelayOptions = {},
  ) {
    this.joinTimeoutMs = options.joinTimeoutMs ?? 2_000;
    this.throttle = new PublishThrottle(options.publishIntervalMs ?? 0, () => this.sendOutbox());
    this.offReconnect = conns.onReconnect(() => this.scheduleResyncAll());
  }

  /** Plans with a subscribed document on this node. */
  get joinedCount(): number {
    return this.targets.size;
  }

  async join(target: RelayTarget): Promise<void> {
    this.targets.set(target.planId, target);
    const subscribed = this.conns.sub.subscribe(collabChannel(target.planId), this.onMessage, true);
    try {
      // Redis away: load anyway; the reconnect resync catches up
      await settleWithin(subscribed, this.joinTimeoutMs, undefined);
    } catch (err) {
      logger.warn({ err, planId: target.planId }, "relay subscribe failed; relying on resync");
    }
  }

  leave(target: RelayTarget): void {
    if (this.targets.get(target.planId) !== target) return;
    this.targets.delete(target.planId);
    this.awareness.delete(target.planId);
    this.conns.sub.unsubscribe(collabChannel(target.planId), this.onMessage, true).catch(() => undefined);
  }

  publishUpdates(planId: string, firstSeq: number, updates: readonly RelayedUpdate[]): void {
    if (this.queued >= MAX_QUEUED_PUBLISHES) return;
    const out = this.outgoing(planId);
    out.since ??= performance.now();
    appendToRuns(out.runs, firstSeq, updates);
  }

  publishAwareness(planId: string, frame: Uint8Array): void {
    if (!this.conns.cmd.isReady) return; // best-effort: never queued
    this.outgoing(planId).frames.push(frame);
  }

  remoteAwareness(planId: string): Uint8Array | null {
    const states = this.awareness.get(planId);
    if (!states || states.size === 0) return null;
    const now = Date.now();
    const entries: Array<{ clientId: number; clock: number; json: string }> = [];
    for (const [clientId, s] of states) {
      if (now - s.at > AWARENESS_TTL_MS) states.delete(clientId);
      else entries.push({ clientId, clock: s.clock, json: s.json });
    }
    return entries.length > 0 ? encodeAwarenessFrame(entries) : null;
  }

  /**
   * Publish what is still queued (best-effort) and stop listening for reconnects. The connections
   * are closed by their owner, which lets the publishes go out first (`RedisConnections.close`).
   */
  close(): void {
    this.offReconnect();
    this.throttle.close();
    this.sendOutbox();
    if (this.resyncTimer) clearTimeout(this.resyncTimer);
    this.targets.clear();
    this.awareness.clear();
  }

  /** The plan's next message; the throttle decides when it leaves. */
  private outgoing(planId: string): { runs: RelayRun[]; frames: Uint8Array[]; since: number | null } {
    let out = this.outbox.get(planId);
    if (!out) this.outbox.set(planId, (out = { runs: [], frames: [], since: null }));
    this.throttle.queued();
    return out;
  }

  private sendOutbox(): void {
    const ready = this.conns.cmd.isReady;
    for (const [planId, out] of this.outbox) {
      // presence is best-effort: never queued while Redis is away (updates are, up to a bound)
      const frames = ready ? out.frames : [];
      if (out.runs.length > 0 || frames.length > 0) this.publish(planId, encodeRelayMessage({ node: this.nodeId, runs: out.runs, frames }), out.since);
    }
    this.outbox.clear();
  }

  private publish(planId: string, payload: Uint8Array, since: number | null): void {
    this.queued++;
    this.conns.cmd
      .publish(collabChannel(planId), Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength))
      .then(() => {
        if (since !== null) observeRelayLag("publish", secondsSince(since));
      })
      .catch((err: unknown) => logger.debug({ err, planId }, "relay publish failed"))
      .finally(() => this.queued--);
  }

  private readonly onMessage = (message: Buffer, channel: Buffer | string): void => {
    const planId = String(channel).slice(PREFIX.length);
    const target = this.targets.get(planId);
    if (!target) return;
    const data = new Uint8Array(message.buffer, message.byteOffset, message.byteLength);
    let m;
    try {
      if (relayMessageNode(data) === this.nodeId) return; // our own, echoed back
      m = decodeRelayMessage(data);
    } catch (err) {
      logger.warn({ err, planId }, "malformed relay message dropped");
      return;
    }
    for (const run of m.runs) this.inbox.addUpdates(target, run.firstSeq, run.updates, performance.now());
    for (const frame of m.frames) {
      try {
        this.remember(planId, frame);
      } catch {
        continue; // not an awareness frame: not forwarded
      }
      this.inbox.addAwareness(target, frame);
    }
  };

  private remember(planId: string, frame: Uint8Array): void {
    const entries = awarenessFrameEntries(frame);
    let states = this.awareness.get(planId);
    if (!states) this.awareness.set(planId, (states = new Map()));
    const now = Date.now();
    for (const e of entries) {
      if (e.json === "null") states.delete(e.clientId);
      else states.set(e.clientId, { clock: e.clock, json: e.json, at: now });
    }
  }

  /** After a reconnect: every loaded doc re-reads storage (shortly, once the publishers are back too). */
  private scheduleResyncAll(): void {
    if (this.resyncTimer) return;
    this.resyncTimer = setTimeout(() => {
      this.resyncTimer = null;
      const targets = [...this.targets.values()];
      logger.info({ docs: targets.length }, "redis back: resyncing loaded documents from storage");
      for (const t of targets) void t.resync();
    }, 300);
    this.resyncTimer.unref();
  }
}
