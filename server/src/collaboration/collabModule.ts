/** Starts the Yjs sync endpoint (the collaboration role) for the composition root, with the cross-node relay when scale-out runs. */
import type http from "node:http";
import type { ServerContext } from "../services/context.ts";
import type { CollabApi } from "./collabApi.ts";
import { collabOptions, type CollabOptions } from "./collabOptions.ts";
import { CollabServer } from "./collabServer.ts";
import type { DocRelay } from "./docRelay.ts";

/** The running Yjs sync endpoint (the collaboration role): its in-process API and its lifecycle. */
export interface CollaborationEndpoint {
  api: CollabApi;
  close(): Promise<void>;
}

/**
 * Start the Yjs sync endpoint: `/collab/<planId>` on the shared HTTP server,
 * speaking the y-websocket protocol, relaying through `relay` when scale-out
 * runs. Its API reaches the rest of the server only through the plan
 * document gateway (services/planDocGateway.ts).
 */
export function startCollaboration(
  ctx: ServerContext,
  httpServer: http.Server,
  options: Partial<CollabOptions>,
  relay: DocRelay | null,
): CollaborationEndpoint {
  const server = new CollabServer(ctx, httpServer, collabOptions(options), relay);
  server.start();
  return { api: server, close: () => server.close() };
}
