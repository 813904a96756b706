import { rooms } from "@jigsaw/shared/realtime/rooms";
import type { ServerToClientEvents } from "@jigsaw/shared/realtime/events";
import { log } from "../logging/logger.ts";
import type { ServerContext } from "../services/context.ts";
import type { RealtimeServer } from "./types.ts";

const realtimeLog = log("realtime");

/** Any event the server can push. */
export type PushEvent = keyof ServerToClientEvents;
/** The payload of a push event. */
export type PushPayload<E extends PushEvent> = Parameters<ServerToClientEvents[E]>[0];

/** Options for one publish. */
export interface PublishOptions {
  /**
   * Drop the message for clients whose connection is not writable right now
   * instead of buffering it. Only for cursor-like data that the next message
   * supersedes; never for anything a client must not miss.
   */
  volatile?: boolean;
}

/**
 * Running socket.io servers by server context. Commands hold `ctx`, never
 * `io`; several servers may run in one process (tests), hence a WeakMap
 * rather than a module-level singleton.
 */
const registry = new WeakMap<ServerContext, RealtimeServer>();

/** Make `io` the publisher for `ctx` (called by the realtime module on start). */
export function registerPublisher(ctx: ServerContext, io: RealtimeServer): void {
  registry.set(ctx, io);
}

/** Stop publishing for `ctx` (called by the realtime module on close). */
export function unregisterPublisher(ctx: ServerContext): void {
  registry.delete(ctx);
}

/** socket.io connections open on this node for `ctx` (0 when realtime is not running). */
export function localSocketCount(ctx: ServerContext): number {
  return registry.get(ctx)?.engine.clientsCount ?? 0;
}

/** True when the realtime module is running for `ctx`. */
export function isPublishing(ctx: ServerContext): boolean {
  return registry.has(ctx);
}

function publish<E extends PushEvent>(ctx: ServerContext, room: string, event: E, payload: PushPayload<E>, opts: PublishOptions): void {
  const io = registry.get(ctx);
  if (!io) {
    realtimeLog.debug({ room, event }, "realtime not started; event not published");
    return;
  }
  // io.to() goes through the adapter, so with a Redis adapter it reaches
  // sockets on every node, not only this one.
  const target = opts.volatile ? io.volatile.to(room) : io.to(room);
  (target.emit as (ev: string, p: unknown) => boolean)(event, payload);
}

/** Push an event to every socket of one user (all their tabs and devices, on any node). */
export function publishToUser<E extends PushEvent>(ctx: ServerContext, userId: string, event: E, payload: PushPayload<E>, opts: PublishOptions = {}): void {
  publish(ctx, rooms.user(userId), event, payload, opts);
}

/** Push an event to everyone currently in a plan room (they were authorised to read the plan on join). */
export function publishToPlan<E extends PushEvent>(ctx: ServerContext, planId: string, event: E, payload: PushPayload<E>, opts: PublishOptions = {}): void {
  publish(ctx, rooms.plan(planId), event, payload, opts);
}

/** Push an event to every connected member of a partnership. */
export function publishToPartnership<E extends PushEvent>(
  ctx: ServerContext,
  partnershipId: string,
  event: E,
  payload: PushPayload<E>,
  opts: PublishOptions = {},
): void {
  publish(ctx, rooms.partnership(partnershipId), event, payload, opts);
}
