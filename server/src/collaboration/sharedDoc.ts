import * as Y from "yjs";
import { checkPlanUpdate, type PlanUpdateRejection } from "@jigsaw/shared/plan/index";
import { CloseEvents, READ_ONLY_REFUSAL, type CloseEvent } from "@jigsaw/shared/realtime/closeEvents";
import { log } from "../logging/logger.ts";
import type { DocStore } from "../storage/types.ts";
import { AwarenessRoom } from "./awareness.ts";
import type { CollabOptions } from "./collabOptions.ts";
import type { DocConnection } from "./docConnection.ts";
import type { DocRelay, RelayTarget, RelayedUpdate } from "./docRelay.ts";
import type { LogMerger } from "./logMerger.ts";
import { loadDoc, ownersToRecord, writtenClients } from "./persistence.ts";
import { awarenessFrameEntries, encodePermissionDenied, encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate, KEEPALIVE_FRAME, type ClientFrame } from "./protocol.ts";
import { planMigrationUpdate } from "./planMigration.ts";
import { SeqWatermark } from "./seqWatermark.ts";
import { observeCommit, secondsSince } from "../observability/metrics.ts";

const logger = log("collaboration");

/** Origin of server-made changes (restore a version). */
const SERVER_ORIGIN = Symbol("server");
/** Origin of updates another node stored (relayed through Redis or re-read from storage). */
const REMOTE_ORIGIN = Symbol("remote");
/** Most bytes of updates one connection may have held while its sync step 2 is awaited. */
const MAX_HELD_BYTES = 4 * 1024 * 1024;
/** How long relayed updates wait beyond a seq gap before the doc re-reads storage. */
const GAP_WAIT_MS = 1_000;
/**
 * Longest a cold load waits for its first connections' sync step 1 (and for those answered from
 * the stored snapshot to take it) before applying the snapshot. Anything that needs the applied
 * doc applies it at once, so this only bounds how long a silent or slow socket delays our step 1.
 */
const EARLY_ANSWER_WAIT_MS = 3_000;
/** A read-only connection is told its updates were dropped at most this often. */
const READ_ONLY_NOTICE_MS = 1_000;
const READ_ONLY_FRAME = encodePermissionDenied(READ_ONLY_REFUSAL);

/**
 * True when applying `update` to `doc` would change it: structs beyond the doc's state, or a
 * deletion of something not deleted yet. Unreadable updates count as changes.
 */
function wouldChange(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    for (const s of structs) {
      if (!(s instanceof Y.Skip) && s.id.clock + s.length > Y.getState(doc.store, s.id.client)) return true;
    }
    for (const [client, ranges] of ds.clients) {
      const list = doc.store.clients.get(client);
      for (const { clock, len } of ranges) {
        if (!list || clock + len > Y.getState(doc.store, client)) return true;
        for (let i = Y.findIndexSS(list, clock); i < list.length && list[i]!.id.clock < clock + len; i++) {
          if (!list[i]!.deleted) return true;
        }
      }
    }
    return false;
  } catch {
    return true;
  }
}

/** Why an update was refused. */
export interface UpdateRefusal {
  /** `apply_failed`: it passed validation but Yjs threw while applying it. */
  reason: PlanUpdateRejection | "foreign_client" | "doc_failed" | "apply_failed";
  detail?: string;
}

interface PendingUpdate {
  data: Uint8Array;
  userId: string | null;
  origin: DocConnection | null;
  done?: { resolve: () => void; reject: (e: Error) => void };
}

/** Dependencies of a shared document. */
export interface SharedDocDeps {
  store: DocStore;
  merger: LogMerger;
  options: CollabOptions;
  /** Called (throttled) after updates were committed. */
  touchActivity: (planId: string, at: string) => void;
  /** Called when the doc failed and must be dropped from memory. */
  onFailed: (doc: SharedDoc) => void;
  /** Cross-node relay (scale-out); absent when this node runs alone. */
  relay?: DocRelay | null;
  /** Called when a connection's update was refused and the connection is closed for it (counts). */
  onRefused?: (reason: UpdateRefusal["reason"]) => void;
}

/**
 * One loaded plan document and its connections. Every accepted update is
 * validated, applied, then group-committed (one `append` per event-loop turn)
 * and only after the commit relayed to other connections; sync answers are
 * held back until everything they contain is durable.
 */
export class SharedDoc implements RelayTarget {
  readonly doc = new Y.Doc();
  readonly awareness: AwarenessRoom;
  readonly connections = new Set<DocConnection>();
  /** Connections plus in-process users (getDocSnapshot, applyServerUpdate). */
  holds = 0;
  state: "loading" | "ready" | "failed" | "closed" = "loading";
  readonly ready: Promise<void>;

  /** Count of accepted changes; `durable` is the count known to be committed. */
  private generation = 0;
  private durable = 0;
  private pending: PendingUpdate[] = [];
  private inFlight = false;
  private flushScheduled = false;
  private readonly afterDurable: Array<{ gen: number; fn: () => void }> = [];
  private capture: { userId: string | null; origin: DocConnection | null; done?: PendingUpdate["done"] } | null = null;
  private fullStateCache: { gen: number; frame: Uint8Array } | null = null;
  /** What joins at the current generation share: our step 1 and the answer to a client already up to date. */
  private syncCache: SyncCache | null = null;
  /** Generation seen by the previous `warmSyncAnswer` call. */
  private quietGen = -1;
  /**
   * Which user first wrote or claimed each Yjs client id (null = server): from the owners stored
   * with compactions, the log, live updates and awareness (a connection's first awareness client
   * id, here or relayed from another node, before anyone wrote under it: others see it at once).
   * Compaction stores those of the ids its updates wrote under.
   */
  private readonly owners = new Map<number, string | null>();
  /** Last snapshot and the committed updates after it, for compaction in the worker. */
  private base: Uint8Array | null = null;
  private tail: Array<{ seq: number; data: Uint8Array }> = [];
  private lastSeq = 0;
  /** Storage seqs held in memory (loaded, appended, relayed): compaction never goes past `seqs.value`. */
  private seqs = new SeqWatermark();
  /** Relayed updates that arrived while loading or beyond a seq gap. */
  private held: Array<{ first: number; updates: readonly RelayedUpdate[] }> = [];
  private gapTimer: NodeJS.Timeout | null = null;
  private resyncing: Promise<void> | null = null;
  /** Bumped when a resync replaced `base` with a newer stored snapshot. */
  private baseEpoch = 0;
  /** Frames of connections waiting for a resync before their refused update is tried again. */
  private readonly stalled = new Map<DocConnection, ClientFrame[]>();
  /** True while stalled frames are replayed (a second refusal closes the connection). */
  private retrying = false;
  /**
   * Frames of connections whose update came before their sync step 2: a client that edited
   * offline sends new edits as soon as the socket opens, but the offline edits they build on
   * only in its answer to our step 1. Held (in order) until that answer arrives.
   */
  private readonly awaitingStep2 = new Map<DocConnection, { frames: ClientFrame[]; bytes: number; timer: NodeJS.Timeout }>();
  /** When each read-only connection was last told its update was dropped. */
  private readonly readOnlyToldAt = new WeakMap<DocConnection, number>();
  /** Connections whose sync step 2 has arrived. */
  private readonly step2Seen = new WeakSet<DocConnection>();
  private compacting: Promise<void> | null = null;
  /** performance.now() when the last compaction began (0: never). */
  private compactedAt = 0;
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
  private lastTouch = 0;
  /** Loading: connections that may still be answered from the stored snapshot before it is applied (see `holdApply`). */
  private applyHolds = 0;
  private applyStarted = false;
  private openApply: (() => void) | null = null;
  private readonly early = deferred<Uint8Array | null>();
  /** State vector of the stored state right after it was applied (see `catchUpEarlyAnswer`). */
  private loadedStateVector: Uint8Array | null = null;

  constructor(
    readonly planId: string,
    private readonly deps: SharedDocDeps,
  ) {
    this.awareness = new AwarenessRoom(deps.options.maxAwarenessStateBytes);
    this.ready = this.load();
    this.ready.catch(() => this.deps.relay?.leave(this));
  }

  /** Number of updates in the log after the last snapshot. */
  get logLength(): number {
    return this.tail.length;
  }

  private async load(): Promise<void> {
    try {
      // subscribe first: anything committed elsewhere after the read below is relayed
      if (this.deps.relay) await this.deps.relay.join(this);
      const loaded = await loadDoc(this.deps.store, this.deps.merger, this.planId, this.deps.options.workerLoadThreshold);
      if (!loaded) {
        this.state = "failed";
        throw new DocNotFoundError(this.planId);
      }
      if (this.state !== "loading") return;
      // a bare snapshot is already the full state: first joiners get it without an encode, and
      // those that asked while loading get it before the apply (the slow part of a cold load)
      if (loaded.tail.length === 0 && loaded.base === loaded.state) {
        this.fullStateCache = { gen: this.generation, frame: encodeSyncStep2(loaded.state) };
        if (this.applyHolds > 0) {
          this.early.resolve(this.fullStateCache.frame);
          await this.untilApplyOpen();
          if (this.state !== "loading") return;
        }
      }
      this.early.resolve(null);
      this.applyStarted = true;
      Y.applyUpdate(this.doc, loaded.state);
      this.loadedStateVector = Y.encodeStateVector(this.doc);
      this.base = loaded.base;
      this.tail = loaded.tail.map((data, i) => ({ seq: loaded.tailSeqs[i]!, data }));
      this.lastSeq = loaded.lastSeq;
      this.seqs = new SeqWatermark(loaded.lastSeq);
      for (const [client, owner] of loaded.owners) this.owners.set(client, owner);
      // what is left unowned was written only into the snapshot, by the server (templates,
      // system changes): members' client ids are recorded when compaction prunes them
      this.claimForServer(this.doc.store.clients.keys());
      this.doc.on("update", this.onDocUpdate);
      this.state = "ready";
      // other nodes' presence relayed while loading was not applied: its client ids are claimed all the same
      const remote = this.deps.relay?.remoteAwareness(this.planId);
      if (remote) this.claimRelayed(remote);
      this.drainHeld();
      this.migrate();
    } finally {
      this.applyStarted = true;
      this.early.resolve(null);
    }
  }

  /**
   * Loading: the full-state sync step 2 of a bare stored snapshot, as soon as it is read and
   * while it is not applied yet, for connections holding the apply (`holdApply`); null when
   * the doc has no bare snapshot or nobody held the apply.
   */
  get earlyFullState(): Promise<Uint8Array | null> {
    return this.early.promise;
  }

  /**
   * Loading: a connection whose first frame may be answered from the stored snapshot holds the
   * apply back, so that the answer leaves before the event loop is busy applying it. Call the
   * returned release once answered, when its first frame needs the applied doc, or on close.
   * The apply waits at most EARLY_ANSWER_WAIT_MS. Null once the apply started (or too many hold).
   */
  holdApply(): (() => void) | null {
    if (this.state !== "loading" || this.applyStarted || this.applyHolds >= this.deps.options.maxConnectionsPerDoc) return null;
    this.applyHolds++;
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      this.applyHolds--;
      if (this.applyHolds === 0) this.openApply?.();
    };
  }

  /** Loading: something needs the applied doc (an in-process user, a frame other than an empty sync step 1): apply now. */
  applyNow(): void {
    this.openApply?.();
  }

  /**
   * A connection answered from the stored snapshot before the apply joined: send it what the
   * doc gained since (relayed updates held while loading), once durable. Nothing when unchanged.
   */
  catchUpEarlyAnswer(conn: DocConnection): void {
    if (this.generation === 0 || !this.loadedStateVector) return;
    this.sendWhenDurable(conn, encodeSyncUpdate(Y.encodeStateAsUpdate(this.doc, this.loadedStateVector)));
  }

  private untilApplyOpen(): Promise<void> {
    return new Promise((resolve) => {
      const open = () => {
        clearTimeout(timer);
        this.openApply = null;
        resolve();
      };
      const timer = setTimeout(open, EARLY_ANSWER_WAIT_MS);
      timer.unref();
      this.openApply = open;
    });
  }

  // ---------------------------------------------------------------------------
  // Connections
  // ---------------------------------------------------------------------------

  /** Add a connection: send our state vector and present awareness (once durable). */
  addConnection(conn: DocConnection): void {
    this.connections.add(conn);
    this.sendWhenDurable(conn, this.currentSync().step1);
    const aw = this.awareness.snapshotFrame();
    if (aw) conn.send(aw);
    const remote = this.deps.relay?.remoteAwareness(this.planId);
    if (remote) conn.send(remote);
  }

  /** Remove a connection and its awareness state. */
  removeConnection(conn: DocConnection): void {
    this.stalled.delete(conn);
    this.stopAwaitingStep2(conn);
    if (!this.connections.delete(conn)) return;
    this.awareness.removePeer(conn);
    this.scheduleAwarenessFlush();
  }

  /** Handle one decoded frame from a connection. Returns a close event when it must be cut. */
  handleFrame(conn: DocConnection, frame: ClientFrame): CloseEvent | null {
    if (this.state !== "ready") return CloseEvents.ServerShuttingDown;
    const waiting = this.awaitingStep2.get(conn);
    if (waiting && frame.kind !== "syncStep2") {
      waiting.bytes += frameBytes(frame);
      if (waiting.frames.length >= this.deps.options.maxQueuedWhileLoading || waiting.bytes > MAX_HELD_BYTES) return CloseEvents.RateLimited;
      waiting.frames.push(frame);
      return null;
    }
    if (frame.kind === "syncStep2") {
      this.step2Seen.add(conn);
      if (waiting) {
        this.stopAwaitingStep2(conn);
        for (const f of [frame, ...waiting.frames]) {
          const verdict = this.handleFrame(conn, f);
          if (verdict) return verdict;
        }
        return null;
      }
    }
    const stalled = this.stalled.get(conn);
    if (stalled) {
      // keep the connection's order while its earlier update waits for a resync
      if (stalled.length >= this.deps.options.maxQueuedWhileLoading) return CloseEvents.RateLimited;
      stalled.push(frame);
      return null;
    }
    switch (frame.kind) {
      case "syncStep1":
        return this.answerSyncStep1(conn, frame.stateVector);
      case "syncStep2":
      case "update": {
        if (conn.readOnly) {
          // dropped: never applied, stored or relayed; the client is told (once a second at most)
          if (!this.isNoopUpdate(frame.update) && wouldChange(this.doc, frame.update)) this.tellReadOnly(conn);
          return null;
        }
        if (this.isNoopUpdate(frame.update)) return null; // nothing to apply, store or relay
        const refusal = this.accept(frame.update, conn.userId, conn);
        if (!refusal) return null;
        if (refusal.reason === "missing_dependency" && frame.kind === "update" && !this.step2Seen.has(conn)) {
          this.awaitStep2(conn, frame);
          return null;
        }
        if (this.deps.relay && !this.retrying && (refusal.reason === "foreign_client" || refusal.reason === "missing_dependency")) {
          // a client that moved from another node may carry others' updates that node stored but
          // never relayed here: read storage, then try again once
          this.stallUntilResynced(conn, frame);
          return null;
        }
        // refused for this connection only: the document and everyone else carry on
        logger.warn({ planId: this.planId, conn: conn.id, userId: conn.userId, ...refusal }, "update refused");
        this.deps.onRefused?.(refusal.reason);
        if (refusal.reason === "too_large") return CloseEvents.MessageTooLarge;
        if (refusal.reason === "doc_failed") return CloseEvents.StorageFailed;
        return CloseEvents.MalformedMessage;
      }
      case "awareness": {
        // the client id a connection first announces becomes its user's (unless someone else's already)
        const claim = conn.ownedClientId === null ? (client: number) => this.claimClient(client, conn.userId) : undefined;
        const refusal = this.awareness.apply(conn, frame.entries, claim);
        if (refusal === "too_large") return CloseEvents.MessageTooLarge;
        if (refusal === "malformed") return CloseEvents.MalformedMessage;
        this.scheduleAwarenessFlush();
        return null;
      }
      case "queryAwareness": {
        const aw = this.awareness.snapshotFrame();
        if (aw) conn.send(aw);
        const remote = this.deps.relay?.remoteAwareness(this.planId);
        if (remote) conn.send(remote);
        return null;
      }
    }
  }

  private tellReadOnly(conn: DocConnection): void {
    const now = performance.now();
    const last = this.readOnlyToldAt.get(conn);
    if (last !== undefined && now - last < READ_ONLY_NOTICE_MS) return;
    this.readOnlyToldAt.set(conn, now);
    logger.info({ planId: this.planId, conn: conn.id, userId: conn.userId }, "read-only connection's update dropped; client told");
    this.sendWhenDurable(conn, READ_ONLY_FRAME);
  }

  private answerSyncStep1(conn: DocConnection, sv: Uint8Array): CloseEvent | null {
    let decoded: Map<number, number>;
    try {
      decoded = Y.decodeStateVector(sv);
    } catch {
      return CloseEvents.MalformedMessage;
    }
    const gen = this.generation;
    let frame: Uint8Array;
    if (decoded.size === 0) {
      if (!this.fullStateCache || this.fullStateCache.gen !== gen) {
        this.fullStateCache = { gen, frame: encodeSyncStep2(Y.encodeStateAsUpdate(this.doc)) };
      }
      frame = this.fullStateCache.frame;
    } else {
      const cache = this.currentSync();
      // A client at our state vector lacks no structs, but may lack deletions (they do not
      // move the state vector): it gets our whole delete set, encoded once per generation.
      frame = sameStateVector(decoded, cache.sv) ? this.upToDateAnswer(cache).frame : encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, sv));
    }
    this.sendWhenDurable(conn, frame, gen);
    return null;
  }

  /**
   * Encode ahead of need what a client at our state vector gets, once the document has been
   * quiet since the previous call (a reconnect storm then finds it ready). True when it encoded.
   */
  warmSyncAnswer(): boolean {
    if (this.state !== "ready") return false;
    const gen = this.generation;
    if (this.syncCache?.gen === gen && this.syncCache.upToDate) return false;
    const quiet = this.quietGen === gen;
    this.quietGen = gen;
    if (!quiet) return false;
    this.upToDateAnswer(this.currentSync());
    return true;
  }

  /** Step 1 and state vector of the current generation (encoded once per generation). */
  private currentSync(): SyncCache {
    const gen = this.generation;
    if (this.syncCache?.gen === gen) return this.syncCache;
    const svBytes = Y.encodeStateVector(this.doc);
    this.syncCache = { gen, svBytes, sv: Y.decodeStateVector(svBytes), step1: encodeSyncStep1(svBytes), upToDate: null };
    return this.syncCache;
  }

  /** `encodeStateAsUpdate(doc, ourStateVector)`: no structs, our whole delete set. */
  private upToDateAnswer(cache: SyncCache): { update: Uint8Array; frame: Uint8Array } {
    if (!cache.upToDate) {
      const update = Y.encodeStateAsUpdate(this.doc, cache.svBytes);
      cache.upToDate = { update, frame: encodeSyncStep2(update) };
    }
    return cache.upToDate;
  }

  /**
   * True when applying `update` cannot change the document: the empty update, or exactly the
   * update we would send a client at our state (no structs, a delete set we already hold).
   */
  private isNoopUpdate(update: Uint8Array): boolean {
    if (update.byteLength === 2 && update[0] === 0 && update[1] === 0) return true;
    const cache = this.syncCache;
    if (!cache || cache.gen !== this.generation || !cache.upToDate) return false;
    const ours = cache.upToDate.update;
    return ours.byteLength === update.byteLength && Buffer.from(ours.buffer, ours.byteOffset, ours.byteLength).equals(Buffer.from(update.buffer, update.byteOffset, update.byteLength));
  }

  private sendWhenDurable(conn: DocConnection, frame: Uint8Array, gen = this.generation): void {
    if (gen <= this.durable) conn.send(frame);
    else this.afterDurable.push({ gen, fn: () => (this.connections.has(conn) ? conn.send(frame) : undefined) });
  }

  // ---------------------------------------------------------------------------
  // Updates: validate, apply, group-commit, relay
  // ---------------------------------------------------------------------------

  /**
   * Validate and apply an update; it is stored in this turn's group commit and
   * relayed after it. Returns why it was refused (the doc is then unchanged).
   */
  accept(update: Uint8Array, userId: string | null, origin: DocConnection | null, done?: PendingUpdate["done"]): UpdateRefusal | null {
    if (this.state !== "ready") return { reason: "doc_failed" };
    const check = checkPlanUpdate(this.doc, update, { allowMetaWrites: origin === null });
    if (!check.ok) return check.detail === undefined ? { reason: check.reason } : { reason: check.reason, detail: check.detail };
    let meta: { to: Map<number, number> };
    try {
      meta = Y.parseUpdateMeta(update);
    } catch {
      return { reason: "malformed" };
    }
    const newClients: number[] = [];
    for (const [client, to] of meta.to) {
      if (to <= Y.getState(this.doc.store, client)) continue;
      const owner = this.owners.get(client);
      if (owner !== undefined && owner !== userId) return { reason: "foreign_client", detail: String(client) };
      newClients.push(client);
    }
    const before = this.generation;
    this.capture = done ? { userId, origin, done } : { userId, origin };
    try {
      Y.applyUpdate(this.doc, update, origin ?? SERVER_ORIGIN);
    } catch (err) {
      // Refused for this sender only. Yjs cleans up its transaction even when it throws: what it
      // integrated before the throw (if anything) went through `onDocUpdate` as an ordinary
      // update, so it is committed and relayed like any other and the doc stays what storage holds.
      this.dropPending();
      return { reason: "apply_failed", detail: err instanceof Error ? err.message : String(err) };
    } finally {
      this.capture = null;
    }
    if (this.dropPending()) {
      // never integrated (Yjs keeps them aside): forgetting them leaves the doc as it was
      return { reason: "missing_dependency", detail: "left pending after validation" };
    }
    for (const c of newClients) if (!this.owners.has(c)) this.owners.set(c, userId);
    if (this.generation === before && done) {
      // Nothing new (already contained): durable already, once earlier changes are.
      this.afterDurable.push({ gen: before, fn: done.resolve });
      this.releaseDurable();
    }
    return null;
  }

  /** Forget structs or deletions an update left pending (never integrated). True when there were some. */
  private dropPending(): boolean {
    const store = this.doc.store;
    if (store.pendingStructs === null && store.pendingDs === null) return false;
    store.pendingStructs = null;
    store.pendingDs = null;
    return true;
  }

  private readonly onDocUpdate = (update: Uint8Array): void => {
    const c = this.capture;
    const entry: PendingUpdate = { data: update, userId: c?.userId ?? null, origin: c?.origin ?? null };
    if (c?.done) {
      entry.done = c.done;
      c.done = undefined;
    }
    this.pending.push(entry);
    this.generation++;
    this.scheduleFlush();
  };

  private scheduleFlush(): void {
    if (this.flushScheduled || this.inFlight) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    if (this.inFlight || this.pending.length === 0 || this.state !== "ready") return;
    const batch = this.pending;
    this.pending = [];
    this.inFlight = true;
    const gen = this.generation;
    const at = new Date().toISOString();
    const started = performance.now();
    let seq: number;
    try {
      seq = await this.deps.store.append(
        this.planId,
        batch.map((b) => ({ data: b.data, userId: b.userId })),
        at,
      );
    } catch (err) {
      this.inFlight = false;
      logger.error({ err, planId: this.planId, updates: batch.length }, "storing updates failed");
      for (const b of batch) {
        b.origin?.close(CloseEvents.StorageFailed);
        b.done?.reject(new Error("storage failed"));
      }
      this.fail(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    this.inFlight = false;
    observeCommit(secondsSince(started));
    if (this.state !== "ready") return;
    this.lastSeq = Math.max(this.lastSeq, seq);
    const first = seq - batch.length + 1;
    batch.forEach((b, i) => this.addToTail(first + i, b.data));
    this.seqs.addRange(first, seq);
    // alone, nobody else writes this doc: every seq up to ours is held
    if (!this.deps.relay) this.seqs.raiseTo(seq);
    // nothing of ours left uncommitted: everything applied (relayed changes included) is durable
    this.durable = this.pending.length === 0 ? this.generation : Math.max(this.durable, gen);
    this.deps.relay?.publishUpdates(this.planId, first, batch.map((b) => ({ data: b.data, userId: b.userId })));
    this.broadcast(batch);
    for (const b of batch) b.done?.resolve();
    this.releaseDurable();
    const now = Date.now();
    if (now - this.lastTouch >= this.deps.options.activityTouchMs) {
      this.lastTouch = now;
      this.deps.touchActivity(this.planId, at);
    }
    this.drainHeld();
    if (this.compactionDue()) void this.compact();
    if (this.pending.length > 0) this.scheduleFlush();
  }

  private releaseDurable(): void {
    if (this.afterDurable.length === 0) return;
    const ready = this.afterDurable.filter((w) => w.gen <= this.durable);
    if (ready.length === 0) return;
    const rest = this.afterDurable.filter((w) => w.gen > this.durable);
    this.afterDurable.length = 0;
    this.afterDurable.push(...rest);
    for (const w of ready) w.fn();
  }

  /** Relay a committed batch: one encoded frame for everyone who sent nothing, no echo to senders. */
  private broadcast(batch: readonly PendingUpdate[]): void {
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

  // ---------------------------------------------------------------------------
  // Awareness fan-out and keep-alive
  // ---------------------------------------------------------------------------

  private scheduleAwarenessFlush(): void {
    if (this.awarenessTimer || this.awarenessImmediate) return;
    if (!this.awareness.hasChanges && this.relayedPresence.length === 0) return;
    const run = () => {
      this.awarenessTimer = null;
      this.awarenessImmediate = null;
      const frames = inOrder(this.takeRelayed(), this.takeAwarenessChanges());
      if (frames.length > 0) for (const c of this.connections) sendAll(c, frames);
    };
    const ms = this.deps.options.awarenessFlushMs;
    if (ms > 0) this.awarenessTimer = setTimeout(run, ms);
    else this.awarenessImmediate = setImmediate(run);
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
      this.deps.relay?.publishAwareness(this.planId, frame);
      frames.push(frame);
    }
    return frames;
  }

  /** Periodic: forward batched heartbeats; keep idle sockets alive for the client's 30 s watchdog. */
  heartbeat(idleSince: number, lastSent: (c: DocConnection) => number): void {
    this.sendRelayedNow(); // held changes before the heartbeat's presence
    const frame = this.awareness.flushHeartbeats();
    if (frame) this.deps.relay?.publishAwareness(this.planId, frame);
    for (const c of this.connections) {
      if (frame) c.send(frame);
      else if (lastSent(c) < idleSince) c.send(KEEPALIVE_FRAME);
    }
  }

  // ---------------------------------------------------------------------------
  // Scale-out: updates another node stored, relayed through Redis or re-read
  // ---------------------------------------------------------------------------

  /** Updates another node stored as seqs `firstSeq..`: applied in seq order, kept for compaction, relayed locally. */
  applyRemote(firstSeq: number, updates: readonly RelayedUpdate[]): void {
    if (this.state === "loading") {
      this.held.push({ first: firstSeq, updates });
      return;
    }
    if (this.state !== "ready") return;
    if (firstSeq > this.seqs.value + 1) {
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
    if (this.state !== "ready") return;
    this.claimRelayed(frame);
    if (this.connections.size === 0) return;
    this.relayedPresence.push(frame);
    this.scheduleAwarenessFlush();
  }

  /**
   * A connection of `userId` binds its awareness client id: owned by that user from now on,
   * before any edit (in memory; stored with the compaction of the user's edits under it).
   * False when another user (or the server) owns it already: the bind is refused.
   */
  private claimClient(client: number, userId: string): boolean {
    const owner = this.owners.get(client);
    if (owner === undefined) {
      this.owners.set(client, userId);
      return true;
    }
    return owner === userId;
  }

  /**
   * Client ids found in a stored snapshot with no recorded owner: compaction records the member
   * behind every client id it prunes, so these were written by the server alone (a template, a
   * system change). They stay the server's: no member may write under them.
   */
  /** Brings a plan stored under an older schema up to date, once (the server's own change). */
  private migrate(): void {
    const m = planMigrationUpdate(this.doc);
    if (!m) return;
    const refused = this.accept(m.update, null, null);
    if (refused) logger.error({ planId: this.planId, ...refused }, "plan migration refused");
    else logger.info({ planId: this.planId, ...m.migration }, "plan migrated");
  }

  private claimForServer(clients: Iterable<number>): void {
    for (const client of clients) if (!this.owners.has(client)) this.owners.set(client, null);
  }

  /**
   * Claims of another node's connections: every awareness state a node publishes carries the
   * user id it stamped from the session (`user.id`, the client's own overwritten), and the relay
   * is between our nodes only. Ids already owned keep their owner; removals and states without
   * a user claim nothing.
   */
  private claimRelayed(frame: Uint8Array): void {
    let entries;
    try {
      entries = awarenessFrameEntries(frame);
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.json === "null" || this.owners.has(e.clientId)) continue;
      const userId = stampedUserId(e.json);
      if (userId !== null) this.owners.set(e.clientId, userId);
    }
  }

  /**
   * Read storage and apply what this node has not seen (after a Redis outage,
   * a lost relay message or a gap). A snapshot another node compacted past our
   * seqs becomes the base.
   */
  resync(): Promise<void> {
    if (this.state !== "ready") return Promise.resolve();
    this.resyncing ??= (async () => {
      try {
        const stored = await this.deps.store.load(this.planId);
        if (!stored || this.state !== "ready") return;
        // a snapshot another node compacted may hold client ids this node never saw written
        for (const o of stored.owners) if (!this.owners.has(o.clientId)) this.owners.set(o.clientId, o.userId);
        if (stored.snapshot && stored.snapshotSeq > this.seqs.value) {
          if (!this.applyRelayed([stored.snapshot])) return;
          // every client id this node saw written is owned already: what is left came with the snapshot
          this.claimForServer(this.doc.store.clients.keys());
          this.base = stored.snapshot;
          this.baseEpoch++;
          this.tail = this.tail.filter((e) => e.seq > stored.snapshotSeq);
          this.seqs.raiseTo(stored.snapshotSeq);
        }
        this.applyStored(stored.updates);
        const last = stored.updates.length > 0 ? stored.updates[stored.updates.length - 1]!.seq : stored.snapshotSeq;
        this.seqs.raiseTo(last);
        this.lastSeq = Math.max(this.lastSeq, last);
        this.drainHeld();
      } catch (err) {
        logger.warn({ err, planId: this.planId }, "resync from storage failed");
      } finally {
        this.resyncing = null;
      }
    })();
    return this.resyncing;
  }

  private awaitStep2(conn: DocConnection, frame: ClientFrame): void {
    const timer = setTimeout(() => {
      if (!this.awaitingStep2.has(conn)) return;
      this.stopAwaitingStep2(conn);
      logger.warn({ planId: this.planId, conn: conn.id, userId: conn.userId }, "update refused: its dependencies never arrived");
      conn.close(CloseEvents.MalformedMessage);
    }, this.deps.options.step2WaitMs);
    timer.unref();
    this.awaitingStep2.set(conn, { frames: [frame], bytes: frameBytes(frame), timer });
  }

  private stopAwaitingStep2(conn: DocConnection): void {
    const waiting = this.awaitingStep2.get(conn);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.awaitingStep2.delete(conn);
  }

  private stallUntilResynced(conn: DocConnection, frame: ClientFrame): void {
    this.stalled.set(conn, [frame]);
    void this.resync().then(() => {
      const frames = this.stalled.get(conn);
      this.stalled.delete(conn);
      if (!frames || !this.connections.has(conn)) return;
      for (const f of frames) {
        this.retrying = true;
        let verdict: CloseEvent | null;
        try {
          verdict = this.handleFrame(conn, f);
        } finally {
          this.retrying = false;
        }
        if (verdict) return conn.close(verdict);
        if (this.stalled.has(conn)) return; // cannot happen while retrying; defensive
      }
    });
  }

  /** Apply stored updates this node does not hold yet, in seq order. */
  private applyStored(entries: ReadonlyArray<{ seq: number; data: Uint8Array; userId: string | null }>): void {
    const fresh = entries.filter((e) => !this.seqs.has(e.seq));
    if (fresh.length === 0) return;
    for (const e of fresh) {
      try {
        for (const client of writtenClients(e.data)) if (!this.owners.has(client)) this.owners.set(client, e.userId);
      } catch {
        // unreadable: the apply below fails the doc
      }
    }
    if (!this.applyRelayed(fresh.map((e) => e.data))) return;
    for (const e of fresh) {
      this.addToTail(e.seq, e.data);
      this.seqs.addRange(e.seq, e.seq);
      this.lastSeq = Math.max(this.lastSeq, e.seq);
    }
  }

  /**
   * Apply already-durable updates in one transaction (observers run once); they go to every local
   * connection as they came, one frame each in one write (merged only when there are many, as after
   * a resync), not re-encoded from the doc: the doc's update listener is off for the transaction, so
   * Yjs does not encode its effect. False when the doc failed.
   */
  private applyRelayed(updates: readonly Uint8Array[]): boolean {
    let tr = null as Y.Transaction | null; // set in the callback
    this.doc.off("update", this.onDocUpdate);
    try {
      this.doc.transact((t) => {
        tr = t;
        for (const u of updates) Y.applyUpdate(this.doc, u, REMOTE_ORIGIN);
      }, REMOTE_ORIGIN);
    } catch (err) {
      logger.error({ err, planId: this.planId }, "relayed update threw while applying");
      this.fail(new Error("relayed apply failed"));
      return false;
    } finally {
      this.doc.on("update", this.onDocUpdate);
    }
    // the after state is set once the transaction has been cleaned up
    const changed = tr !== null && transactionChanged(tr);
    if (this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null) {
      logger.error({ planId: this.planId }, "relayed update left pending structs");
      this.fail(new Error("pending structs"));
      return false;
    }
    if (changed) this.generation++;
    if (this.pending.length === 0 && !this.inFlight) this.durable = this.generation;
    this.releaseDurable();
    if (changed && this.connections.size > 0) {
      const frames = updates.length <= RELAYED_AS_IS ? updates.map(encodeSyncUpdate) : framesFor(updates);
      if (this.deps.options.relayedFlushMs <= 0) {
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
    return true;
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
    }, this.deps.options.relayedFlushMs);
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

  /** Keep the tail sorted by seq (relayed and own appends may interleave). */
  private addToTail(seq: number, data: Uint8Array): void {
    let i = this.tail.length;
    while (i > 0 && this.tail[i - 1]!.seq > seq) i--;
    this.tail.splice(i, 0, { seq, data });
  }

  /** Apply held relayed updates that no longer wait for a missing seq. */
  private drainHeld(): void {
    if (this.state !== "ready") return;
    let progress = true;
    while (progress && this.held.length > 0) {
      progress = false;
      this.held.sort((a, b) => a.first - b.first);
      const rest: typeof this.held = [];
      for (const h of this.held) {
        if (h.first + h.updates.length - 1 <= this.seqs.value) {
          progress = true; // everything in it is held already
        } else if (h.first <= this.seqs.value + 1) {
          this.applyStored(h.updates.map((u, i) => ({ seq: h.first + i, ...u })));
          if (this.state !== "ready") return;
          progress = true;
        } else {
          rest.push(h);
        }
      }
      this.held = rest;
    }
    if (this.held.length > 0 || this.seqs.hasGap) this.scheduleGapCheck();
  }

  /** Re-read storage when the watermark stayed stuck behind a gap for GAP_WAIT_MS (a lost message, not one in flight). */
  private scheduleGapCheck(): void {
    if (this.gapTimer || !this.deps.relay) return;
    const stuckAt = this.seqs.value;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      if (this.state !== "ready" || (this.held.length === 0 && !this.seqs.hasGap)) return;
      // busy docs interleave seqs of several nodes: a gap that moved on is not a lost message
      if (this.seqs.value !== stuckAt) this.scheduleGapCheck();
      else void this.resync();
    }, GAP_WAIT_MS);
    this.gapTimer.unref();
  }

  // ---------------------------------------------------------------------------
  // Durability helpers, compaction, failure, unload
  // ---------------------------------------------------------------------------

  /** Resolves once everything accepted so far is committed. */
  whenDurable(): Promise<void> {
    if (this.generation <= this.durable) return Promise.resolve();
    return new Promise((resolve) => this.afterDurable.push({ gen: this.generation, fn: resolve }));
  }

  /** The log is long enough to compact, and the last compaction long enough ago (or the log very long). */
  private compactionDue(): boolean {
    const { compactAfterUpdates, compactMinIntervalMs, compactAlwaysAfterUpdates } = this.deps.options;
    const n = this.tail.length;
    if (n < compactAfterUpdates) return false;
    return n >= compactAlwaysAfterUpdates || this.compactedAt === 0 || performance.now() - this.compactedAt >= compactMinIntervalMs;
  }

  /**
   * Compact the log into a snapshot: applied into a doc in the worker, then stored together
   * with the owners of the client ids the compacted updates wrote under (they leave the log).
   */
  compact(): Promise<void> {
    if (this.compacting) return this.compacting;
    // only up to a seq this node holds everything below: never drop another node's unseen updates
    const uptoSeq = this.seqs.value;
    let n = 0;
    while (n < this.tail.length && this.tail[n]!.seq <= uptoSeq) n++;
    if (n === 0) return Promise.resolve();
    const updates = this.tail.slice(0, n).map((e) => e.data);
    const owners = ownersToRecord(this.owners, updates);
    const epoch = this.baseEpoch;
    this.compactedAt = performance.now();
    this.compacting = (async () => {
      try {
        const merged = await this.deps.merger.merge(this.base, updates);
        await this.deps.store.compact(this.planId, merged.state, uptoSeq, owners);
        if (this.baseEpoch === epoch) {
          this.base = merged.state;
          this.tail = this.tail.filter((e) => e.seq > uptoSeq);
        }
      } catch (err) {
        logger.error({ err, planId: this.planId }, "compaction failed; the log is kept");
      } finally {
        this.compacting = null;
      }
    })();
    return this.compacting;
  }

  /** Storage or apply failure: close everyone and drop the in-memory doc (storage is the truth). */
  private fail(err: Error): void {
    if (this.state === "failed" || this.state === "closed") return;
    this.state = "failed";
    logger.error({ err, planId: this.planId }, "document dropped from memory");
    for (const p of this.pending) p.done?.reject(err);
    this.pending = [];
    this.afterDurable.length = 0;
    this.takeRelayed();
    for (const c of [...this.connections]) c.close(CloseEvents.StorageFailed);
    this.deps.onFailed(this);
  }

  /** Flush, compact and release memory. Connections must be closed already. */
  async unload(): Promise<void> {
    this.deps.relay?.leave(this);
    if (this.gapTimer) clearTimeout(this.gapTimer);
    if (this.state === "ready") {
      await this.whenDurable();
      // a compaction may be running for an older part of the log: compact until the tail is empty
      for (let i = 0; i < 3 && this.tail.length > 0; i++) await this.compact();
    }
    this.state = this.state === "failed" ? "failed" : "closed";
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    if (this.awarenessImmediate) clearImmediate(this.awarenessImmediate);
    this.relayedPresence = [];
    this.takeRelayed();
    this.doc.off("update", this.onDocUpdate);
    this.doc.destroy();
  }
}

interface SyncCache {
  gen: number;
  /** Our state vector, encoded and decoded. */
  svBytes: Uint8Array;
  sv: Map<number, number>;
  /** `[sync, step1, sv]` */
  step1: Uint8Array;
  upToDate: { update: Uint8Array; frame: Uint8Array } | null;
}

/** Same clients at the same clocks. */
function sameStateVector(a: Map<number, number>, b: Map<number, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [client, clock] of a) if (b.get(client) !== clock) return false;
  return true;
}

/** A promise with its resolve (later calls are no-ops). */
function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** The plan has no stored document. */
export class DocNotFoundError extends Error {
  constructor(planId: string) {
    super(`no document for plan ${planId}`);
    this.name = "DocNotFoundError";
  }
}

/** Relayed batches up to this many updates go out one frame per update: no decode, merge and re-encode. */
const RELAYED_AS_IS = 16;

const NO_FRAMES: readonly Uint8Array[] = Object.freeze([]) as readonly Uint8Array[];

/**
 * The frames of one write: `first`, then `then` (either array as it is when the other is empty).
 * Presence goes after the updates it came with (a cursor never points past text not yet sent);
 * held relayed frames go before anything this node sends after them.
 */
function inOrder(first: readonly Uint8Array[], then: readonly Uint8Array[]): readonly Uint8Array[] {
  if (then.length === 0) return first;
  return first.length === 0 ? then : [...first, ...then];
}

/** Whether a transaction changed the doc: inserted anything or deleted anything (as Yjs decides whether to emit an update). */
function transactionChanged(tr: Y.Transaction): boolean {
  if (tr.deleteSet.clients.size > 0) return true;
  for (const [client, clock] of tr.afterState) if (tr.beforeState.get(client) !== clock) return true;
  return false;
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

/** `user.id` of an awareness state's JSON, or null. */
function stampedUserId(json: string): string | null {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof state !== "object" || state === null) return null;
  const user = (state as { user?: unknown }).user;
  if (typeof user !== "object" || user === null) return null;
  const id = (user as { id?: unknown }).id;
  return typeof id === "string" && id.length > 0 ? id : null;
}

function frameBytes(frame: ClientFrame): number {
  if (frame.kind === "update" || frame.kind === "syncStep2") return frame.update.byteLength;
  if (frame.kind === "syncStep1") return frame.stateVector.byteLength;
  if (frame.kind === "awareness") return frame.bytes;
  return 1;
}
