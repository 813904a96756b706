import { randomUUID } from "node:crypto";
import { createAdapter } from "@socket.io/redis-streams-adapter";
import { log } from "../logging/logger.ts";
import type { ServerContext } from "../services/context.ts";
import { bridgeEvents } from "./eventBridge.ts";
import { RedisConnections } from "./redisConnections.ts";
import { RedisDocRelay } from "./redisDocRelay.ts";
import { RedisMeetingStore } from "./redisMeetingStore.ts";
import type { Scaleout } from "./scaleout.ts";

const logger = log("lifecycle");

/**
 * Scale-out through Redis when REDIS_URL is set (null otherwise, and the node
 * runs alone): domain events bridged over a Redis stream, the Yjs relay per
 * plan over pub/sub, shared meeting state, a socket.io streams adapter for the
 * realtime endpoint, and a `redis` readiness check.
 */
export async function startScaleout(ctx: ServerContext): Promise<Scaleout | null> {
  const url = ctx.config.redisUrl;
  if (!url) return null;
  const nodeId = randomUUID();
  const conns = new RedisConnections(url);
  const connected = await conns.connect(5_000);
  if (!connected) logger.error("redis not reachable yet; this node reports not ready until it is");
  const relay = new RedisDocRelay(conns, nodeId, { publishIntervalMs: ctx.config.relayBatchMs });
  const stopEvents = bridgeEvents(ctx.events, conns, nodeId);
  const readiness = ctx.readiness;
  readiness.redis = () => conns.healthy();
  logger.info({ nodeId, connected }, "scale-out through redis enabled");
  return {
    nodeId,
    docRelay: relay,
    meetingStore: new RedisMeetingStore(conns.cmd),
    socketAdapter: () =>
      createAdapter(conns.cmd, {
        streamName: "jigsaw:socket.io",
        channelPrefix: "jigsaw:socket.io",
        // short blocking reads so the adapter's reader stops soon after close
        blockTimeInMs: 1_000,
      }),
    async close() {
      stopEvents();
      relay.close();
      delete readiness.redis;
      await conns.close();
    },
  };
}
