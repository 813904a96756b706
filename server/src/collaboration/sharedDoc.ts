import * as Y from "yjs";
import { checkPlanUpdate, type PlanUpdateRejection } from "@jigsaw/shared/plan/index";
import { CloseEvents, type CloseEvent } from "@jigsaw/shared/realtime/closeEvents";
import { log } from "../logging/logger.ts";
import type { DocStore } from "../storage/types.ts";
import { AwarenessRoom } from "./awareness.ts";
import type { CollabOptions } from "./collabOptions.ts";
import type { DocConnection } from "./docConnection.ts";
import type { LogMerger } from "./logMerger.ts";
import { loadDoc } from "./persistence.ts";
import { encodeSyncStep1, encodeSyncStep2, encodeSyncUpdate, KEEPALIVE_FRAME, type ClientFrame } from "./protocol.ts";

const logger = log("collaboration");

/** Origin of server-made changes (restore a version). */
const SERVER_ORIGIN = Symbol("server");

/** Why an update was refused. */
export interface UpdateRefusal {
  reason: PlanUpdateRejection | "foreign_client" | "doc_failed";
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
}

/**
 * One loaded plan document and its connections. Every accepted update is
 * validated, applied, then group-committed (one `append` per event-loop turn)
 * and only after the commit relayed to other connections; sync answers are
 * held back until everything they contain is durable.
 */
export class SharedDoc {
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
  /** Which user first wrote each Yjs client id (from the log and live updates; null = server). */
  private readonly owners = new Map<number, string | null>();
  /** Last snapshot and the committed updates after it, for compaction in the worker. */
  private base: Uint8Array | null = null;
  private tail: Uint8Array[] = [];
  private lastSeq = 0;
  private compacting: Promise<void> | null = null;
  private awarenessTimer: NodeJS.Timeout | null = null;
  private lastTouch = 0;

  constructor(
    readonly planId: string,
    private readonly deps: SharedDocDeps,
  ) {
    this.awareness = new AwarenessRoom(deps.options.maxAwarenessStateBytes);
    this.ready = this.load();
    this.ready.catch(() => undefined);
  }

  /** Number of updates in the log after the last snapshot. */
  get logLength(): number {
    return this.tail.length;
  }

  private async load(): Promise<void> {
    const loaded = await loadDoc(this.deps.store, this.deps.merger, this.planId, this.deps.options.workerLoadThreshold);
    if (!loaded) {
      this.state = "failed";
      throw new DocNotFoundError(this.planId);
    }
    if (this.state !== "loading") return;
    Y.applyUpdate(this.doc, loaded.state);
    this.base = loaded.base;
    this.tail = loaded.tail;
    this.lastSeq = loaded.lastSeq;
    for (const [client, owner] of loaded.owners) this.owners.set(client, owner);
    this.doc.on("update", this.onDocUpdate);
    this.state = "ready";
  }

  // ---------------------------------------------------------------------------
  // Connections
  // ---------------------------------------------------------------------------

  /** Add a connection: send our state vector and present awareness (once durable). */
  addConnection(conn: DocConnection): void {
    this.connections.add(conn);
    this.sendWhenDurable(conn, encodeSyncStep1(Y.encodeStateVector(this.doc)));
    const aw = this.awareness.snapshotFrame();
    if (aw) conn.send(aw);
  }

  /** Remove a connection and its awareness state. */
  removeConnection(conn: DocConnection): void {
    if (!this.connections.delete(conn)) return;
    this.awareness.removePeer(conn);
    this.scheduleAwarenessFlush();
  }

  /** Handle one decoded frame from a connection. Returns a close event when it must be cut. */
  handleFrame(conn: DocConnection, frame: ClientFrame): CloseEvent | null {
    if (this.state !== "ready") return CloseEvents.ServerShuttingDown;
    switch (frame.kind) {
      case "syncStep1":
        return this.answerSyncStep1(conn, frame.stateVector);
      case "syncStep2":
      case "update": {
        if (conn.readOnly) return null; // dropped: never applied, stored or relayed
        const refusal = this.accept(frame.update, conn.userId, conn);
        if (!refusal) return null;
        logger.warn({ planId: this.planId, conn: conn.id, userId: conn.userId, ...refusal }, "update refused");
        if (refusal.reason === "too_large") return CloseEvents.MessageTooLarge;
        if (refusal.reason === "doc_failed") return CloseEvents.StorageFailed;
        return CloseEvents.MalformedMessage;
      }
      case "awareness": {
        const refusal = this.awareness.apply(conn, frame.entries);
        if (refusal) return CloseEvents.MessageTooLarge;
        this.scheduleAwarenessFlush();
        return null;
      }
      case "queryAwareness": {
        const aw = this.awareness.snapshotFrame();
        if (aw) conn.send(aw);
        return null;
      }
    }
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
      frame = encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, sv));
    }
    this.sendWhenDurable(conn, frame, gen);
    return null;
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
      // A partial apply may have changed the in-memory doc: drop it and reload from storage.
      logger.error({ err, planId: this.planId }, "update threw while applying after validation");
      this.fail(new Error("apply failed"));
      return { reason: "malformed" };
    } finally {
      this.capture = null;
    }
    if (this.doc.store.pendingStructs !== null || this.doc.store.pendingDs !== null) {
      logger.error({ planId: this.planId }, "update left pending structs after validation");
      this.fail(new Error("pending structs"));
      return { reason: "missing_dependency" };
    }
    for (const c of newClients) if (!this.owners.has(c)) this.owners.set(c, userId);
    if (this.generation === before && done) {
      // Nothing new (already contained): durable already, once earlier changes are.
      this.afterDurable.push({ gen: before, fn: done.resolve });
      this.releaseDurable();
    }
    return null;
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
    if (this.state !== "ready") return;
    this.lastSeq = seq;
    for (const b of batch) this.tail.push(b.data);
    this.durable = Math.max(this.durable, gen);
    this.broadcast(batch);
    for (const b of batch) b.done?.resolve();
    this.releaseDurable();
    const now = Date.now();
    if (now - this.lastTouch >= this.deps.options.activityTouchMs) {
      this.lastTouch = now;
      this.deps.touchActivity(this.planId, at);
    }
    if (this.tail.length >= this.deps.options.compactAfterUpdates) void this.compact();
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
    const exclusive = senders.size <= 8;
    for (const conn of this.connections) {
      if (!senders.has(conn) || !exclusive) {
        // with many senders in one turn an echo is cheaper than per-sender merges
        for (const f of shared) conn.send(f);
      }
    }
    if (!exclusive) return;
    for (const s of senders) {
      if (!this.connections.has(s)) continue;
      const others = batch.filter((b) => b.origin !== s).map((b) => b.data);
      if (others.length > 0) for (const f of framesFor(others)) s.send(f);
    }
  }

  // ---------------------------------------------------------------------------
  // Awareness fan-out and keep-alive
  // ---------------------------------------------------------------------------

  private scheduleAwarenessFlush(): void {
    if (this.awarenessTimer || !this.awareness.hasChanges) return;
    const run = () => {
      this.awarenessTimer = null;
      const frame = this.awareness.flushChanges();
      if (frame) for (const c of this.connections) c.send(frame);
    };
    const ms = this.deps.options.awarenessFlushMs;
    this.awarenessTimer = ms > 0 ? setTimeout(run, ms) : (setImmediate(run) as unknown as NodeJS.Timeout);
  }

  /** Periodic: forward batched heartbeats; keep idle sockets alive for the client's 30 s watchdog. */
  heartbeat(idleSince: number, lastSent: (c: DocConnection) => number): void {
    const frame = this.awareness.flushHeartbeats();
    for (const c of this.connections) {
      if (frame) c.send(frame);
      else if (lastSent(c) < idleSince) c.send(KEEPALIVE_FRAME);
    }
  }

  // ---------------------------------------------------------------------------
  // Durability helpers, compaction, failure, unload
  // ---------------------------------------------------------------------------

  /** Resolves once everything accepted so far is committed. */
  whenDurable(): Promise<void> {
    if (this.generation <= this.durable) return Promise.resolve();
    return new Promise((resolve) => this.afterDurable.push({ gen: this.generation, fn: resolve }));
  }

  /** Compact the log into a snapshot: applied into a doc in the worker, then stored. */
  compact(): Promise<void> {
    if (this.compacting) return this.compacting;
    if (this.tail.length === 0) return Promise.resolve();
    const n = this.tail.length;
    const uptoSeq = this.lastSeq;
    const updates = this.tail.slice(0, n);
    this.compacting = (async () => {
      try {
        const merged = await this.deps.merger.merge(this.base, updates);
        await this.deps.store.compact(this.planId, merged.state, uptoSeq);
        this.base = merged.state;
        this.tail.splice(0, n);
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
    for (const c of [...this.connections]) c.close(CloseEvents.StorageFailed);
    this.deps.onFailed(this);
  }

  /** Flush, compact and release memory. Connections must be closed already. */
  async unload(): Promise<void> {
    if (this.state === "ready") {
      await this.whenDurable();
      // a compaction may be running for an older part of the log: compact until the tail is empty
      for (let i = 0; i < 3 && this.tail.length > 0; i++) await this.compact();
    }
    this.state = this.state === "failed" ? "failed" : "closed";
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.doc.off("update", this.onDocUpdate);
    this.doc.destroy();
  }
}

/** The plan has no stored document. */
export class DocNotFoundError extends Error {
  constructor(planId: string) {
    super(`no document for plan ${planId}`);
    this.name = "DocNotFoundError";
  }
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
