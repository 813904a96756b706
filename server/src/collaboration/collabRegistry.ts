/** Where routes and commands find the running sync endpoint of a server (`collabFor`). */
import type { ServerContext } from "../services/context.ts";
import type { CollabApi } from "./collabApi.ts";

const running = new WeakMap<ServerContext, CollabApi>();

/** Register the sync endpoint of a server (done by the collaboration module). */
export function registerCollab(ctx: ServerContext, api: CollabApi | null): void {
  if (api) running.set(ctx, api);
  else running.delete(ctx);
}

/**
 * The running sync endpoint of this server, for REST routes and commands
 * (e.g. export reads `getDocSnapshot`, restore calls `applyServerUpdate`).
 * Null when the collaboration module is not attached.
 */
export function collabFor(ctx: ServerContext): CollabApi | null {
  return running.get(ctx) ?? null;
}
