import { z } from "zod";
import { RoleSchema } from "@jigsaw/shared/domain/role";
import { log } from "../logging/logger.ts";
import type { DomainEvents, EventBus } from "../services/events.ts";
import type { RedisConnections } from "./redisConnections.ts";

const logger = log("realtime");

/** The Redis stream carrying domain events between nodes. */
export const EVENT_STREAM = "jigsaw:events";
const MAX_LEN = 10_000;

/**
 * Events every node must see (revocation closes connections everywhere, rooms
 * follow membership, plan lists refresh). Others stay on the node that emitted
 * them because exactly one node must act on them: `agreement.requested`,
 * `agreement.responded`, `agreement.closed`, `agreement.textChanged`
 * (notifications would be sent once per node), `plan.idle` and
 * `plan.contentChanged` (per-node document lifecycle, re-indexing).
 */
const CLUSTER_EVENTS = {
  "membership.changed": z.object({ partnershipId: z.string(), userId: z.string(), role: RoleSchema.nullable() }),
  "membership.added": z.object({ partnershipId: z.string(), userId: z.string() }),
  "plan.changed": z.object({ partnershipId: z.string(), planId: z.string() }),
  "user.signedOut": z.object({ userId: z.string() }),
  "session.ended": z.object({ sessionId: z.string(), userId: z.string() }),
} satisfies Partial<Record<keyof DomainEvents, z.ZodType>>;

type ClusterEvent = keyof typeof CLUSTER_EVENTS;

function isClusterEvent(name: string): name is ClusterEvent {
  return Object.hasOwn(CLUSTER_EVENTS, name);
}

interface StreamEntry {
  id: string;
  message: Record<string, string>;
}

/**
 * Bridge the EventBus across nodes through a Redis stream. Emitting appends
 * `{node, name, payload}` (the offline queue keeps it through a blip); every
 * node reads the stream from where it left off, so events are not lost while
 * a node's connection is down, and skips its own (already delivered locally).
 * Returns a stop function.
 */
export function bridgeEvents(bus: EventBus, conns: RedisConnections, nodeId: string): () => void {
  let stopped = false;
  bus.bridge((name, payload) => {
    if (stopped || !isClusterEvent(name)) return;
    conns.cmd
      .xAdd(EVENT_STREAM, "*", { node: nodeId, name, payload: JSON.stringify(payload) }, { TRIM: { strategy: "MAXLEN", strategyModifier: "~", threshold: MAX_LEN } })
      .catch((err: unknown) => logger.error({ err, event: name }, "could not publish event to other nodes"));
  });

  const deliver = (entry: StreamEntry): void => {
    const { node, name, payload } = entry.message;
    if (node === nodeId || !name || !payload || !isClusterEvent(name)) return;
    let parsed;
    try {
      parsed = CLUSTER_EVENTS[name].safeParse(JSON.parse(payload));
    } catch {
      parsed = null;
    }
    if (!parsed?.success) {
      logger.warn({ id: entry.id, name }, "malformed event from another node dropped");
      return;
    }
    try {
      bus.deliverLocal(name, parsed.data as DomainEvents[typeof name]);
    } catch (err) {
      logger.error({ err, name }, "event subscriber failed");
    }
  };

  void (async () => {
    let lastId: string | null = null;
    while (!stopped) {
      try {
        if (lastId === null) {
          const latest = (await conns.reader.xRevRange(EVENT_STREAM, "+", "-", { COUNT: 1 })) as unknown as StreamEntry[];
          lastId = latest[0]?.id ?? "0-0";
        }
        const res = (await conns.reader.xRead([{ key: EVENT_STREAM, id: lastId }], { BLOCK: 2_000, COUNT: 100 })) as unknown as
          | Array<{ messages: StreamEntry[] }>
          | null;
        for (const entry of res?.[0]?.messages ?? []) {
          lastId = entry.id;
          deliver(entry);
        }
      } catch (err) {
        if (stopped) break;
        logger.debug({ err }, "event stream read failed; retrying");
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  })();

  return () => {
    stopped = true;
    bus.bridge(null);
  };
}
