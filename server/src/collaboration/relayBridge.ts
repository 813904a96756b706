/** The relay bridge: a loaded document's side of the cross-node relay (Redis), built only when this node runs with others. */
import type * as Y from "yjs";
import { log } from "../logging/logger.ts";
import type { DocStore } from "../storage/types.ts";
import type { ClientOwners } from "./clientOwners.ts";
import type { Compactor } from "./compaction.ts";
import type { DocRelay, RelayTarget, RelayedUpdate } from "./docRelay.ts";

const logger = log("collaboration");

/** How long relayed updates wait beyond a seq gap before the doc re-reads storage. */
const GAP_WAIT_MS = 1_000;

/** What the bridge needs of its document. */
export interface BridgedDoc {
  readonly planId: string;
  readonly doc: Y.Doc;
  readonly state: "loading" | "ready" | "failed" | "closed";
  readonly owners: ClientOwners;
  readonly compactor: Compactor;
  /** Apply already-durable updates and send them to this node's connections; false when the doc failed. */
  applyDurable(updates: readonly Uint8Array[]): boolean;
  /** Another node's presence, for this node's connections. */
  relayedAwareness(frame: Uint8Array): void;
}

/**
 * Updates another node stored reach this document through here, in seq order: batches beyond a
 * missing seq are held, and a gap that does not close within GAP_WAIT_MS (a lost message), a
 * Redis outage or a refused update from a client that moved nodes make it re-read storage. What
 * this node commits and its presence are published to the others.
 */
export class RelayBridge implements RelayTarget {
  /** Relayed updates that arrived while loading or beyond a seq gap. */
  private held: Array<{ first: number; updates: readonly RelayedUpdate[] }> = [];
  private gapTimer: NodeJS.Timeout | null = null;
  private resyncing: Promise<void> | null = null;

  constructor(
    private readonly relay: DocRelay,
    private readonly room: BridgedDoc,
    private readonly store: DocStore,
  ) {}

  get planId(): string {
    return this.room.planId;
  }

  /** Start receiving, before the document reads storage (anything committed elsewhere after the read is relayed). */
  join(): Promise<void> {
    return this.relay.join(this);
  }

  /** Stop receiving (unloaded or failed). */
  leave(): void {
    this.relay.leave(this);
    if (this.gapTimer) clearTimeout(this.gapTimer);
  }

  /** The document is ready: claim the client ids of presence relayed while it loaded, apply what was held. */
  onReady(): void {
    const remote = this.relay.remoteAwareness(this.planId);
    if (remote) this.room.owners.claimRelayed(remote);
    this.drainHeld();
  }

  /** This node stored `updates` as seqs `firstSeq..`: tell the others. */
  publishUpdates(firstSeq: number, updates: readonly RelayedUpdate[]): void {
    this.relay.publishUpdates(this.planId, firstSeq, updates);
  }

  /** This node's presence changed: tell the others. */
  publishAwareness(frame: Uint8Array): void {
    this.relay.publishAwareness(this.planId, frame);
  }

  /** Other nodes' present awareness as one frame (null when none). */
  remoteAwareness(): Uint8Array | null {
    return this.relay.remoteAwareness(this.planId);
  }

  /** Updates another node stored as seqs `firstSeq..`: applied in seq order, kept for compaction, relayed locally. */
  applyRemote(firstSeq: number, updates: readonly RelayedUpdate[]): void {
    if (this.room.state === "loading") {
      this.held.push({ first: firstSeq, updates });
      return;
    }
    if (this.room.state !== "ready") return;
    if (firstSeq > this.room.compactor.seqs.value + 1) {
      // an earlier seq is missing: wait briefly for it, then read storage
      this.held.push({ first: firstSeq, updates });
      this.scheduleGapCheck();
      return;
    }
    this.applyStored(updates.map((u, i) => ({ seq: firstSeq + i, ...u })));
    this.drainHeld();
  }

  /**
   * An awareness frame of another node's clients: its client ids claimed at once, then forwarded
   * to this node's connections as is, with the next broadcast or awareness flush.
   */
  relayAwareness(frame: Uint8Array): void {
    if (this.room.state !== "ready") return;
    this.room.owners.claimRelayed(frame);
    this.room.relayedAwareness(frame);
  }

  /**
   * Read storage and apply what this node has not seen (after a Redis outage,
   * a lost relay message or a gap). A snapshot another node compacted past our
   * seqs becomes the base.
   */
  resync(): Promise<void> {
    if (this.room.state !== "ready") return Promise.resolve();
    this.resyncing ??= (async () => {
      try {
        const stored = await this.store.load(this.planId);
        if (!stored || this.room.state !== "ready") return;
        // a snapshot another node compacted may hold client ids this node never saw written
        this.room.owners.recorded(stored.owners);
        if (stored.snapshot && stored.snapshotSeq > this.room.compactor.seqs.value) {
          if (!this.room.applyDurable([stored.snapshot])) return;
          // every client id this node saw written is owned already: what is left came with the snapshot
          this.room.owners.claimForServer(this.room.doc.store.clients.keys());
          this.room.compactor.rebase(stored.snapshot, stored.snapshotSeq);
        }
        this.applyStored(stored.updates);
        const last = stored.updates.length > 0 ? stored.updates[stored.updates.length - 1]!.seq : stored.snapshotSeq;
        this.room.compactor.seqs.raiseTo(last);
        this.drainHeld();
      } catch (err) {
        logger.warn({ err, planId: this.planId }, "resync from storage failed");
      } finally {
        this.resyncing = null;
      }
    })();
    return this.resyncing;
  }

  /** Apply held relayed updates that no longer wait for a missing seq. */
  drainHeld(): void {
    if (this.room.state !== "ready") return;
    const seqs = (): number => this.room.compactor.seqs.value;
    let progress = true;
    while (progress && this.held.length > 0) {
      progress = false;
      this.held.sort((a, b) => a.first - b.first);
      const rest: typeof this.held = [];
      for (const h of this.held) {
        if (h.first + h.updates.length - 1 <= seqs()) {
          progress = true; // everything in it is held already
        } else if (h.first <= seqs() + 1) {
          this.applyStored(h.updates.map((u, i) => ({ seq: h.first + i, ...u })));
          if (this.room.state !== "ready") return;
          progress = true;
        } else {
          rest.push(h);
        }
      }
      this.held = rest;
    }
    if (this.held.length > 0 || this.room.compactor.seqs.hasGap) this.scheduleGapCheck();
  }

  /** Re-read storage when the watermark stayed stuck behind a gap for GAP_WAIT_MS (a lost message, not one in flight). */
  private scheduleGapCheck(): void {
    if (this.gapTimer) return;
    const stuckAt = this.room.compactor.seqs.value;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      if (this.room.state !== "ready" || (this.held.length === 0 && !this.room.compactor.seqs.hasGap)) return;
      // busy docs interleave seqs of several nodes: a gap that moved on is not a lost message
      if (this.room.compactor.seqs.value !== stuckAt) this.scheduleGapCheck();
      else void this.resync();
    }, GAP_WAIT_MS);
    this.gapTimer.unref();
  }

  /** Apply stored updates this node does not hold yet, in seq order. */
  private applyStored(entries: ReadonlyArray<{ seq: number; data: Uint8Array; userId: string | null }>): void {
    const fresh = entries.filter((e) => !this.room.compactor.seqs.has(e.seq));
    if (fresh.length === 0) return;
    for (const e of fresh) this.room.owners.storedBy(e.data, e.userId);
    if (!this.room.applyDurable(fresh.map((e) => e.data))) return;
    for (const e of fresh) this.room.compactor.stored(e.seq, e.data);
  }
}
