/** One client's websocket: rate limits, decodes and queues its frames for its document, and writes frames to it. */
import type { Duplex } from "node:stream";
import type { WebSocket, RawData } from "ws";
import * as Y from "yjs";
import { CloseEvents, type CloseEvent } from "@jigsaw/shared/realtime/closeEvents";
import { log } from "../logging/logger.ts";
import type { CollabOptions } from "./collabOptions.ts";
import type { DocConnection } from "./docConnection.ts";
import { MessageType, parseClientFrame } from "./protocol.ts";
import { TokenBucket } from "./rateLimit.ts";
import type { SharedDoc } from "./sharedDoc.ts";
import type { CollabAccess } from "./upgrade.ts";
import { wireFrame } from "./wireFrame.ts";

const logger = log("collaboration");
let nextId = 1;

/**
 * Wire bytes of frames being broadcast: the first connection a frame goes to
 * builds them and every other one writes the same buffer.
 */
const wireCache = new WeakMap<Uint8Array, Buffer>();
/** The joined wire bytes of a broadcast's frames (one array per broadcast, shared by its connections). */
const wireListCache = new WeakMap<readonly Uint8Array[], Buffer>();

/** A frame's wire bytes, built once per frame. */
function wireOf(frame: Uint8Array): Buffer {
  let wire = wireCache.get(frame);
  if (!wire) wireCache.set(frame, (wire = wireFrame(frame)));
  return wire;
}

/**
 * One client's websocket to one plan. Rate-limits and decodes every frame,
 * queues frames until the document has loaded, and hands decoded frames to the
 * shared document. Any handler error closes this connection only.
 */
export class CollabConnection implements DocConnection {
  readonly id = nextId++;
  readonly userId: string;
  readonly readOnly: boolean;
  readonly identity: CollabAccess["identity"];
  ownedClientId: number | null = null;
  /** performance.now() of the last frame sent (keep-alive). */
  lastSentAt = performance.now();
  /** Answered the last ping. */
  alive = true;
  closed = false;
  private doc: SharedDoc | null = null;
  private queue: Uint8Array[] | null = [];
  /** The document is loading: its stored snapshot may answer our first frame before it is applied. */
  private preload: { doc: SharedDoc; release: () => void; frame: Uint8Array | null } | null = null;
  /** The loading document that answered our first frame (an empty sync step 1) from its stored snapshot. */
  private answeredBy: SharedDoc | null = null;
  private readonly syncBucket: TokenBucket;
  private readonly awarenessBucket: TokenBucket;
  private onClosed: ((c: CollabConnection) => void) | null = null;

  constructor(
    readonly ws: WebSocket,
    readonly access: CollabAccess,
    private readonly options: CollabOptions,
    /**
     * The upgraded socket: frames are written to it directly, framed once per broadcast
     * (the server sends no compressed frames and no blobs, so `ws` never queues a frame
     * that a direct write could overtake).
     */
    private readonly socket: Duplex | null = null,
  ) {
    this.userId = access.userId;
    this.readOnly = access.readOnly;
    this.identity = access.identity;
    this.syncBucket = new TokenBucket(options.syncRate.perSecond, options.syncRate.burst);
    this.awarenessBucket = new TokenBucket(options.awarenessRate.perSecond, options.awarenessRate.burst);
    ws.on("message", (data, isBinary) => this.safe(() => this.onMessage(data, isBinary)));
    ws.on("pong", () => {
      this.alive = true;
    });
    ws.on("error", (err) => {
      logger.info({ err: err.message, conn: this.id, planId: access.planId }, "websocket error");
      this.finish();
    });
    ws.on("close", () => this.finish());
  }

  /** Called once when the connection has ended (for whatever reason). */
  onEnd(fn: (c: CollabConnection) => void): void {
    this.onClosed = fn;
  }

  /**
   * The document is loading: hold its apply back until our first frame is known. A client
   * with nothing (an empty sync step 1) gets the stored snapshot at once, before the document
   * is applied; any other first frame makes the document apply now and waits for it as before.
   */
  preview(doc: SharedDoc): void {
    if (this.closed || this.doc || this.preload || this.answeredBy) return;
    const release = doc.holdApply();
    if (!release) return;
    const preload = { doc, release, frame: null as Uint8Array | null };
    this.preload = preload;
    void doc.earlyFullState.then((frame) => {
      if (this.preload !== preload) return;
      if (!frame) return this.endPreload();
      preload.frame = frame;
      this.answerEarly();
    });
  }

  /** Answer the first queued frame from the stored snapshot when it is an empty sync step 1. */
  private answerEarly(): void {
    const preload = this.preload;
    if (!preload?.frame || !this.queue || this.queue.length === 0) return;
    if (!isEmptySyncStep1(this.queue[0]!)) {
      preload.doc.applyNow();
      return this.endPreload();
    }
    this.queue.shift();
    this.preload = null;
    this.answeredBy = preload.doc;
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return preload.release();
    // the hold ends once the frame is on the socket, so the apply does not hold up the write
    this.ws.send(preload.frame, () => preload.release());
    this.lastSentAt = performance.now();
  }

  private endPreload(): void {
    const preload = this.preload;
    this.preload = null;
    preload?.release();
  }

  /** The document loaded: join it and replay what arrived meanwhile. */
  attach(doc: SharedDoc): void {
    if (this.closed) return;
    this.endPreload();
    this.doc = doc;
    doc.addConnection(this);
    if (this.answeredBy) doc.catchUpEarlyAnswer(this);
    const queued = this.queue ?? [];
    this.queue = null;
    for (const q of queued) {
      if (this.closed) return;
      this.safe(() => this.handle(q));
    }
  }

  /** The document this connection is attached to, once loaded. */
  get attachedDoc(): SharedDoc | null {
    return this.doc;
  }

  private onMessage(data: RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) return this.close(CloseEvents.MalformedMessage);
    const bytes = toBytes(data);
    if (bytes.byteLength > this.options.maxMessageBytes) return this.close(CloseEvents.MessageTooLarge);
    const awarenessLike = bytes[0] === MessageType.awareness || bytes[0] === MessageType.queryAwareness;
    if (!(awarenessLike ? this.awarenessBucket : this.syncBucket).take()) return this.close(CloseEvents.RateLimited);
    if (this.queue) {
      if (this.queue.length >= this.options.maxQueuedWhileLoading) return this.close(CloseEvents.RateLimited);
      this.queue.push(bytes);
      if (this.preload) this.answerEarly();
      // answered already, and now an edit or a sync: that needs the applied document
      else if (this.answeredBy && bytes[0] === MessageType.sync) this.answeredBy.applyNow();
      return;
    }
    this.handle(bytes);
  }

  private handle(bytes: Uint8Array): void {
    if (!this.doc || this.closed) return;
    let frame;
    try {
      frame = parseClientFrame(bytes);
    } catch (err) {
      logger.info({ conn: this.id, planId: this.access.planId, why: (err as Error).message }, "malformed message");
      return this.close(CloseEvents.MalformedMessage);
    }
    const verdict = this.doc.handleFrame(this, frame);
    if (verdict) this.close(verdict);
  }

  /** Send one frame; cut the connection when the client does not keep up. */
  send(frame: Uint8Array): void {
    if (!this.writable()) return;
    if (this.socket) this.socket.write(wireOf(frame));
    else this.ws.send(frame);
    this.lastSentAt = performance.now();
  }

  /**
   * Send frames in one write (a broadcast's update and the awareness that goes with it): the
   * frames of one broadcast are framed and joined once, and the same bytes written to every socket.
   */
  sendAll(frames: readonly Uint8Array[]): void {
    if (frames.length <= 1 || !this.socket) {
      for (const f of frames) this.send(f);
      return;
    }
    if (!this.writable()) return;
    let wire = wireListCache.get(frames);
    if (!wire) wireListCache.set(frames, (wire = Buffer.concat(frames.map(wireOf))));
    this.socket.write(wire);
    this.lastSentAt = performance.now();
  }

  /** Open and keeping up; a slow consumer past the buffered-bytes bound is closed instead. */
  private writable(): boolean {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return false;
    if (this.ws.bufferedAmount > this.options.maxBufferedBytes) {
      this.close(CloseEvents.SlowConsumer);
      return false;
    }
    return true;
  }

  /** Close with a close event; the socket is terminated if the client does not finish the handshake. */
  close(event: CloseEvent): void {
    if (this.closed) return;
    logger.debug({ conn: this.id, planId: this.access.planId, code: event.code }, "closing connection");
    try {
      this.ws.close(event.code, event.reason);
    } catch {
      this.ws.terminate();
    }
    const t = setTimeout(() => this.ws.terminate(), 5_000);
    t.unref();
    this.finish();
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = null;
    this.endPreload();
    this.doc?.removeConnection(this);
    const cb = this.onClosed;
    this.onClosed = null;
    cb?.(this);
  }

  private safe(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      logger.error({ err, conn: this.id, planId: this.access.planId }, "collaboration handler failed");
      this.close(CloseEvents.MalformedMessage);
    }
  }
}

/** A sync step 1 with an empty state vector: a client that holds nothing yet. */
function isEmptySyncStep1(bytes: Uint8Array): boolean {
  try {
    const frame = parseClientFrame(bytes);
    return frame.kind === "syncStep1" && Y.decodeStateVector(frame.stateVector).size === 0;
  } catch {
    return false;
  }
}

/** Copy a ws payload into its own Uint8Array (ws may hand out views of a larger pooled buffer). */
function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  return new Uint8Array(data);
}
