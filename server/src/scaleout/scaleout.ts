import type { ServerOptions } from "socket.io";
import type { MeetingStore } from "../realtime/meetingStore.ts";
import type { ServerContext } from "../services/context.ts";

/** What the scale-out module offers other modules when REDIS_URL is set. */
export interface Scaleout {
  /** This process's id, tagged on everything it publishes so it can ignore its own messages. */
  readonly nodeId: string;
  /** Meeting state shared by every node. */
  readonly meetingStore: MeetingStore;
  /** A socket.io adapter (Redis streams) so rooms span every node. */
  socketAdapter(): ServerOptions["adapter"];
}

const running = new WeakMap<ServerContext, Scaleout>();

/** Register (or with null, remove) the scale-out of a server. */
export function registerScaleout(ctx: ServerContext, scaleout: Scaleout | null): void {
  if (scaleout) running.set(ctx, scaleout);
  else running.delete(ctx);
}

/** The scale-out of this server, or null when it runs alone (no REDIS_URL). */
export function scaleoutFor(ctx: ServerContext): Scaleout | null {
  return running.get(ctx) ?? null;
}
