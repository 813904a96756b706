import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Config } from "./env.ts";
import { createApp } from "./app.ts";
import { log } from "./logging/logger.ts";
import { collabFor } from "./collaboration/collabRegistry.ts";
import { registeredExportJobs } from "./export/exportRegistry.ts";
import { addMetricsSource } from "./observability/metrics.ts";
import { localSocketCount } from "./realtime/publish.ts";
import { EventBus } from "./services/events.ts";
import type { ServerContext } from "./services/context.ts";
import { createStorage } from "./storage/index.ts";
import type { Storage } from "./storage/types.ts";

const lifecycle = log("lifecycle");

/** A part of the server with its own lifecycle (sync endpoint, socket.io, mailer, ...). */
export interface ServerModule {
  name: string;
  /** Stop accepting work and flush. Called in reverse order of start. */
  close(): Promise<void>;
}

/** Something that attaches a module to the HTTP server. Features register here. */
export type ModuleFactory = (ctx: ServerContext, server: http.Server) => Promise<ServerModule> | ServerModule;

/** A running Jigsaw server. */
export interface RunningServer {
  ctx: ServerContext;
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
  /** Modules to attach; defaults to every feature module. */
  modules?: ModuleFactory[];
}

/** Create the storage, app and modules and listen. Resolves when listening. */
export async function startServer(opts: StartOptions): Promise<RunningServer> {
  const storage = opts.storage ?? (await createStorage(opts.config));
  const ctx: ServerContext = { config: opts.config, storage, events: new EventBus(), readiness: {} };
  const app = createApp(ctx);
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  const modules: ServerModule[] = [];
  const factories = opts.modules ?? (await import("./modules.ts")).defaultModules();
  for (const f of factories) {
    modules.push(await f(ctx, httpServer));
  }
  // Upgrades to paths no module owns would otherwise hang: refuse them.
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
  const removeMetrics = addMetricsSource({
    collabConnections: () => collabFor(ctx)?.connectionCount() ?? 0,
    socketConnections: () => localSocketCount(ctx),
    documentsLoaded: () => collabFor(ctx)?.loadedDocCount() ?? 0,
    exportQueueDepth: () => registeredExportJobs(ctx)?.queueDepth() ?? 0,
  });
  const port = (httpServer.address() as AddressInfo).port;
  const host = opts.config.host === "0.0.0.0" || opts.config.host === "::" ? "localhost" : opts.config.host;
  let closing: Promise<void> | null = null;
  return {
    ctx,
    httpServer,
    port,
    url: `http://${host}:${port}`,
    close() {
      closing ??= (async () => {
        lifecycle.info("shutting down");
        removeMetrics();
        const stopped = new Promise<void>((r) => httpServer.close(() => r()));
        for (const m of [...modules].reverse()) {
          try {
            await m.close();
          } catch (err) {
            lifecycle.error({ err, module: m.name }, "module failed to close");
          }
        }
        httpServer.closeAllConnections();
        await stopped;
        await storage.close();
        lifecycle.info("stopped");
      })();
      return closing;
    },
  };
}
