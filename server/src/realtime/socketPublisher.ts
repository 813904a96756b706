import { rooms } from "@jigsaw/shared/realtime/rooms";
import type { ServerToClientEvents } from "@jigsaw/shared/realtime/events";
import type { RealtimeServer } from "./types.ts";

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
 * Pushes events to rooms of the running socket.io server. Owned by the
 * websockets role; commands never hold it: they emit domain events, and the
 * `socketPush` subscriber publishes them here.
 */
export class SocketPublisher {
  constructor(private readonly io: RealtimeServer) {}

  /** socket.io connections open on this node. */
  localSocketCount(): number {
    return this.io.engine.clientsCount;
  }

  /** Push an event to every socket of one user (all their tabs and devices, on any node). */
  publishToUser<E extends PushEvent>(userId: string, event: E, payload: PushPayload<E>, opts: PublishOptions = {}): void {
    this.publish(rooms.user(userId), event, payload, opts);
  }

  /** Push an event to everyone currently in a plan room (they were authorised to read the plan on join). */
  publishToPlan<E extends PushEvent>(planId: string, event: E, payload: PushPayload<E>, opts: PublishOptions = {}): void {
    this.publish(rooms.plan(planId), event, payload, opts);
  }

  /** Push an event to every connected member of a partnership. */
  publishToPartnership<E extends PushEvent>(partnershipId: string, event: E, payload: PushPayload<E>, opts: PublishOptions = {}): void {
    this.publish(rooms.partnership(partnershipId), event, payload, opts);
  }

  private publish<E extends PushEvent>(room: string, event: E, payload: PushPayload<E>, opts: PublishOptions): void {
    // io.to() goes through the adapter, so with a Redis adapter it reaches
    // sockets on every node, not only this one.
    const target = opts.volatile ? this.io.volatile.to(room) : this.io.to(room);
    (target.emit as (ev: string, p: unknown) => boolean)(event, payload);
  }
}
