/** The room: one loaded plan document, composing its collaborators (update log, router, compaction, owners, cold load, fan-out, relay bridge). */
import * as Y from "yjs";
import { CloseEvents, type CloseEvent } from "@jigsaw/shared/realtime/closeEvents";
import { log } from "../logging/logger.ts";
import type { DocStore } from "../storage/types.ts";
import { AwarenessRoom } from "./awareness.ts";
import { ClientOwners } from "./clientOwners.ts";
import type { CollabOptions } from "./collabOptions.ts";
import { DocNotFoundError, EarlyAnswer, loadDoc } from "./coldLoad.ts";
import { Compactor, type LogMerger } from "./compaction.ts";
import type { DocConnection } from "./docConnection.ts";
import type { DocRelay } from "./docRelay.ts";
import { Fanout } from "./fanout.ts";
import { migrateOnLoad } from "./planMigration.ts";
import { MessageRouter, type RoutedDoc, type UpdateRefusal } from "./messageRouter.ts";
import { encodeSyncStep2, encodeSyncUpdate, type AwarenessEntry, type ClientFrame } from "./protocol.ts";
import { RelayBridge, type BridgedDoc } from "./relayBridge.ts";
import { SyncAnswers } from "./syncAnswers.ts";
import { admitUpdate } from "./updateGate.ts";
import { UpdateLog, type Durability, type PendingUpdate } from "./updateLog.ts";

const logger = log("collaboration");

/** Origin of updates another node stored (relayed through Redis or re-read from storage). */
const REMOTE_ORIGIN = Symbol("remote");

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
 * One loaded plan document and its connections (Hocuspocus's Document). Every accepted update is
 * validated, applied, then group-committed by the update log and only after the commit relayed
 * to other connections; sync answers are held back until everything they contain is durable.
 * Lifecycle: `load` → `addConnection` / `handleFrame` / `accept` → `onCommitted` →
 * `afterCommitted` → `removeConnection` → `unload` (or `fail`).
 */
export class SharedDoc implements RoutedDoc, BridgedDoc {
  readonly doc = new Y.Doc();
  readonly awareness: AwarenessRoom;
  /** Connections plus in-process users (getDocSnapshot, applyServerUpdate). */
  holds = 0;
  state: "loading" | "ready" | "failed" | "closed" = "loading";
  readonly ready: Promise<void>;
  readonly owners = new ClientOwners();
  readonly compactor: Compactor;
  private readonly log: UpdateLog;
  private readonly answers: SyncAnswers;
  private readonly early = new EarlyAnswer();
  private readonly fanout: Fanout;
  private readonly router: MessageRouter;
  /** Only when this node runs with others (REDIS_URL). */
  readonly bridge: RelayBridge | null;
  /** Re-read storage for what other nodes stored (null when this node runs alone). */
  readonly resync: (() => Promise<void>) | null;
  private lastTouch = 0;

  constructor(
    readonly planId: string,
    private readonly deps: SharedDocDeps,
  ) {
    this.awareness = new AwarenessRoom(deps.options.maxAwarenessStateBytes);
    this.compactor = new Compactor(planId, deps.store, deps.merger, deps.options, (updates) => this.owners.toRecord(updates));
    this.log = new UpdateLog(this.doc, planId, deps.store, {
      isReady: () => this.state === "ready",
      onCommitted: (batch, first) => this.onCommitted(batch, first),
      afterCommitted: (at) => this.afterCommitted(at),
      onStoreFailed: (err) => this.fail(err),
    });
    this.answers = new SyncAnswers(this.doc, () => this.log.generation);
    this.bridge = deps.relay ? new RelayBridge(deps.relay, this, deps.store) : null;
    this.fanout = new Fanout(this.awareness, deps.options, this.bridge ? (frame) => this.bridge!.publishAwareness(frame) : null);
    this.resync = this.bridge ? () => this.bridge!.resync() : null;
    this.router = new MessageRouter(this, deps.options);
    this.ready = this.load();
    this.ready.catch(() => this.bridge?.leave());
  }

  /** The document's connections. */
  get connections(): Set<DocConnection> {
    return this.fanout.connections;
  }

  // --- Lifecycle: load -------------------------------------------------------

  private async load(): Promise<void> {
    try {
      // subscribe first: anything committed elsewhere after the read below is relayed
      if (this.bridge) await this.bridge.join();
      const loaded = await loadDoc(this.deps.store, this.deps.merger, this.planId, this.deps.options.workerLoadThreshold);
      if (!loaded) {
        this.state = "failed";
        throw new DocNotFoundError(this.planId);
      }
      if (this.state !== "loading") return;
      // a bare snapshot is already the full state: first joiners get it without an encode, and
      // those that asked while loading get it before the apply (the slow part of a cold load)
      if (loaded.tail.length === 0 && loaded.base === loaded.state) {
        const frame = encodeSyncStep2(loaded.state);
        this.answers.seedFullState(this.log.generation, frame);
        if (this.early.held) {
          await this.early.offer(frame);
          if (this.state !== "loading") return;
        }
      }
      this.early.start();
      Y.applyUpdate(this.doc, loaded.state);
      this.early.appliedStateVector = Y.encodeStateVector(this.doc);
      this.compactor.loaded(loaded.base, loaded.tail, loaded.tailSeqs, loaded.lastSeq);
      this.owners.load(loaded.owners);
      // what is left unowned was written only into the snapshot, by the server (templates,
      // system changes): members' client ids are recorded when compaction prunes them
      this.owners.claimForServer(this.doc.store.clients.keys());
      this.log.start();
      this.state = "ready";
      this.bridge?.onReady();
      this.onLoaded();
    } finally {
      this.early.start();
    }
  }

  /** Hook: the document is ready: a plan stored under an older schema is migrated, once, as the server's own change. */
  private onLoaded(): void {
    migrateOnLoad(this.doc, this.planId, (update) => this.accept(update, null, null));
  }

  /** Loading: the full-state sync step 2 of a bare stored snapshot for connections holding the apply (`holdApply`), else null. */
  get earlyFullState(): Promise<Uint8Array | null> {
    return this.early.fullState;
  }

  /**
   * Loading: a connection whose first frame may be answered from the stored snapshot holds the
   * apply back; it calls the release once answered, when its first frame needs the applied doc,
   * or on close. Null once the apply started (or too many hold).
   */
  holdApply(): (() => void) | null {
    if (this.state !== "loading") return null;
    return this.early.hold(this.deps.options.maxConnectionsPerDoc);
  }

  /** Loading: something needs the applied doc (an in-process user, a frame other than an empty sync step 1): apply now. */
  applyNow(): void {
    this.early.applyNow();
  }

  /** A connection answered from the stored snapshot before the apply joined: send it what the doc gained since, once durable. */
  catchUpEarlyAnswer(conn: DocConnection): void {
    const sv = this.early.appliedStateVector;
    if (this.log.generation === 0 || !sv) return;
    this.sendWhenDurable(conn, encodeSyncUpdate(Y.encodeStateAsUpdate(this.doc, sv)));
  }

  // --- Lifecycle: connections --------------------------------------------------

  /** Add a connection: send our state vector and present awareness (once durable). */
  addConnection(conn: DocConnection): void {
    this.connections.add(conn);
    this.sendWhenDurable(conn, this.answers.step1());
    this.sendPresence(conn);
  }

  /** Remove a connection and its awareness state. */
  removeConnection(conn: DocConnection): void {
    this.router.forget(conn);
    if (!this.connections.delete(conn)) return;
    this.awareness.removePeer(conn);
    this.fanout.scheduleAwarenessFlush();
  }

  /** Handle one decoded frame from a connection (see MessageRouter). Returns a close event when it must be cut. */
  handleFrame(conn: DocConnection, frame: ClientFrame): CloseEvent | null {
    return this.router.route(conn, frame);
  }

  /** Encode ahead of need what a client at our state vector gets, once the document has been quiet. True when it encoded. */
  warmSyncAnswer(): boolean {
    return this.state === "ready" && this.answers.warm();
  }

  /** Periodic: forward batched heartbeats; keep idle sockets alive. */
  heartbeat(idleSince: number, lastSent: (c: DocConnection) => number): void {
    this.fanout.heartbeat(idleSince, lastSent);
  }

  // --- Lifecycle: updates ------------------------------------------------------

  /**
   * Validate and apply an update; it is stored in this turn's group commit and
   * relayed after it. Returns why it was refused (the doc is then unchanged).
   */
  accept(update: Uint8Array, userId: string | null, origin: DocConnection | null, done?: Durability): UpdateRefusal | null {
    if (this.state !== "ready") return { reason: "doc_failed" };
    return admitUpdate(this.doc, this.log, this.owners, update, userId, origin, done);
  }

  /** Hook: a batch is stored as seqs `first..`: keep it for compaction, publish it to other nodes, send it to connections. */
  private onCommitted(batch: readonly PendingUpdate[], first: number): void {
    this.compactor.committed(first, batch.map((b) => b.data), !this.bridge);
    this.bridge?.publishUpdates(first, batch.map((b) => ({ data: b.data, userId: b.userId })));
    this.fanout.broadcast(batch);
  }

  /** Hook: after a commit released its callers: touch activity (throttled), apply held relayed updates, compact when due. */
  private afterCommitted(at: string): void {
    const now = Date.now();
    if (now - this.lastTouch >= this.deps.options.activityTouchMs) {
      this.lastTouch = now;
      this.deps.touchActivity(this.planId, at);
    }
    this.bridge?.drainHeld();
    if (this.compactor.due()) void this.compactor.compact();
  }

  /** Resolves once everything accepted so far is committed. */
  whenDurable(): Promise<void> {
    return this.log.whenDurable();
  }

  // --- Lifecycle: failure and unload -------------------------------------------

  /** Storage or apply failure: close everyone and drop the in-memory doc (storage is the truth). */
  private fail(err: Error): void {
    if (this.state === "failed" || this.state === "closed") return;
    this.state = "failed";
    logger.error({ err, planId: this.planId }, "document dropped from memory");
    this.log.fail(err);
    this.fanout.dropHeld();
    for (const c of [...this.connections]) c.close(CloseEvents.StorageFailed);
    this.deps.onFailed(this);
  }

  /** Flush, compact and release memory. Connections must be closed already. */
  async unload(): Promise<void> {
    this.bridge?.leave();
    if (this.state === "ready") {
      await this.whenDurable();
      await this.compactor.compactAll();
    }
    this.state = this.state === "failed" ? "failed" : "closed";
    this.fanout.stop();
    this.log.stop();
    this.doc.destroy();
  }

  // --- The room as its collaborators see it (MessageRouter, RelayBridge) ---------

  /** Send present awareness (this node's and other nodes') to a connection. */
  sendPresence(conn: DocConnection): void {
    const aw = this.awareness.snapshotFrame();
    if (aw) conn.send(aw);
    const remote = this.bridge?.remoteAwareness();
    if (remote) conn.send(remote);
  }

  sendWhenDurable(conn: DocConnection, frame: Uint8Array, gen = this.log.generation): void {
    if (gen <= this.log.durable) conn.send(frame);
    else this.log.whenGenerationDurable(gen, () => (this.connections.has(conn) ? conn.send(frame) : undefined));
  }

  /** Apply already-durable updates (relay bridge) and send them to this node's connections. False when the doc failed. */
  applyDurable(updates: readonly Uint8Array[]): boolean {
    const changed = this.log.applyDurable(updates, REMOTE_ORIGIN);
    if (changed instanceof Error) {
      this.fail(changed);
      return false;
    }
    if (changed) this.fanout.relayedChanges(updates);
    return true;
  }

  /** Another node's presence (its client ids claimed already), for this node's connections. */
  relayedAwareness(frame: Uint8Array): void {
    this.fanout.relayedAwareness(frame);
  }

  /** The document is loaded and neither failed nor closed. */
  isReady(): boolean {
    return this.state === "ready";
  }

  isConnected(conn: DocConnection): boolean {
    return this.connections.has(conn);
  }

  /** Answer a client's sync step 1 once durable; a close event when its state vector is unreadable. */
  answerSyncStep1(conn: DocConnection, sv: Uint8Array): CloseEvent | null {
    const gen = this.log.generation;
    const frame = this.answers.answer(sv);
    if (!frame) return CloseEvents.MalformedMessage;
    this.sendWhenDurable(conn, frame, gen);
    return null;
  }

  isNoopUpdate(update: Uint8Array): boolean {
    return this.answers.isNoop(update);
  }

  onRefused(reason: UpdateRefusal["reason"]): void {
    this.deps.onRefused?.(reason);
  }

  /** A connection's awareness entries: the client id it first announces becomes its user's (unless someone else's already). */
  applyAwareness(conn: DocConnection, entries: readonly AwarenessEntry[]): CloseEvent | null {
    const claim = conn.ownedClientId === null ? (client: number) => this.owners.claim(client, conn.userId) : undefined;
    const refusal = this.awareness.apply(conn, entries, claim);
    if (refusal === "too_large") return CloseEvents.MessageTooLarge;
    if (refusal === "malformed") return CloseEvents.MalformedMessage;
    this.fanout.scheduleAwarenessFlush();
    return null;
  }
}
