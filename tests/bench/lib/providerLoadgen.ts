/**
 * Load generator child for the meeting benchmark's real-client mode: every
 * editor is a full `Y.Doc` behind the provider a real user runs, in one
 * process pinned to its own core.
 * - `jigsaw`: y-websocket's `WebsocketProvider` as Jigsaw's client configures it
 *   (`ownPresenceOnly`: its own awareness state only);
 * - `jigsaw-stock`: the stock `WebsocketProvider` (re-sends every awareness
 *   change it receives, as any third-party y-websocket client does);
 * - `hp4db`: Hocuspocus's own `HocuspocusProvider`.
 * Each editor adds its own section, then appends `§<i>.<seq>;` to it at
 * `editHz` and moves its cursor at `awHz`. Editor 0 also observes: the edit
 * latency is the time from an editor's local change to editor 0's doc
 * receiving it (one process, one clock).
 *
 * Protocol: the parent sends one `ProviderLoadConfig`; the child answers with
 * `{ ready: true }` when every editor is synced and its section is in, waits
 * for `{ go: true }`, runs `seconds`, then sends a `ProviderLoadResult` and exits.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from "@hocuspocus/provider";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { ownPresenceOnly } from "../../../client/src/collaboration/ownPresenceOnly.ts";
import { percentile, round } from "./common.ts";
import { scanMarkers } from "./rawClient.ts";

/** What the parent asks for. */
export interface ProviderLoadConfig {
  client: "jigsaw" | "jigsaw-stock" | "hp4db";
  /** ws URL (Jigsaw: up to the plan id's parent, `…/collab`; Hocuspocus: the server root). */
  url: string;
  docName: string;
  n: number;
  /** Session cookie per editor (Jigsaw), cycled. */
  cookies: string[];
  origin: string;
  editHz: number;
  awHz: number;
  seconds: number;
}

/** What the child reports. */
export interface ProviderLoadResult {
  edits: number;
  received: number;
  editLatencyMs: { p50: number; p99: number; max: number };
  loadgenCpuPct: number;
  /** Awareness frames the editors sent upstream during the window (what echoes cost). */
  awarenessFramesSent: number;
}

type Editor = { doc: Y.Doc; text: Y.XmlText; awareness: { setLocalStateField(k: string, v: unknown): void }; destroy(): void };

let awarenessFramesSent = 0;
// every y-websocket provider adds a process 'exit' listener (to say goodbye): dozens are expected here
process.setMaxListeners(0);

/** Message type of a frame: y-websocket's first varUint, or after Hocuspocus's document name. */
function messageType(b: Uint8Array, hocuspocus: boolean): number | undefined {
  if (!hocuspocus) return b[0];
  let len = 0;
  let shift = 0;
  let i = 0;
  for (; i < b.length; i++) {
    len |= (b[i]! & 0x7f) << shift;
    shift += 7;
    if (b[i]! < 0x80) break;
  }
  return b[i + 1 + len];
}

/** A `ws` WebSocket that sends the editor's cookie and origin, and counts awareness frames. */
function socketClass(cookie: string | undefined, origin: string, hocuspocus = false): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { ...(cookie ? { cookie } : {}), origin } });
    }
    override send(data: any, ...rest: any[]): void {
      const b = data as Uint8Array;
      if (b instanceof Uint8Array && messageType(b, hocuspocus) === 1) awarenessFramesSent++; // [1] awareness
      super.send(data, ...(rest as []));
    }
  } as unknown as typeof WebSocket;
}

function waitFor(cond: () => boolean, ms: number, what: string): Promise<void> {
  const until = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const t = setInterval(() => {
      if (cond()) {
        clearInterval(t);
        resolve();
      } else if (Date.now() > until) {
        clearInterval(t);
        reject(new Error(`timed out waiting for ${what}`));
      }
    }, 20);
  });
}

async function connect(cfg: ProviderLoadConfig, i: number): Promise<Editor> {
  const doc = new Y.Doc();
  let synced = false;
  let awareness: Editor["awareness"];
  let destroy: () => void;
  if (cfg.client === "hp4db") {
    const socket = new HocuspocusProviderWebsocket({ url: cfg.url, WebSocketPolyfill: socketClass(undefined, cfg.origin, true) });
    const p = new HocuspocusProvider({ websocketProvider: socket, name: cfg.docName, document: doc, onSynced: () => (synced = true) });
    p.attach();
    awareness = p.awareness!;
    destroy = () => {
      p.destroy();
      socket.destroy();
    };
  } else {
    const cookie = cfg.cookies[i % cfg.cookies.length];
    const p = new WebsocketProvider(cfg.url, cfg.docName, doc, { disableBc: true, WebSocketPolyfill: socketClass(cookie, cfg.origin) as any });
    if (cfg.client === "jigsaw") ownPresenceOnly(p);
    p.on("sync", (s: boolean) => (synced = synced || s));
    awareness = p.awareness;
    destroy = () => p.destroy();
  }
  await waitFor(() => synced, 30_000, `editor ${i} to sync`);
  let text!: Y.XmlText;
  doc.transact(() => {
    const section = new Y.Map<unknown>();
    doc.getMap("sections").set(`bench-${i}`, section);
    section.set("title", `bench-${i}`);
    const frag = new Y.XmlFragment();
    section.set("body", frag);
    const para = new Y.XmlElement("paragraph");
    frag.insert(0, [para]);
    text = new Y.XmlText();
    para.insert(0, [text]);
  });
  awareness.setLocalStateField("cursor", null);
  return { doc, text, awareness, destroy };
}

async function run(cfg: ProviderLoadConfig): Promise<ProviderLoadResult> {
  const editors: Editor[] = [];
  // a few at a time: a meeting's members arrive over a minute, not in one tick
  for (let i = 0; i < cfg.n; i += 5) {
    editors.push(...(await Promise.all(Array.from({ length: Math.min(5, cfg.n - i) }, (_, k) => connect(cfg, i + k)))));
  }
  const observer = editors[0]!.doc;
  await waitFor(() => observer.getMap("sections").size >= cfg.n, 30_000, "every section at the observer");
  process.send!({ ready: true });
  await new Promise<void>((r) => process.once("message", () => r()));

  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  observer.on("update", (u: Uint8Array, origin: unknown) => {
    if (origin === null) return; // editor 0's own edits
    const now = performance.now();
    scanMarkers(Buffer.from(u.buffer, u.byteOffset, u.byteLength), 0, (sender, seq, isAwareness) => {
      if (isAwareness) return;
      const at = sentAt.get(`${sender}.${seq}`);
      if (at !== undefined) {
        latencies.push(now - at);
        sentAt.delete(`${sender}.${seq}`);
      }
    });
  });
  awarenessFramesSent = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let edits = 0;
  const timers: NodeJS.Timeout[] = [];
  editors.forEach((e, i) => {
    let seq = 0;
    // spread editors over the period so load is even
    const editEvery = 1000 / cfg.editHz;
    const awEvery = 1000 / cfg.awHz;
    timers.push(
      setTimeout(() => {
        timers.push(
          setInterval(() => {
            seq++;
            if (i !== 0) sentAt.set(`${i}.${seq}`, performance.now());
            e.text.insert(e.text.length, `§${i}.${seq};`);
            edits++;
          }, editEvery),
        );
      }, (i / cfg.n) * editEvery),
      setTimeout(() => {
        let pos = 0;
        timers.push(setInterval(() => e.awareness.setLocalStateField("cursor", { anchor: ++pos, head: pos }), awEvery));
      }, (i / cfg.n) * awEvery),
    );
  });
  await new Promise((r) => setTimeout(r, cfg.seconds * 1000));
  for (const t of timers) clearInterval(t);
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - t0;
  const sentFrames = awarenessFramesSent;
  await new Promise((r) => setTimeout(r, 1000)); // let the last edits arrive
  const sorted = Float64Array.from(latencies).sort();
  for (const e of editors) e.destroy();
  return {
    edits,
    received: latencies.length,
    editLatencyMs: { p50: round(percentile(sorted, 50)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1] ?? 0) },
    loadgenCpuPct: round(((cpu.user + cpu.system) / 1000 / wall) * 100, 1),
    awarenessFramesSent: sentFrames,
  };
}

process.once("message", (cfg: ProviderLoadConfig) => {
  run(cfg).then(
    (result) => process.send!({ result }, () => process.exit(0)),
    (err: Error) => process.send!({ error: String(err.stack ?? err) }, () => process.exit(1)),
  );
});
