import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import { planRoots } from "@jigsaw/shared/plan/roots";
import { ApiClient } from "./apiClient.ts";

/** Where a test server is reachable. */
export interface ServerAddress {
  url: string;
  origin: string;
}

/** A `ws` WebSocket class usable as y-websocket's `WebSocketPolyfill`, sending cookie + Origin. */
export function wsPolyfill(headers: { cookie?: string | null; origin?: string | null }): typeof globalThis.WebSocket {
  const h: Record<string, string> = {};
  if (headers.cookie) h.cookie = headers.cookie;
  if (headers.origin) h.origin = headers.origin;
  class AuthedWebSocket extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: h });
    }
  }
  return AuthedWebSocket as unknown as typeof globalThis.WebSocket;
}

/** The y-websocket server URL of a test server (`ws://host/collab`). */
export function collabServerUrl(server: ServerAddress): string {
  return server.url.replace(/^http/, "ws") + "/collab";
}

/** A stock WebsocketProvider client plus what it observed. */
export interface YClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Updates this client received from the server (relayed, i.e. visible). */
  received: Uint8Array[];
  /** Close codes of every connection this client saw end. */
  closeCodes: number[];
  destroy(): void;
}

/** Connect a real `WebsocketProvider` to a plan as the user of `api`. */
export function connectYjs(
  server: ServerAddress,
  api: ApiClient | { cookieHeader: string | null },
  planId: string,
  opts: { origin?: string | null; connect?: boolean; doc?: Y.Doc } = {},
): YClient {
  const doc = opts.doc ?? new Y.Doc();
  const origin = opts.origin === undefined ? server.origin : opts.origin;
  const provider = new WebsocketProvider(collabServerUrl(server), planId, doc, {
    WebSocketPolyfill: wsPolyfill({ cookie: api.cookieHeader, origin }),
    disableBc: true,
    connect: opts.connect ?? true,
    maxBackoffTime: 300,
  });
  const received: Uint8Array[] = [];
  const closeCodes: number[] = [];
  doc.on("update", (u: Uint8Array, o: unknown) => {
    if (o === provider) received.push(u);
  });
  provider.on("connection-close", (ev) => {
    if (ev) closeCodes.push(ev.code);
  });
  return {
    doc,
    provider,
    received,
    closeCodes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Poll until `cond()` is true or fail after `timeoutMs` with `label`. */
export async function waitFor(cond: () => boolean | Promise<boolean>, label: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await cond()) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${label}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Wait until the provider has received the server's SyncStep2. */
export function waitForSync(client: YClient, timeoutMs = 10_000): Promise<void> {
  return waitFor(() => client.provider.synced, "sync", timeoutMs);
}

/** JSON of every plan root of a doc (roots are defined first, so an empty doc shows them too). */
export function planJson(doc: Y.Doc): string {
  planRoots(doc);
  return JSON.stringify(doc.toJSON());
}

/** Byte-equality of two docs' full states (deterministic since yjs 13.5.47). */
export function sameState(a: Y.Doc, b: Y.Doc): boolean {
  return Buffer.from(Y.encodeStateAsUpdate(a)).equals(Buffer.from(Y.encodeStateAsUpdate(b)));
}

/** Wait until every client's state equals `reference()` (or the first client's). */
export async function waitForConvergence(clients: YClient[], reference?: () => Promise<Uint8Array | null>, timeoutMs = 15_000): Promise<void> {
  await waitFor(
    async () => {
      const ref = reference ? await reference() : Y.encodeStateAsUpdate(clients[0]!.doc);
      if (!ref) return false;
      const refBuf = Buffer.from(ref);
      return clients.every((c) => c.provider.synced && Buffer.from(Y.encodeStateAsUpdate(c.doc)).equals(refBuf));
    },
    "convergence",
    timeoutMs,
  );
}

/** A partnership with a facilitator, a plan, and helpers to add members with roles. */
export interface CollabFixture {
  facilitator: ApiClient;
  facilitatorId: string;
  partnershipId: string;
  planId: string;
  /** Sign up a user, invite with `role`, accept; returns the member's client and id. */
  addMember(role: "facilitator" | "editor" | "commenter" | "viewer", name?: string, sector?: string): Promise<{ api: ApiClient; userId: string }>;
}

let counter = 0;

/** Create a facilitator, a partnership and a plan on a running server. */
export async function createCollabFixture(server: ServerAddress, template = "blank"): Promise<CollabFixture> {
  const tag = `${process.pid}-${Date.now()}-${counter++}`;
  const facilitator = new ApiClient(server.url, server.origin);
  const me = await facilitator.signUp(`fac-${tag}@example.org`, "Fiona Facilitator");
  const p = await facilitator.post("/api/partnerships", {
    name: `Partnership ${tag}`,
    place: "Riverside",
    organisation: "Riverside Council",
    sector: "council",
  });
  if (p.status !== 201) throw new Error(`create partnership: ${p.status} ${JSON.stringify(p.body)}`);
  const partnershipId = p.body.data.id as string;
  const plan = await facilitator.post(`/api/partnerships/${partnershipId}/plans`, { title: "Joint place plan", template });
  if (plan.status !== 201) throw new Error(`create plan: ${plan.status} ${JSON.stringify(plan.body)}`);
  let n = 0;
  return {
    facilitator,
    facilitatorId: me.id,
    partnershipId,
    planId: plan.body.data.id as string,
    async addMember(role, name, sector = "nhs") {
      const inv = await facilitator.post(`/api/partnerships/${partnershipId}/invites`, { role });
      if (inv.status !== 201) throw new Error(`invite: ${inv.status} ${JSON.stringify(inv.body)}`);
      const token = String(inv.body.data.url).split("/invite/")[1]!;
      const api = new ApiClient(server.url, server.origin);
      const user = await api.signUp(`m${n++}-${tag}@example.org`, name ?? `${role} ${n}`);
      const acc = await api.post(`/api/invites/${token}/accept`, { organisation: "Riverside Trust", sector });
      if (acc.status !== 201) throw new Error(`accept: ${acc.status} ${JSON.stringify(acc.body)}`);
      return { api, userId: user.id };
    },
  };
}

/** A raw websocket plus every binary message it received (recorded from the first byte on). */
export interface RawCollabSocket {
  ws: WebSocket;
  messages: Uint8Array[];
  /** Wait for a received message matching `pred` (already received ones count). */
  next(pred: (m: Uint8Array) => boolean, timeoutMs?: number): Promise<Uint8Array>;
}

/** A raw websocket to the sync endpoint (for hostile frames). Resolves when open or rejects with the HTTP status. */
export function rawCollabSocket(server: ServerAddress, planId: string, headers: { cookie?: string | null; origin?: string | null }, path?: string): Promise<RawCollabSocket> {
  const Polyfill = wsPolyfill(headers) as unknown as typeof WebSocket;
  const ws = new Polyfill(path ? server.url.replace(/^http/, "ws") + path : `${collabServerUrl(server)}/${planId}`);
  ws.binaryType = "arraybuffer";
  const messages: Uint8Array[] = [];
  ws.on("message", (d) => messages.push(new Uint8Array(d as ArrayBuffer)));
  const next = (pred: (m: Uint8Array) => boolean, timeoutMs = 10_000) =>
    new Promise<Uint8Array>((resolve, reject) => {
      const end = Date.now() + timeoutMs;
      const poll = () => {
        const m = messages.find(pred);
        if (m) return resolve(m);
        if (Date.now() > end) return reject(new Error("no matching message"));
        setTimeout(poll, 10);
      };
      poll();
    });
  return new Promise((resolve, reject) => {
    ws.once("open", () => resolve({ ws, messages, next }));
    ws.once("unexpected-response", (_req, res) => {
      reject(Object.assign(new Error(`upgrade refused ${res.statusCode}`), { status: res.statusCode }));
      ws.terminate();
    });
    ws.once("error", (err) => reject(err));
  });
}

/** Resolve with the close code of a raw socket. */
export function closeCode(ws: WebSocket, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    if (ws.readyState === ws.CLOSED) return reject(new Error("already closed"));
    const t = setTimeout(() => reject(new Error("no close")), timeoutMs);
    ws.once("close", (code) => {
      clearTimeout(t);
      resolve(code);
    });
  });
}

/** A y-websocket sync message `[0, sub, payload]` (sub 0 step 1, 1 step 2, 2 update), for raw sockets. */
export function syncFrame(sub: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, sub);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** The payload of a `[0, sub, payload]` sync message. */
export function payloadOf(frame: Uint8Array): Uint8Array {
  const d = decoding.createDecoder(frame);
  decoding.readVarUint(d);
  decoding.readVarUint(d);
  return decoding.readVarUint8Array(d);
}
