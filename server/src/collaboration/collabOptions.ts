/** Tunables of the Yjs sync endpoint (limits, timers, thresholds) with their defaults. */
import { Limits } from "@jigsaw/shared/validations";

/** Tunables of the sync endpoint. Defaults suit production; tests shorten the timers. */
export interface CollabOptions {
  /** Largest websocket frame (ws `maxPayload`); bigger frames are closed by ws with 1009. */
  maxMessageBytes: number;
  /** Sync messages (step1/step2/update) per second per connection, and burst. */
  syncRate: { perSecond: number; burst: number };
  /** Awareness/query messages per second per connection, and burst (stock clients echo remote awareness). */
  awarenessRate: { perSecond: number; burst: number };
  /** Largest awareness state (JSON characters after the server rewrote identity). */
  maxAwarenessStateBytes: number;
  /**
   * Window in which awareness changes are coalesced into one frame (0 = one event-loop turn).
   * Presence that changes with an edit leaves with the edit's broadcast at once; this window
   * only holds presence sent on its own. 200-editor meeting (session 7, one rep each): 10 ms gave presence
   * p99 12 ms against Hocuspocus 4's 8 ms; 3 ms gave 7.6 ms for ≈ 2.5 points more CPU; 0 cost
   * ≈ 8 points more and raised the edit p99 (each turn's presence became its own broadcast).
   */
  awarenessFlushMs: number;
  /**
   * Scale-out: how long changes and presence relayed from other nodes may wait to leave with
   * this node's next broadcast, in the same write, instead of in writes of their own (0 = sent
   * as they arrive). Only relayed traffic waits: a node's own clients' edits go out at once.
   * 100-editor meeting on two nodes (session 8, A/B): socket writes per node 8.9–9.9k/s at 0,
   * 7.6–8.4k at 4 ms, 7.1–7.4k at 8 ms, 6.7–7.0k at 12 ms; a relayed change waits at most this long.
   */
  relayedFlushMs: number;
  /** How often unchanged awareness heartbeats are forwarded (batched) and idle sockets get a keep-alive. */
  heartbeatMs: number;
  /** Compact the update log into a snapshot once it holds this many updates… */
  compactAfterUpdates: number;
  /**
   * …and no sooner than this after the previous compaction began, unless the log has reached
   * `compactAlwaysAfterUpdates`. A compaction re-applies the whole snapshot in the worker
   * (≈ 100 ms of CPU for a 100 KB plan), so during a meeting it runs twice a minute, not every
   * second or so.
   */
  compactMinIntervalMs: number;
  /** Compact once the log holds this many updates, however recent the last compaction. */
  compactAlwaysAfterUpdates: number;
  /** Load logs longer than this in the worker thread (and compact them right away). */
  workerLoadThreshold: number;
  /** Keep a document loaded this long after its last connection left. */
  unloadGraceMs: number;
  /** Ping interval; a connection that missed the previous pong is terminated. */
  pingIntervalMs: number;
  /** Close a connection whose unsent buffer exceeds this many bytes. */
  maxBufferedBytes: number;
  /** Most connections per document. */
  maxConnectionsPerDoc: number;
  /** Most messages queued per connection while its document loads. */
  maxQueuedWhileLoading: number;
  /** How long an update that builds on the client's unsent offline edits waits for its sync step 2. */
  step2WaitMs: number;
  /** Minimum interval between plan lastActivityAt writes. */
  activityTouchMs: number;
  /** How often open connections' sessions are re-checked (single sign-out, expiry). */
  sessionRecheckMs: number;
  /**
   * How long an upgrade authorisation stays reusable for the same session and plan after the
   * last connection it authorised ended (0 = never reuse). Revocation events drop it at once.
   */
  authCacheTtlMs: number;
}

/** Production defaults. */
export const DEFAULT_COLLAB_OPTIONS: CollabOptions = {
  maxMessageBytes: Limits.collabMessageBytes,
  syncRate: { perSecond: 200, burst: 400 },
  awarenessRate: { perSecond: 400, burst: 800 },
  maxAwarenessStateBytes: 8 * 1024,
  awarenessFlushMs: 3,
  relayedFlushMs: 8,
  heartbeatMs: 5_000,
  compactAfterUpdates: 500,
  compactMinIntervalMs: 30_000,
  compactAlwaysAfterUpdates: 20_000,
  workerLoadThreshold: 200,
  unloadGraceMs: 30_000,
  // A vanished client's caret and section presence leave within two intervals (≤ 5 s).
  pingIntervalMs: 2_000,
  maxBufferedBytes: 8 * 1024 * 1024,
  maxConnectionsPerDoc: 250,
  maxQueuedWhileLoading: 1_000,
  step2WaitMs: 15_000,
  activityTouchMs: 60_000,
  sessionRecheckMs: 60_000,
  authCacheTtlMs: 10_000,
};

/** Defaults overridden by `partial`. */
export function collabOptions(partial: Partial<CollabOptions> = {}): CollabOptions {
  return { ...DEFAULT_COLLAB_OPTIONS, ...partial };
}
