/** The message router: routes each decoded client frame of a document, and is where a read-only connection's updates are dropped. */
import * as Y from "yjs";
import { CloseEvents, READ_ONLY_REFUSAL, type CloseEvent } from "@jigsaw/shared/realtime/closeEvents";
import { log } from "../logging/logger.ts";
import type { CollabOptions } from "./collabOptions.ts";
import type { DocConnection } from "./docConnection.ts";
import { encodePermissionDenied, type AwarenessEntry, type ClientFrame } from "./protocol.ts";
import type { PlanUpdateRejection } from "@jigsaw/shared/plan/index";

const logger = log("collaboration");

/** Most bytes of updates one connection may have held while its sync step 2 is awaited. */
const MAX_HELD_BYTES = 4 * 1024 * 1024;
/** A read-only connection is told its updates were dropped at most this often. */
const READ_ONLY_NOTICE_MS = 1_000;
const READ_ONLY_FRAME = encodePermissionDenied(READ_ONLY_REFUSAL);

/** Why an update was refused. */
export interface UpdateRefusal {
  /** `apply_failed`: it passed validation but Yjs threw while applying it. */
  reason: PlanUpdateRejection | "foreign_client" | "doc_failed" | "apply_failed";
  detail?: string;
}

/** What the router asks of its document. */
export interface RoutedDoc {
  readonly planId: string;
  readonly doc: Y.Doc;
  /** The document is loaded and neither failed nor closed. */
  isReady(): boolean;
  isConnected(conn: DocConnection): boolean;
  /** Answer a client's sync step 1 (once durable); a close event when its state vector is unreadable. */
  answerSyncStep1(conn: DocConnection, stateVector: Uint8Array): CloseEvent | null;
  /** Applying `update` cannot change the document. */
  isNoopUpdate(update: Uint8Array): boolean;
  /** Validate, apply and log an update; why it was refused (the doc is then unchanged). */
  accept(update: Uint8Array, userId: string | null, origin: DocConnection | null): UpdateRefusal | null;
  /** Apply a connection's awareness entries; a close event when they must cut it. */
  applyAwareness(conn: DocConnection, entries: readonly AwarenessEntry[]): CloseEvent | null;
  /** Send the connection everyone's present awareness. */
  sendPresence(conn: DocConnection): void;
  /** Send `frame` once everything the connection was sent before is durable. */
  sendWhenDurable(conn: DocConnection, frame: Uint8Array): void;
  /** Re-read storage for updates another node stored (null when this node runs alone). */
  readonly resync: (() => Promise<void>) | null;
  /** Count a refused update (its connection is closed for it). */
  onRefused(reason: UpdateRefusal["reason"]): void;
}

/**
 * Routes each frame of a connection (Hocuspocus's MessageReceiver): sync step 1 is answered,
 * updates and sync step 2 are applied, awareness goes to the awareness room. A read-only
 * connection's updates are dropped here, never applied, stored or relayed. Keeps each
 * connection's order: updates that came before the client's sync step 2 wait for it, and a
 * connection whose update waits for a resync (another node's updates) waits with it.
 */
export class MessageRouter {
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

  constructor(
    private readonly room: RoutedDoc,
    private readonly options: CollabOptions,
  ) {}

  /** Handle one decoded frame from a connection. Returns a close event when it must be cut. */
  route(conn: DocConnection, frame: ClientFrame): CloseEvent | null {
    if (!this.room.isReady()) return CloseEvents.ServerShuttingDown;
    const waiting = this.awaitingStep2.get(conn);
    if (waiting && frame.kind !== "syncStep2") {
      waiting.bytes += frameBytes(frame);
      if (waiting.frames.length >= this.options.maxQueuedWhileLoading || waiting.bytes > MAX_HELD_BYTES) return CloseEvents.RateLimited;
      waiting.frames.push(frame);
      return null;
    }
    if (frame.kind === "syncStep2") {
      this.step2Seen.add(conn);
      if (waiting) {
        this.stopAwaitingStep2(conn);
        for (const f of [frame, ...waiting.frames]) {
          const verdict = this.route(conn, f);
          if (verdict) return verdict;
        }
        return null;
      }
    }
    const stalled = this.stalled.get(conn);
    if (stalled) {
      // keep the connection's order while its earlier update waits for a resync
      if (stalled.length >= this.options.maxQueuedWhileLoading) return CloseEvents.RateLimited;
      stalled.push(frame);
      return null;
    }
    switch (frame.kind) {
      case "syncStep1":
        return this.room.answerSyncStep1(conn, frame.stateVector);
      case "syncStep2":
      case "update":
        if (conn.readOnly) return this.dropReadOnly(conn, frame.update);
        return this.update(conn, frame);
      case "awareness":
        return this.room.applyAwareness(conn, frame.entries);
      case "queryAwareness":
        this.room.sendPresence(conn);
        return null;
    }
  }

  /** The connection left: forget its held frames. */
  forget(conn: DocConnection): void {
    this.stalled.delete(conn);
    this.stopAwaitingStep2(conn);
  }

  /** Read-only enforcement: the update is dropped (never applied, stored or relayed); the client is told, once a second at most. */
  private dropReadOnly(conn: DocConnection, update: Uint8Array): null {
    if (this.room.isNoopUpdate(update) || !wouldChange(this.room.doc, update)) return null;
    const now = performance.now();
    const last = this.readOnlyToldAt.get(conn);
    if (last !== undefined && now - last < READ_ONLY_NOTICE_MS) return null;
    this.readOnlyToldAt.set(conn, now);
    logger.info({ planId: this.room.planId, conn: conn.id, userId: conn.userId }, "read-only connection's update dropped; client told");
    this.room.sendWhenDurable(conn, READ_ONLY_FRAME);
    return null;
  }

  private update(conn: DocConnection, frame: Extract<ClientFrame, { kind: "update" | "syncStep2" }>): CloseEvent | null {
    if (this.room.isNoopUpdate(frame.update)) return null; // nothing to apply, store or relay
    const refusal = this.room.accept(frame.update, conn.userId, conn);
    if (!refusal) return null;
    if (refusal.reason === "missing_dependency" && frame.kind === "update" && !this.step2Seen.has(conn)) {
      this.awaitStep2(conn, frame);
      return null;
    }
    if (this.room.resync && !this.retrying && (refusal.reason === "foreign_client" || refusal.reason === "missing_dependency")) {
      // a client that moved from another node may carry others' updates that node stored but
      // never relayed here: read storage, then try again once
      this.stallUntilResynced(conn, frame, this.room.resync);
      return null;
    }
    // refused for this connection only: the document and everyone else carry on
    logger.warn({ planId: this.room.planId, conn: conn.id, userId: conn.userId, ...refusal }, "update refused");
    this.room.onRefused(refusal.reason);
    if (refusal.reason === "too_large") return CloseEvents.MessageTooLarge;
    if (refusal.reason === "doc_failed") return CloseEvents.StorageFailed;
    return CloseEvents.MalformedMessage;
  }

  private awaitStep2(conn: DocConnection, frame: ClientFrame): void {
    const timer = setTimeout(() => {
      if (!this.awaitingStep2.has(conn)) return;
      this.stopAwaitingStep2(conn);
      logger.warn({ planId: this.room.planId, conn: conn.id, userId: conn.userId }, "update refused: its dependencies never arrived");
      conn.close(CloseEvents.MalformedMessage);
    }, this.options.step2WaitMs);
    timer.unref();
    this.awaitingStep2.set(conn, { frames: [frame], bytes: frameBytes(frame), timer });
  }

  private stopAwaitingStep2(conn: DocConnection): void {
    const waiting = this.awaitingStep2.get(conn);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    this.awaitingStep2.delete(conn);
  }

  private stallUntilResynced(conn: DocConnection, frame: ClientFrame, resync: () => Promise<void>): void {
    this.stalled.set(conn, [frame]);
    void resync().then(() => {
      const frames = this.stalled.get(conn);
      this.stalled.delete(conn);
      if (!frames || !this.room.isConnected(conn)) return;
      for (const f of frames) {
        this.retrying = true;
        let verdict: CloseEvent | null;
        try {
          verdict = this.route(conn, f);
        } finally {
          this.retrying = false;
        }
        if (verdict) return conn.close(verdict);
        if (this.stalled.has(conn)) return; // cannot happen while retrying; defensive
      }
    });
  }
}

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

function frameBytes(frame: ClientFrame): number {
  if (frame.kind === "update" || frame.kind === "syncStep2") return frame.update.byteLength;
  if (frame.kind === "syncStep1") return frame.stateVector.byteLength;
  if (frame.kind === "awareness") return frame.bytes;
  return 1;
}
