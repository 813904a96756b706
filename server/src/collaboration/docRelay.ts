/** The cross-node relay contract (implemented by scaleout/ over Redis) and where a server's relay is registered. */
import type { ServerContext } from "../services/context.ts";

/** One stored update as relayed between nodes (author kept for client-id ownership). */
export interface RelayedUpdate {
  data: Uint8Array;
  userId: string | null;
}

/** A loaded document as the cross-node relay sees it. */
export interface RelayTarget {
  readonly planId: string;
  /**
   * Updates another node stored as seqs `firstSeq..firstSeq+n-1` (already
   * durable: applied and relayed to this node's clients, never stored again).
   */
  applyRemote(firstSeq: number, updates: readonly RelayedUpdate[]): void;
  /** An awareness frame from another node, for this node's connections. */
  relayAwareness(frame: Uint8Array): void;
  /** Read storage again for anything this node missed (Redis outage, lost message). */
  resync(): Promise<void>;
}

/**
 * Relays committed document updates and awareness between server nodes
 * (scale-out). Storage stays the source of truth: a node publishes only after
 * its append committed, and resyncs from storage whenever it may have missed
 * something. Without a relay a node runs alone.
 */
export interface DocRelay {
  /** Start receiving for a document that is about to read storage. Resolves once subscribed (or gave up waiting). */
  join(target: RelayTarget): Promise<void>;
  /** Stop receiving for a document (unloaded or failed). */
  leave(target: RelayTarget): void;
  /** Publish updates this node stored as seqs `firstSeq..`. Best-effort: other nodes resync on gaps. */
  publishUpdates(planId: string, firstSeq: number, updates: readonly RelayedUpdate[]): void;
  /** Publish an awareness frame of this node's clients. Best-effort. */
  publishAwareness(planId: string, frame: Uint8Array): void;
  /** Present awareness states of other nodes' clients as one frame (null when none). */
  remoteAwareness(planId: string): Uint8Array | null;
}

const relays = new WeakMap<ServerContext, DocRelay>();

/** Register the relay of a server (done by the scale-out module before the sync endpoint starts). */
export function registerDocRelay(ctx: ServerContext, relay: DocRelay | null): void {
  if (relay) relays.set(ctx, relay);
  else relays.delete(ctx);
}

/** The cross-node relay of this server, or null when it runs alone. */
export function docRelayFor(ctx: ServerContext): DocRelay | null {
  return relays.get(ctx) ?? null;
}
