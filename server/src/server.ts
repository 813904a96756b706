import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "./env.ts";
import { createApp } from "./app.ts";
import type { CollabApi } from "./collaboration/collabApi.ts";
import { log } from "./logging/logger.ts";
import { addMetricsSource } from "./observability/metrics.ts";
import type { SocketPublisher } from "./realtime/socketPublisher.ts";
import { ALL_ROLES, buildServices, type Roles } from "./services/buildServices.ts";
import type { Services } from "./services/services.ts";
import { createStorage } from "./storage/index.ts";
import type { Storage } from "./storage/types.ts";

const lifecycle = log("lifecycle");

/** A running Jigsaw server. */
export interface RunningServer {
  /** The services object every route, command, query and subscriber of this server uses. */
  ctx: Services;
  /** The sync endpoint's API (null when the collaboration role does not run). */
  collab: CollabApi | null;
  /** The socket.io publisher (null when the websockets role does not run). */
  realtime: SocketPublisher | null;
  httpServer: http.Server;
  /** The URL it listens on, e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Options for startServer. */
export interface StartOptions {
  config: Config;
  /** Use this store instead of creating one from config. */
  storage?: Storage;
  /** Process roles to run beside the REST API; every role by default. */
  roles?: Roles;
}

/** Create the storage, services (services/buildServices.ts) and app, and listen. Resolves when listening. */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const storage = opts.storage ?? (await createStorage(opts.config));
  const httpServer = http.createServer();
  httpServer.keepAliveTimeout = 65_000;
  const composition = await buildServices(opts.config, storage, httpServer, opts.roles ?? ALL_ROLES);
  const ctx = composition.services;
  httpServer.on("request", createApp(ctx));
  // Upgrades to paths no role owns would otherwise hang: refuse them.
  httpServer.on("upgrade", (req, socket) => {
    const url = req.url ?? "";
    if (!url.startsWith("/collab/") && !url.startsWith("/socket.io/")) {
      socket.end("HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    }
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(opts.config.port, opts.config.host, () => resolve());
  });
  const { collab, realtime } = composition;
  const removeMetrics = addMetricsSource({
    collabConnections: () => collab?.connectionCount() ?? 0,
    socketConnections: () => realtime?.localSocketCount() ?? 0,
    documentsLoaded: () => collab?.loadedDocCount() ?? 0,
    exportQueueDepth: () => ctx.exports.queueDepth(),
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = opts.config.host === "0.0.0.0" || opts.config.host === "::" ? "localhost" : opts.config.host;
  let closing: Promise<void> | null = null;
  return {
    ctx,
    collab,
    realtime,
    httpServer,
    port,
    url: `http://${host}:${port}`,
    close() {
      closing ??= (async () => {
        lifecycle.info("shutting down");
        removeMetrics();
        const stopped = new Promise<void>((r) => httpServer.close(() => r()));
        await composition.close();
        httpServer.closeAllConnections();
        await stopped;
        await storage.close();
        lifecycle.info("stopped");
      })();
      return closing;
    },
  };
}
