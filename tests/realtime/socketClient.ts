import { io, type Socket } from "socket.io-client";
import type { Ack, ClientToServerEvents, ServerToClientEvents } from "@jigsaw/shared/realtime/events";
import { SOCKET_PATH } from "@jigsaw/shared/realtime/events";
import type { Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";
import type { ApiClient } from "../utils/apiClient.ts";
import { createInvite, signedUpClient } from "../utils/apiFixtures.ts";
import type { TestServer } from "../utils/testServer.ts";

/** A typed socket.io client as the browser would hold it. */
export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Every socket opened by `openSocket`, so `closeAllSockets` can clean up. */
const opened = new Set<TestSocket>();

/** Options for a test connection. */
export interface OpenOptions {
  /** Origin header; the server's own origin by default, `null` to send none. */
  origin?: string | null;
  /** Cookie header; the client's session cookie by default. */
  cookie?: string | null;
}

/** Open a socket.io connection like a browser tab would (websocket, cookie, Origin). Does not wait. */
export function openSocket(server: TestServer, client: ApiClient | null, opts: OpenOptions = {}): TestSocket {
  const headers: Record<string, string> = {};
  const origin = opts.origin === undefined ? server.origin : opts.origin;
  const cookie = opts.cookie === undefined ? (client?.cookieHeader ?? null) : opts.cookie;
  if (origin) headers.origin = origin;
  if (cookie) headers.cookie = cookie;
  const socket: TestSocket = io(server.url, {
    path: SOCKET_PATH,
    transports: ["websocket"],
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
    timeout: 5000,
  });
  opened.add(socket);
  return socket;
}

/** Open a socket and wait until it is connected (rejects with the connect_error). */
export async function connectSocket(server: TestServer, client: ApiClient | null, opts: OpenOptions = {}): Promise<TestSocket> {
  const socket = openSocket(server, client, opts);
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", () => resolve());
    socket.once("connect_error", (err) => reject(err));
  });
  return socket;
}

/** Wait for the connection attempt to fail; resolves with the error. */
export function connectError(socket: TestSocket): Promise<Error & { data?: unknown }> {
  return new Promise((resolve, reject) => {
    socket.once("connect", () => reject(new Error("connected, but a refusal was expected")));
    socket.once("connect_error", (err) => resolve(err as Error & { data?: unknown }));
  });
}

/** Close every socket the tests opened. */
export function closeAllSockets(): void {
  for (const s of opened) s.close();
  opened.clear();
}

type AckData<E extends keyof ClientToServerEvents> = Parameters<Parameters<ClientToServerEvents[E]>[1]>[0];

/** Send a command and wait for its ack (5 s timeout). */
export function command<E extends keyof ClientToServerEvents>(socket: TestSocket, event: E, payload: Parameters<ClientToServerEvents[E]>[0]): Promise<AckData<E>> {
  const timed = socket.timeout(5000);
  return (timed.emitWithAck as unknown as (ev: string, p: unknown) => Promise<AckData<E>>).call(timed, event, payload);
}

/** Send anything at all as an event (for malformed payloads) and wait for the ack. */
export function rawCommand(socket: TestSocket, event: string, ...args: unknown[]): Promise<Ack<unknown>> {
  const timed = socket.timeout(5000);
  return (timed.emitWithAck as unknown as (ev: string, ...a: unknown[]) => Promise<Ack<unknown>>).call(timed, event, ...args);
}

type Payload<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>[0];

/** Wait for the next `event` matching `where` (5 s timeout). */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  where: (p: Payload<E>) => boolean = () => true,
): Promise<Payload<E>> {
  return new Promise((resolve, reject) => {
    const untyped = socket as unknown as { on(ev: string, fn: (p: Payload<E>) => void): void; off(ev: string, fn: (p: Payload<E>) => void): void };
    const on = (ev: string, fn: (p: Payload<E>) => void) => untyped.on(ev, fn);
    const off = (ev: string, fn: (p: Payload<E>) => void) => untyped.off(ev, fn);
    const timer = setTimeout(() => {
      off(event, handler);
      reject(new Error(`timed out waiting for ${event}`));
    }, 5000);
    function handler(p: Payload<E>) {
      if (!where(p)) return;
      clearTimeout(timer);
      off(event, handler);
      resolve(p);
    }
    on(event, handler);
  });
}

/** Record every event a socket receives, as [name, payload]. */
export function recordEvents(socket: TestSocket): Array<[string, unknown]> {
  const seen: Array<[string, unknown]> = [];
  socket.onAny((name: string, payload: unknown) => seen.push([name, payload]));
  return seen;
}

/**
 * A round trip on `socket`: anything the server wrote to it before answering
 * has arrived once this resolves (one connection delivers in order).
 */
export async function flush(socket: TestSocket): Promise<void> {
  await rawCommand(socket, "plan.leave", { planId: "flush-0000" });
}

/** Sign up a user and join the partnership through an invite with the given role, organisation and sector. */
export async function joinPartnership(
  server: TestServer,
  facilitator: ApiClient,
  partnershipId: string,
  role: Role,
  sector: Sector,
  organisation: string,
  name: string = role,
): Promise<{ client: ApiClient; user: { id: string; email: string; displayName: string } }> {
  const joined = await signedUpClient(server, name);
  const { token } = await createInvite(facilitator, partnershipId, role);
  const r = await joined.client.post(`/api/invites/${token}/accept`, { organisation, sector });
  if (r.status !== 201) throw new Error(`accept failed: ${r.status} ${JSON.stringify(r.body)}`);
  return joined;
}
