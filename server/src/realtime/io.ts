import type http from "node:http";
import { Server } from "socket.io";
import { SOCKET_PATH } from "@jigsaw/shared/realtime/events";
import { rooms } from "@jigsaw/shared/realtime/rooms";
import { Limits } from "@jigsaw/shared/validations";
import { log } from "../logging/logger.ts";
import type { Scaleout } from "../scaleout/scaleout.ts";
import type { ServerContext } from "../services/context.ts";
import { originGate, sessionGate } from "./authenticate.ts";
import { CommandLimiter } from "./commandLimiter.ts";
import { registerMeetingHandlers } from "./handlers/meeting.ts";
import { registerPlanRoomHandlers } from "./handlers/planRoom.ts";
import { MeetingService } from "./meetingService.ts";
import { InMemoryMeetingStore, type MeetingStore } from "./meetingStore.ts";
import { PresenceBroadcaster } from "./presence.ts";
import { SocketPublisher } from "./socketPublisher.ts";
import type { RealtimeServer } from "./types.ts";

const realtimeLog = log("realtime");

/** Options for the realtime endpoint (tests). */
export interface RealtimeOptions {
  /** Where meeting state lives; in memory by default (shared through Redis with scale-out). */
  meetingStore?: MeetingStore;
  /** End a meeting whose plan room has been empty this long (default 15 minutes). */
  abandonMeetingAfterMs?: number;
}

/** The running socket.io endpoint (the websockets role). */
export interface RealtimeEndpoint {
  io: RealtimeServer;
  /** Pushes to rooms; reached from the `socketPush` subscriber. */
  publisher: SocketPublisher;
  presence: PresenceBroadcaster;
  meetings: MeetingService;
  close(): Promise<void>;
}

/**
 * Attach socket.io at `/socket.io` on the HTTP server. Push-only for domain
 * data (clients change things through REST, which emits domain events that
 * this module fans out); the only client commands are joining/leaving plan
 * rooms and the ephemeral meeting controls, each validated and authorised.
 * One namespace (`/`), websocket transport only, exact Origin allowlist,
 * session cookie required, rooms computed here from policy.
 */
export function startRealtime(ctx: ServerContext, server: http.Server, scaleout: Scaleout | null, opts: RealtimeOptions = {}): RealtimeEndpoint {
  const io: RealtimeServer = new Server(server, {
    path: SOCKET_PATH,
    serveClient: false,
    // Browsers send Origin on a websocket handshake but not on same-origin GET
    // polling requests, so polling could not pass the Origin check.
    transports: ["websocket"],
    allowRequest: originGate(ctx),
    maxHttpBufferSize: Limits.jsonBodyBytes,
    connectTimeout: 10_000,
    // Presence is right within 5 s of someone going offline (a closed tab is seen at once):
    // a client that misses a ping for pingInterval + pingTimeout is dropped from its rooms.
    pingInterval: 2_000,
    pingTimeout: 2_500,
    // Other modules (the Yjs endpoint) own other upgrade paths: leave them alone.
    destroyUpgrade: false,
  });

  // With REDIS_URL: rooms span every node (streams adapter) and meetings are shared.
  if (scaleout) io.adapter(scaleout.socketAdapter());
  const meetingStore = opts.meetingStore ?? scaleout?.meetingStore ?? new InMemoryMeetingStore();
  const meetings = new MeetingService(io, meetingStore, opts.abandonMeetingAfterMs);
  const presence = new PresenceBroadcaster(io, ctx, (planId, count) => meetings.noteRoomSize(planId, count));
  let closing = false;

  io.use(sessionGate(ctx));

  io.on("connection", (socket) => {
    const { userId } = socket.data;
    // Join synchronously before anything else so no push is missed.
    void socket.join([rooms.user(userId), ...socket.data.partnershipIds.map((id) => rooms.partnership(id))]);
    const deps = { ctx, io, socket, limiter: new CommandLimiter(), presence, meetings };
    registerPlanRoomHandlers(deps);
    registerMeetingHandlers(deps);

    let planRooms: string[] = [];
    socket.on("disconnecting", () => {
      planRooms = [...socket.rooms].filter((r) => r.startsWith(rooms.plan("")));
    });
    socket.on("disconnect", (reason) => {
      realtimeLog.debug({ userId, reason }, "socket disconnected");
      if (closing) return;
      for (const room of planRooms) presence.schedule(room.slice(rooms.plan("").length));
    });
    socket.on("error", (err) => realtimeLog.warn({ err, userId }, "socket error"));
    realtimeLog.debug({ userId, partnerships: socket.data.partnershipIds.length }, "socket connected");
  });

  io.engine.on("connection_error", (err: { code: number; message: string }) => {
    realtimeLog.debug({ code: err.code, message: err.message }, "socket handshake refused");
  });

  realtimeLog.info({ path: SOCKET_PATH }, "realtime started");

  return {
    io,
    publisher: new SocketPublisher(io),
    presence,
    meetings,
    async close() {
      closing = true;
      presence.stop();
      await meetings.close();
      // Close transports without a socket.io disconnect packet, so clients
      // reconnect (to another node or after the restart). io.close() would
      // also close the shared HTTP server, which startServer owns.
      io.engine.close();
      await io.of("/").adapter.close();
      await meetings.store.clear();
      realtimeLog.info("realtime stopped");
    },
  };
}
