/**
 * A minimal websocket client over a plain TCP socket, for load generators that
 * open thousands of connections at once (the reconnect storm). The `ws`
 * client costs ~0.2 ms of CPU per connect (http.request, key generation,
 * handshake checks), enough to saturate the load generator before the server.
 * This one writes a prebuilt upgrade request and parses frames in place:
 * binary messages only, no extensions, no fragmentation from the server.
 * Client frames are masked with a zero key (valid per RFC 6455 §5.3: the
 * mask bit is set, XOR with zeros leaves the payload as is).
 * Reads land in one buffer shared by every connection (`onread`): no stream
 * machinery and no allocation per read. A message's payload is a view into
 * it, valid only during the `message` callback; a partial frame is copied.
 */
import net from "node:net";

/** Sec-WebSocket-Key and the Sec-WebSocket-Accept every server must answer (RFC 6455 §1.3 example). */
const KEY = "dGhlIHNhbXBsZSBub25jZQ==";
const ACCEPT = "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=";
const HEAD_END = Buffer.from("\r\n\r\n");
/** Where every connection's reads land (read and handled one at a time on this thread). */
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);
/** Callbacks of one connection. */
export interface NetWebSocketEvents {
  open(): void;
  message(data: Buffer): void;
  error(err: Error): void;
  close(): void;
}

/** An upgrade request built once per target and reused on every reconnect. */
export interface PreparedUpgrade {
  host: string;
  port: number;
  request: Buffer;
}

/** Build the upgrade request for `url` with extra `headers` (cookie, origin). */
export function prepareUpgrade(url: string, headers: Record<string, string>): PreparedUpgrade {
  const u = new URL(url);
  let req = `GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: ${KEY}\r\n`;
  for (const [k, v] of Object.entries(headers)) req += `${k}: ${v}\r\n`;
  return { host: u.hostname, port: Number(u.port || 80), request: Buffer.from(req + "\r\n") };
}

/** Totals over every connection of this process (reads, frames and bytes received). */
export const netStats = { reads: 0, frames: 0, bytes: 0 };

/** One client connection. */
export class NetWebSocket {
  private readonly socket: net.Socket;
  private upgraded = false;
  private closed = false;
  private pending: Buffer | null = null;

  constructor(upgrade: PreparedUpgrade, private readonly on: NetWebSocketEvents) {
    const { host, port, request } = upgrade;
    // no setNoDelay: one syscall less per connect, and every write follows a read that acknowledged the last one
    this.socket = net.connect(
      {
        host,
        port,
        onread: {
          buffer: READ_BUFFER,
          callback: (n: number, buf: Uint8Array) => {
            this.onData(Buffer.from(buf.buffer, buf.byteOffset, n));
            return true;
          },
        },
      },
      () => this.socket.write(request),
    );
    this.socket.on("error", (err) => this.fail(err));
    this.socket.on("close", () => {
      if (!this.closed) {
        this.closed = true;
        if (!this.upgraded) this.on.error(new Error("connection closed before the upgrade"));
        this.on.close();
      }
    });
  }

  /** True while frames can be sent. */
  get isOpen(): boolean {
    return this.upgraded && !this.closed;
  }

  /** Send one binary message. */
  send(payload: Uint8Array): void {
    if (!this.isOpen) return;
    const n = payload.byteLength;
    const head = n < 126 ? 6 : n < 65536 ? 8 : 14;
    const frame = Buffer.allocUnsafe(head + n);
    frame[0] = 0x82; // FIN + binary
    if (n < 126) frame[1] = 0x80 | n;
    else if (n < 65536) {
      frame[1] = 0x80 | 126;
      frame.writeUInt16BE(n, 2);
    } else {
      frame[1] = 0x80 | 127;
      frame.writeUInt32BE(Math.floor(n / 2 ** 32), 2);
      frame.writeUInt32BE(n >>> 0, 6);
    }
    frame.writeUInt32BE(0, head - 4); // zero masking key
    frame.set(payload, head);
    this.socket.write(frame);
  }

  /** Close with a close frame, then end the socket. */
  close(): void {
    if (this.isOpen) this.socket.write(Buffer.from([0x88, 0x82, 0, 0, 0, 0, 0x03, 0xe8])); // 1000
    this.closed = true;
    this.socket.end();
  }

  /** Drop the connection without a close handshake. */
  terminate(): void {
    this.closed = true;
    this.socket.destroy();
  }

  private fail(err: Error): void {
    if (this.closed) return;
    this.closed = true;
    this.socket.destroy();
    this.on.error(err);
  }

  private onData(chunk: Buffer): void {
    netStats.reads++;
    netStats.bytes += chunk.length;
    // answers written while handling one read leave in one segment (like a browser's batching)
    this.socket.cork();
    try {
      this.readFrames(chunk);
    } finally {
      this.socket.uncork();
    }
  }

  private readFrames(chunk: Buffer): void {
    let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = null;
    if (!this.upgraded) {
      const end = buf.indexOf(HEAD_END);
      if (end < 0) {
        this.pending = Buffer.from(buf); // a view of the shared read buffer: copied
        return;
      }
      const head = buf.toString("latin1", 0, end);
      if (!head.startsWith("HTTP/1.1 101") || !head.includes(ACCEPT)) {
        this.fail(new Error(`upgrade refused: ${head.split("\r\n", 1)[0]}`));
        return;
      }
      this.upgraded = true;
      buf = buf.subarray(end + 4);
      this.on.open();
    }
    let pos = 0;
    while (buf.length - pos >= 2 && !this.closed) {
      const b0 = buf[pos]!;
      let len = buf[pos + 1]! & 0x7f;
      let at = pos + 2;
      if (len === 126) {
        if (buf.length - pos < 4) break;
        len = buf.readUInt16BE(pos + 2);
        at = pos + 4;
      } else if (len === 127) {
        if (buf.length - pos < 10) break;
        len = buf.readUInt32BE(pos + 2) * 2 ** 32 + buf.readUInt32BE(pos + 6);
        at = pos + 10;
      }
      if (buf.length - at < len) break;
      const payload = buf.subarray(at, at + len);
      pos = at + len;
      const opcode = b0 & 0x0f;
      if ((b0 & 0x80) === 0 || opcode === 0) {
        this.fail(new Error("fragmented frames are not supported by this bench client"));
        return;
      }
      netStats.frames++;
      if (opcode === 2) this.on.message(payload);
      else if (opcode === 8) {
        this.terminate();
        this.on.close();
        return;
      } else if (opcode === 9) this.pong(payload);
    }
    if (pos < buf.length && !this.closed) this.pending = Buffer.from(buf.subarray(pos));
  }

  private pong(payload: Buffer): void {
    const frame = Buffer.allocUnsafe(6 + payload.length);
    frame[0] = 0x8a;
    frame[1] = 0x80 | payload.length;
    frame.writeUInt32BE(0, 2);
    frame.set(payload, 6);
    this.socket.write(frame);
  }
}
