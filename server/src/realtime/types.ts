import type { Server, Socket } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents } from "@jigsaw/shared/realtime/events";

/** What the server keeps on each socket (serialisable, so `fetchSockets()` works across nodes). */
export interface SocketData {
  userId: string;
  /** Hash of the session token (the session record id), re-checked on every command. */
  sessionId: string;
  displayName: string;
  /** Partnerships the user belonged to at connect time (rooms joined on connect). */
  partnershipIds: string[];
}

/** Nothing is sent between nodes directly yet; the adapter carries room broadcasts. */
export type InterServerEvents = Record<string, never>;

/** The typed socket.io server. */
export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** A typed server-side socket. */
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
