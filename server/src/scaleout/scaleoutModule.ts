import { randomUUID } from "node:crypto";
import type http from "node:http";
import { createAdapter } from "@socket.io/redis-streams-adapter";
import { registerDocRelay } from "../collaboration/docRelay.ts";
import { log } from "../logging/logger.ts";
import type { ServerModule } from "../server.ts";
import type { ServerContext } from "../services/context.ts";
import { bridgeEvents } from "./eventBridge.ts";
import { RedisConnections } from "./redisConnections.ts";
import { RedisDocRelay } from "./redisDocRelay.ts";
import { RedisMeetingStore } from "./redisMeetingStore.ts";
import { registerScaleout } from "./scaleoutRegistry.ts";

const logger = log("lifecycle");

/**
 * Scale-out through Redis when REDIS_URL is set (a no-op module otherwise, and
 * the node runs alone): domain events bridged over a Redis stream, the Yjs
 * relay per plan over pub/sub, shared meeting state, a socket.io streams
 * adapter for the realtime module, and a `redis` readiness check. Must start
 * before the realtime and collaboration modules (it is first in
 * `defaultModules`), and so closes after them.
 */
export async function scaleoutModule(ctx: ServerContext, _server: http.Server): Promise<ServerModule> {
  const url = ctx.config.redisUrl;
  if (!url) return { name: "scaleout", async close() {} };
  const nodeId = randomUUID();
  const conns = new RedisConnections(url);
  const connected = await conns.connect(5_000);
  if (!connected) logger.error("redis not reachable yet; this node reports not ready until it is");
  const relay = new RedisDocRelay(conns, nodeId, { publishIntervalMs: ctx.config.relayBatchMs });
  registerDocRelay(ctx, relay);
  const stopEvents = bridgeEvents(ctx.events, conns, nodeId);
  const readiness = (ctx.readiness ??= {});
  readiness.redis = () => conns.healthy();
  registerScaleout(ctx, {
    nodeId,
    meetingStore: new RedisMeetingStore(conns.cmd),
    socketAdapter: () =>
      createAdapter(conns.cmd, {
        streamName: "jigsaw:socket.io",
        channelPrefix: "jigsaw:socket.io",
        // short blocking reads so the adapter's reader stops soon after close
        blockTimeInMs: 1_000,
      }),
  });
  logger.info({ nodeId, connected }, "scale-out through redis enabled");
  return {
    name: "scaleout",
    async close() {
      stopEvents();
      registerScaleout(ctx, null);
      registerDocRelay(ctx, null);
      relay.close();
      delete readiness.redis;
      await conns.close();
    },
  };
}
