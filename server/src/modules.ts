import type { ModuleFactory } from "./server.ts";

/**
 * Every feature module attached to the HTTP server, in start order. Each
 * feature (sync endpoint, socket.io, mail, ...) adds one line here.
 */
export function defaultModules(): ModuleFactory[] {
  return [
    async (ctx, server) => (await import("./realtime/io.ts")).realtimeModule(ctx, server),
    async (ctx, server) => (await import("./collaboration/collabModule.ts")).collaborationModule()(ctx, server),
  ];
}
