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
   * Scale-out: changes and presence relayed from other nodes leave at the end of the turn that
   * applied them, in one write, unless a broadcast of this node's own is already on its way (its
   * clients' edits being stored, or a presence flush due): then they lead it, in the same write,
   * waiting at most this long (0 = always sent as they arrive). The writes, not the bytes, are what
   * fan-out costs, and so is each wake-up of the node.
   * Session 8 held relayed frames for up to 8 ms for whatever write came next: fewer socket writes
   * (7.1–7.4k/s per node against 8.9–9.9k), but a timer, and so a wake-up, for each relayed message
   * that no write of the node's own followed, and an edit p99 of 14–16 ms. Session 9 (100 editors
   * × 1 edit/s on two nodes, 3 reps each): waiting only for a write already on its way, p99
   * 6.5–8 ms, the second node woke 88–95 times a second instead of 113–130, 4.7–4.8k writes/s per
   * node, and no more CPU within the host's noise.
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
  pingIntervalMs: 30_000,
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
