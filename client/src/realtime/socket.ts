import { io, type Socket } from "socket.io-client";
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from "@jigsaw/shared/realtime/events";
import { onUnauthenticated } from "../api/index.ts";

/** The typed socket.io client. */
export type JigsawSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** How the realtime connection is doing, for status messages. */
export type ConnectionStatus = "idle" | "connecting" | "connected" | "reconnecting" | "signedOut";

let socket: JigsawSocket | null = null;
let status: ConnectionStatus = "idle";
const statusListeners = new Set<() => void>();
let retryTimer: ReturnType<typeof setTimeout> | undefined;
let retryAttempt = 0;

function setStatus(next: ConnectionStatus): void {
  if (status === next) return;
  status = next;
  for (const l of statusListeners) l();
}

/** Exponential backoff with full jitter: 1 s, 2 s, 4 s ... capped at 30 s, each randomised. */
function backoffMs(attempt: number): number {
  return Math.random() * Math.min(30_000, 1000 * 2 ** attempt);
}

/**
 * The one socket of this tab (same origin, path `/socket.io`, websocket only,
 * session cookie sent by the browser). Created on first use, not connected
 * until `connectSocket()`. socket.io reconnects on network loss with
 * randomised backoff; refusals by the server are handled here.
 */
export function getSocket(): JigsawSocket {
  if (socket) return socket;
  const s: JigsawSocket = io({
    path: SOCKET_PATH,
    transports: ["websocket"],
    withCredentials: true,
    autoConnect: false,
    reconnection: true,
    reconnectionDelay: 1000,
    reconnectionDelayMax: 30_000,
    randomizationFactor: 0.5,
    timeout: 10_000,
  });
  s.on("connect", () => {
    retryAttempt = 0;
    setStatus("connected");
  });
  s.on("disconnect", (reason) => {
    // "io server disconnect": the server ended this session (signed out
    // everywhere, session expired). Do not come back on our own.
    if (reason === "io server disconnect") setStatus("signedOut");
    else if (reason !== "io client disconnect") setStatus("reconnecting");
  });
  s.on("connect_error", (err) => {
    if (s.active) {
      setStatus("reconnecting"); // network trouble: socket.io retries with backoff
      return;
    }
    // Refused by the server's middleware: socket.io will not retry by itself.
    if (err.message === "authentication_required") {
      setStatus("signedOut");
      return;
    }
    setStatus("reconnecting");
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => s.connect(), backoffMs(retryAttempt++));
  });
  socket = s;
  return s;
}

/** Connect (or reconnect after sign-in). Safe to call repeatedly. */
export function connectSocket(): JigsawSocket {
  const s = getSocket();
  if (!s.connected && !s.active) {
    setStatus("connecting");
    s.connect();
  }
  return s;
}

/** Disconnect now, e.g. on sign-out. Call `connectSocket()` after the next sign-in. */
export function disconnectSocket(): void {
  clearTimeout(retryTimer);
  if (!socket) return;
  socket.disconnect();
  setStatus("signedOut");
}

/** The current connection status. */
export function connectionStatus(): ConnectionStatus {
  return status;
}

/** Be told when the connection status changes; returns an unsubscribe function. */
export function onConnectionStatus(listener: () => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

// Any API call that finds the session gone also drops the socket.
onUnauthenticated(() => disconnectSocket());
