import type { ModuleFactory } from "./server.ts";

/**
 * Every feature module attached to the HTTP server, in start order. Each
 * feature (sync endpoint, socket.io, mail, ...) adds one line here.
 */
export function defaultModules(): ModuleFactory[] {
  return [
    // first: the others pick up its Redis relay, adapter and meeting store
    async (ctx, server) => (await import("./scaleout/scaleoutModule.ts")).scaleoutModule(ctx, server),
    async (ctx, server) => (await import("./realtime/io.ts")).realtimeModule(ctx, server),
    async (ctx, server) => (await import("./collaboration/collabModule.ts")).collaborationModule()(ctx, server),
    async (ctx, server) => (await import("./mail/notificationsModule.ts")).notificationsModule()(ctx, server),
    async (ctx, server) => (await import("./export/historyModule.ts")).historyModule()(ctx, server),
    async (ctx) => (await import("./export/exportCommentsModule.ts")).exportCommentsModule(ctx),
    async (ctx, server) => (await import("./storage/backupModule.ts")).backupModule()(ctx, server),
    async (ctx) => (await import("./services/retention.ts")).retentionModule(ctx),
  ];
}
