/**
 * Raw y-protocols clients for the load generator: no full Y.Doc per client.
 * Editors keep a tiny writer doc holding only their own section (so every
 * update they send is self-contained and valid on any plan document) and scan
 * received frames for latency markers (`§<sender>.<seq>;` in edits,
 * `§<sender>:<seq>;` in awareness states). The auditor keeps a real Y.Doc.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import { syncFrame } from "../../utils/yjsClient.ts";
import { NetWebSocket, prepareUpgrade, type PreparedUpgrade } from "./netWebSocket.ts";
import type { Framing } from "./servers.ts";

/** Where and how a client connects. */
export interface Target {
  url: string;
  framing: Framing;
  /** Hocuspocus document name (and the name used in markers' sections). */
  docName: string;
  headers: Record<string, string>;
  /** Relay floors: no sync handshake (nothing would answer it). */
  relay: boolean;
  /** `net`: the cheap raw-socket client (storms); default `ws`. */
  transport?: "ws" | "net";
}

/** What a client needs of its socket. */
interface Conn {
  readonly isOpen: boolean;
  send(data: Uint8Array): void;
  close(): void;
  terminate(): void;
}

/** Adapt a `ws` client to `Conn`. */
function wsConn(ws: WebSocket): Conn {
  return {
    get isOpen() {
      return ws.readyState === WebSocket.OPEN;
    },
    send: (data) => ws.send(data),
    close: () => ws.close(),
    terminate: () => ws.terminate(),
  };
}

const SECT = Buffer.from("§");
/** An empty Yjs update (V1). */
export const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());

/** `[docName]` prefix of every Hocuspocus message. */
export function hpPrefix(docName: string): Buffer {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, docName);
  return Buffer.from(encoding.toUint8Array(e));
}

/** y-websocket awareness message with one entry. */
export function awarenessFrame(clientId: number, clock: number, json: string): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, json);
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

/** Hocuspocus auth message `[docName][2][0 Token][token]`. */
function hpAuth(prefix: Buffer): Buffer {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint(e, 0);
  encoding.writeVarString(e, "bench");
  return Buffer.concat([prefix, encoding.toUint8Array(e)]);
}

/** What a client does with frames (implemented by the load generator). */
export interface ClientHooks {
  /** A sync update or step2 payload region arrived: scan `buf` from `pos` for markers. */
  onMarkers?(client: RawClient, buf: Buffer, pos: number, awareness: boolean): void;
  /** Server SyncStep1 arrived: return the reply update (what the server lacks). */
  replyToStep1?(client: RawClient, serverSv: Uint8Array): Uint8Array;
  /** Server SyncStep2 arrived (the client is synced). */
  onSynced?(client: RawClient, bytes: number): void;
  onFrame?(client: RawClient, bytes: number): void;
  /** Take over frame handling completely (the auditor). */
  onRaw?(client: RawClient, buf: Buffer): void;
}

/**
 * One raw websocket client. `connect()` resolves when the socket is open and
 * the opening messages (auth, SyncStep1) are sent.
 */
export class RawClient {
  private conn: Conn | null = null;
  private upgrade: PreparedUpgrade | null = null;
  readonly prefix: Buffer | null;
  synced = false;
  syncedAt = 0;
  connectStartedAt = 0;
  /** State vector this client claims at (re)connect. */
  sv: Uint8Array = Y.encodeStateVector(new Y.Doc());
  private syncWaiter: (() => void) | null = null;
  /** SyncStep1 frame for `sv` (rebuilt only when `sv` changes). */
  private step1: { sv: Uint8Array; frame: Uint8Array } | null = null;

  constructor(
    readonly idx: number,
    readonly target: Target,
    readonly hooks: ClientHooks,
  ) {
    this.prefix = target.framing === "hp" ? hpPrefix(target.docName) : null;
  }

  /** Resolves once this client is synced (no polling and no timer: a storm of waiters must not load the load generator). */
  whenSynced(): Promise<void> {
    if (this.synced) return Promise.resolve();
    return new Promise((resolve) => {
      this.syncWaiter = resolve;
    });
  }

  /** Record the sync and wake a `whenSynced` waiter. */
  markSynced(bytes: number): void {
    this.synced = true;
    this.syncedAt = performance.now();
    this.hooks.onSynced?.(this, bytes);
    const w = this.syncWaiter;
    this.syncWaiter = null;
    w?.();
  }

  /** Open and send the opening messages. */
  connect(): Promise<void> {
    this.synced = false;
    this.connectStartedAt = performance.now();
    return new Promise((resolve, reject) => {
      const opened = () => {
        if (this.prefix) this.conn?.send(hpAuth(this.prefix)); // carries the document name already
        if (!this.target.relay) {
          if (this.step1?.sv !== this.sv) this.step1 = { sv: this.sv, frame: syncFrame(0, this.sv) };
          this.send(this.step1.frame);
        }
        else this.markSynced(0);
        resolve();
      };
      if (this.target.transport === "net") {
        this.upgrade ??= prepareUpgrade(this.target.url, this.target.headers);
        this.conn = new NetWebSocket(this.upgrade, {
          open: opened,
          message: (data) => this.onMessage(data),
          error: (err) => reject(err),
          close: () => undefined,
        });
        return;
      }
      const ws = new WebSocket(this.target.url, { headers: this.target.headers, perMessageDeflate: false });
      this.conn = wsConn(ws);
      ws.binaryType = "nodebuffer";
      ws.on("open", opened);
      ws.on("error", (err) => reject(err));
      ws.on("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
      ws.on("message", (data: Buffer) => this.onMessage(data));
    });
  }

  /** Send one y-websocket message (the Hocuspocus prefix is added here). */
  send(body: Uint8Array): void {
    const conn = this.conn;
    if (!conn?.isOpen) return;
    conn.send(this.prefix ? Buffer.concat([this.prefix, body]) : body);
  }

  private onMessage(buf: Buffer): void {
    if (this.hooks.onRaw) return this.hooks.onRaw(this, buf);
    this.hooks.onFrame?.(this, buf.length);
    let pos = 0;
    if (this.prefix) pos = this.prefix.length; // every Hocuspocus frame of this doc starts with the same name
    const type = buf[pos];
    if (type === 0) {
      const sub = buf[pos + 1];
      if (sub === 0) {
        const d = decoding.createDecoder(buf.subarray(pos + 2));
        const sv = decoding.readVarUint8Array(d);
        const reply = this.hooks.replyToStep1 ? this.hooks.replyToStep1(this, sv) : EMPTY_UPDATE;
        this.send(syncFrame(1, reply));
        return;
      }
      if (sub === 1) {
        if (!this.synced) this.markSynced(buf.length);
        return;
      }
      if (sub === 2) this.hooks.onMarkers?.(this, buf, pos + 2, false);
      return;
    }
    if (type === 1) this.hooks.onMarkers?.(this, buf, pos + 1, true);
  }

  /** Close with a close handshake. */
  close(): void {
    this.conn?.close();
    this.conn = null;
  }

  /** Drop the connection without a close handshake. */
  terminate(): void {
    this.conn?.terminate();
    this.conn = null;
  }
}

/**
 * Find markers in `buf` from `pos`; calls `fn(sender, seq, awareness)` for
 * each. Edit markers: `§s.q;`, awareness: `§s:q;`.
 */
export function scanMarkers(buf: Buffer, pos: number, fn: (sender: number, seq: number, awareness: boolean) => void): void {
  for (;;) {
    const i = buf.indexOf(SECT, pos);
    if (i < 0) return;
    let j = i + 2;
    let s = 0;
    let digits = 0;
    while (j < buf.length && buf[j]! >= 48 && buf[j]! <= 57) {
      s = s * 10 + buf[j]! - 48;
      j++;
      digits++;
    }
    const sep = buf[j];
    if (digits === 0 || (sep !== 46 && sep !== 58)) {
      pos = i + 2;
      continue;
    }
    j++;
    let q = 0;
    digits = 0;
    while (j < buf.length && buf[j]! >= 48 && buf[j]! <= 57) {
      q = q * 10 + buf[j]! - 48;
      j++;
      digits++;
    }
    if (digits > 0 && buf[j] === 59) fn(s, q, sep === 58);
    pos = j;
  }
}

/** An editor's writer doc: its own section with one paragraph of text. */
export class Writer {
  readonly doc = new Y.Doc();
  private readonly text: Y.XmlText;
  private last: Uint8Array | null = null;
  /** The update that created the section. */
  readonly created: Uint8Array;

  constructor(readonly key: string) {
    this.doc.on("update", (u: Uint8Array) => {
      this.last = u;
    });
    let text!: Y.XmlText;
    this.doc.transact(() => {
      const section = new Y.Map<unknown>();
      this.doc.getMap("sections").set(key, section);
      section.set("title", key);
      const frag = new Y.XmlFragment();
      section.set("body", frag);
      const p = new Y.XmlElement("paragraph");
      frag.insert(0, [p]);
      text = new Y.XmlText();
      p.insert(0, [text]);
    });
    this.text = text;
    this.created = this.last!;
  }

  /** Append `s` to the paragraph; returns the update. */
  append(s: string): Uint8Array {
    this.text.insert(this.text.length, s);
    return this.last!;
  }
}

/** A client with a real Y.Doc that follows the sync protocol (auditor). */
export class AuditClient {
  readonly doc = new Y.Doc();
  private readonly raw: RawClient;
  constructor(target: Target) {
    this.raw = new RawClient(-1, target, { onRaw: (_c, buf) => this.onMessage(buf) });
  }
  get synced(): boolean {
    return this.raw.synced;
  }
  connect(): Promise<void> {
    return this.raw.connect();
  }
  close(): void {
    this.raw.close();
  }
  /** Send a local update of `doc` to the server. */
  sendUpdate(update: Uint8Array): void {
    this.raw.send(syncFrame(2, update));
  }
  private onMessage(buf: Buffer): void {
    const d = decoding.createDecoder(buf);
    if (this.raw.prefix) decoding.readVarString(d);
    const type = decoding.readVarUint(d);
    if (type !== 0) return;
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    const sub = syncProtocol.readSyncMessage(d, e, this.doc, this);
    if (sub === 1 && !this.raw.synced) this.raw.markSynced(buf.length);
    if (encoding.length(e) > 1) this.raw.send(encoding.toUint8Array(e));
  }
}

/** Count markers per sender in every bench section's text of `doc`. */
export function markersInDoc(doc: Y.Doc): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, section] of doc.getMap("sections")) {
    if (!key.startsWith("bench-") || !(section instanceof Y.Map)) continue;
    const body = section.get("body");
    if (!(body instanceof Y.XmlFragment)) continue;
    const p = body.get(0);
    const t = p instanceof Y.XmlElement ? p.get(0) : null;
    const s = t instanceof Y.XmlText ? t.toString() : "";
    out.set(key, s.split("§").length - 1);
  }
  return out;
}
