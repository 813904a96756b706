/** The collaboration module: the one entry point (`collaborationModule`) that starts the Yjs sync endpoint and registers its API. */
import type { ModuleFactory, ServerModule } from "../server.ts";
import { collabOptions, type CollabOptions } from "./collabOptions.ts";
import { registerCollab } from "./collabRegistry.ts";
import { CollabServer } from "./collabServer.ts";

/**
 * The Yjs sync endpoint module: `/collab/<planId>` on the shared HTTP server,
 * speaking the y-websocket protocol. Registers its in-process API for
 * `collabFor(ctx)`.
 */
export function collaborationModule(options: Partial<CollabOptions> = {}): ModuleFactory {
  return (ctx, httpServer): ServerModule => {
    const server = new CollabServer(ctx, httpServer, collabOptions(options));
    server.start();
    registerCollab(ctx, server);
    return {
      name: "collaboration",
      async close() {
        registerCollab(ctx, null);
        await server.close();
      },
    };
  };
}
