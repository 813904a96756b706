/**
 * Floor servers for the benchmarks (no Yjs state at all):
 * - MODE=relay: forward every message verbatim to every other socket in the room (URL path);
 * - MODE=crelay: coalescing relay, one event-loop turn of sync updates merged with
 *   `Y.mergeUpdates` into one frame and awareness entries into one frame, each encoded
 *   once and sent as the same buffer to everyone in the room (sender included).
 * Env: PORT, HOST, MODE.
 */
import http from "node:http";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebSocketServer, type WebSocket } from "ws";
import * as Y from "yjs";

const mode = process.env.MODE === "crelay" ? "crelay" : "relay";
const rooms = new Map<string, Set<WebSocket>>();

interface Pending {
  updates: Uint8Array[];
  awareness: Uint8Array[];
  scheduled: boolean;
}
const pending = new Map<string, Pending>();

function flush(room: string): void {
  const p = pending.get(room);
  const conns = rooms.get(room);
  if (!p || !conns) return;
  p.scheduled = false;
  const frames: Uint8Array[] = [];
  if (p.updates.length > 0) {
    const u = p.updates.length === 1 ? p.updates[0]! : Y.mergeUpdates(p.updates);
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, u);
    frames.push(encoding.toUint8Array(e));
    p.updates = [];
  }
  if (p.awareness.length > 0) {
    // concatenate entries of every awareness update into one update
    let count = 0;
    const body = encoding.createEncoder();
    for (const a of p.awareness) {
      const d = decoding.createDecoder(a);
      const n = decoding.readVarUint(d);
      count += n;
      encoding.writeUint8Array(body, a.subarray(d.pos));
    }
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, count);
    encoding.writeUint8Array(inner, encoding.toUint8Array(body));
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    frames.push(encoding.toUint8Array(e));
    p.awareness = [];
  }
  for (const f of frames) {
    const buf = Buffer.from(f.buffer, f.byteOffset, f.byteLength);
    for (const c of conns) c.send(buf);
  }
}

const server = http.createServer((_req, res) => {
  res.writeHead(200);
  res.end("ok");
});
const wss = new WebSocketServer({ server, perMessageDeflate: false });
wss.on("connection", (ws, req) => {
  const room = req.url ?? "/";
  let conns = rooms.get(room);
  if (!conns) rooms.set(room, (conns = new Set()));
  conns.add(ws);
  const set = conns;
  ws.on("close", () => {
    set.delete(ws);
    if (set.size === 0) rooms.delete(room);
  });
  ws.on("message", (data: Buffer) => {
    if (mode === "relay") {
      for (const c of set) if (c !== ws) c.send(data);
      return;
    }
    const d = decoding.createDecoder(data);
    const type = decoding.readVarUint(d);
    let p = pending.get(room);
    if (!p) pending.set(room, (p = { updates: [], awareness: [], scheduled: false }));
    if (type === 0 && decoding.readVarUint(d) === 2) p.updates.push(decoding.readVarUint8Array(d).slice());
    else if (type === 1) p.awareness.push(decoding.readVarUint8Array(d).slice());
    else {
      for (const c of set) if (c !== ws) c.send(data);
      return;
    }
    if (!p.scheduled) {
      p.scheduled = true;
      setImmediate(() => flush(room));
    }
  });
});
server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? "127.0.0.1");
