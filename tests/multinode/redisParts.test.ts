import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RelayTarget, RelayedUpdate } from "@jigsaw/server/src/collaboration/docRelay.ts";
import { encodeAwarenessFrame } from "@jigsaw/server/src/collaboration/protocol.ts";
import { RedisConnections } from "@jigsaw/server/src/scaleout/redisConnections.ts";
import { RedisDocRelay } from "@jigsaw/server/src/scaleout/redisDocRelay.ts";
import { awarenessFrameEntries } from "@jigsaw/server/src/scaleout/relayCodec.ts";
import { bridgeEvents } from "@jigsaw/server/src/scaleout/eventBridge.ts";
import { RedisMeetingStore } from "@jigsaw/server/src/scaleout/redisMeetingStore.ts";
import { EventBus, type DomainEvents } from "@jigsaw/server/src/services/events.ts";
import type { MeetingState } from "@jigsaw/shared/realtime/meeting";
import { redisSkipReason, startTestRedis, type TestRedis } from "../utils/redisServer.ts";
import { waitFor } from "../utils/yjsClient.ts";

const skip = redisSkipReason();
let redis: TestRedis | null = null;
const conns: RedisConnections[] = [];

async function connections(): Promise<RedisConnections> {
  const c = new RedisConnections(redis!.url);
  conns.push(c);
  expect(await c.connect(5_000)).toBe(true);
  return c;
}

/** A loaded document as the relay sees it, recording the runs and awareness frames it is given. */
function recordingTarget(planId: string): RelayTarget & { runs: Array<{ first: number; updates: RelayedUpdate[] }>; frames: Uint8Array[] } {
  const runs: Array<{ first: number; updates: RelayedUpdate[] }> = [];
  const frames: Uint8Array[] = [];
  return {
    planId,
    runs,
    frames,
    applyRemote: (first, updates) => runs.push({ first, updates: [...updates] }),
    relayAwareness: (f) => frames.push(f),
    resync: async () => undefined,
  };
}

/** PUBLISH commands Redis has run so far (from any client). */
async function publishCount(c: RedisConnections): Promise<number> {
  return Number(/cmdstat_publish:calls=(\d+)/.exec(await c.cmd.info("commandstats"))?.[1] ?? 0);
}

beforeAll(async () => {
  if (!skip) redis = await startTestRedis();
});
afterAll(async () => {
  for (const c of conns) await c.close();
  await redis?.stop();
});

describe.skipIf(skip !== null)("Redis building blocks", () => {
  it("bridges cluster events to the other node exactly once, and keeps node-local events local", async () => {
    const [ca, cb] = [await connections(), await connections()];
    const [busA, busB] = [new EventBus(), new EventBus()];
    const stops = [bridgeEvents(busA, ca, "node-a"), bridgeEvents(busB, cb, "node-b")];
    const seen: Record<string, Array<[string, unknown]>> = { a: [], b: [] };
    for (const [name, bus] of [["a", busA], ["b", busB]] as const) {
      for (const ev of ["membership.changed", "plan.idle"] as Array<keyof DomainEvents>) bus.on(ev, (p) => seen[name]!.push([ev, p]));
    }
    await new Promise((r) => setTimeout(r, 300)); // readers positioned at the stream's end
    const change = { partnershipId: "p1", userId: "u1", role: null };
    busA.emit("membership.changed", change);
    busA.emit("plan.idle", { planId: "plan-1" });
    await waitFor(() => seen.b!.length > 0, "event on node B", 5_000);
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.b).toEqual([["membership.changed", change]]);
    expect(seen.a).toEqual([
      ["membership.changed", change],
      ["plan.idle", { planId: "plan-1" }],
    ]);
    for (const s of stops) s();
  });

  it("shares meeting state and never loses a concurrent change", async () => {
    const [ca, cb] = [await connections(), await connections()];
    const stores = [new RedisMeetingStore(ca.cmd), new RedisMeetingStore(cb.cmd)];
    const planId = `plan-${Date.now()}`;
    const initial = { version: 0 } as unknown as MeetingState;
    await stores[0]!.update(planId, () => initial);
    // 40 increments from two "nodes" at once: optimistic compare-and-set retries conflicts
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        stores[i % 2]!.update(planId, (cur) => ({ ...(cur as MeetingState), version: (cur as { version: number }).version + 1 }) as MeetingState),
      ),
    );
    expect(((await stores[1]!.get(planId)) as unknown as { version: number }).version).toBe(40);
    const { previous, next } = await stores[1]!.update(planId, () => null);
    expect(previous).not.toBeNull();
    expect(next).toBeNull();
    expect(await stores[0]!.get(planId)).toBeNull();
  });

  it("relays a burst of committed batches to the other node in seq order, as one message, never echoed", async () => {
    const [ca, cb] = [await connections(), await connections()];
    const relays = [new RedisDocRelay(ca, "node-a"), new RedisDocRelay(cb, "node-b")];
    const planId = `plan-relay-${Date.now()}`;
    const [ta, tb] = [recordingTarget(planId), recordingTarget(planId)];
    await relays[0]!.join(ta);
    await relays[1]!.join(tb);
    const publishedBefore = await publishCount(ca);
    // 200 commits of 1..3 updates, published back to back as a busy node does, then two awareness flushes
    const sent: RelayedUpdate[] = [];
    let seq = 1;
    for (let i = 0; i < 200; i++) {
      const batch = Array.from({ length: 1 + (i % 3) }, (_, k) => ({ data: new Uint8Array([(seq + k) & 255, (seq + k) >> 8]), userId: k % 2 ? "u1" : null }));
      relays[0]!.publishUpdates(planId, seq, batch);
      sent.push(...batch);
      seq += batch.length;
    }
    relays[0]!.publishAwareness(planId, encodeAwarenessFrame([{ clientId: 7, clock: 1, json: '{"n":"first"}' }]));
    relays[0]!.publishAwareness(planId, encodeAwarenessFrame([{ clientId: 7, clock: 2, json: '{"n":"second"}' }]));
    const received = () => tb.runs.reduce((n, r) => n + r.updates.length, 0);
    await waitFor(() => received() === sent.length && tb.frames.length > 0, "burst on node B", 5_000);
    await new Promise((r) => setTimeout(r, 200));

    // every update once, in seq order, with its author; runs follow each other
    expect(received()).toBe(sent.length);
    const flat = tb.runs.flatMap((r) => r.updates);
    expect(flat.map((u) => [...u.data])).toEqual(sent.map((u) => [...u.data]));
    expect(flat.map((u) => u.userId)).toEqual(sent.map((u) => u.userId));
    tb.runs.forEach((r, i) => expect(r.first).toBe(i === 0 ? 1 : tb.runs[i - 1]!.first + tb.runs[i - 1]!.updates.length));
    // published in one turn: one Redis message, so node B applies one run
    expect((await publishCount(ca)) - publishedBefore).toBe(1);
    expect(tb.runs).toHaveLength(1);
    // the newest awareness state arrived last
    const last = awarenessFrameEntries(tb.frames[tb.frames.length - 1]!);
    expect(last.find((e) => e.clientId === 7)).toEqual({ clientId: 7, clock: 2, json: '{"n":"second"}' });
    // node A never applies what it published itself
    expect(ta.runs).toEqual([]);
    expect(ta.frames).toEqual([]);
    for (const r of relays) r.close();
  });

  it("a busy node publishes at most once per interval: changes queued in later turns leave together, in seq order", async () => {
    const [ca, cb] = [await connections(), await connections()];
    const relays = [new RedisDocRelay(ca, "node-a", { publishIntervalMs: 300 }), new RedisDocRelay(cb, "node-b")];
    const planId = `plan-throttle-${Date.now()}`;
    const target = recordingTarget(planId);
    const runs = target.runs;
    await relays[1]!.join(target);
    const before = await publishCount(ca);
    const update = (seq: number): RelayedUpdate[] => [{ data: new Uint8Array([seq]), userId: null }];
    // the first change after a quiet spell leaves at once
    relays[0]!.publishUpdates(planId, 1, update(1));
    await waitFor(() => runs.length === 1, "first change on node B", 5_000);
    // five more, each in a turn of its own, 10 ms apart: they wait for the interval, then leave as one message
    for (let seq = 2; seq <= 6; seq++) {
      await new Promise((r) => setTimeout(r, 10));
      relays[0]!.publishUpdates(planId, seq, update(seq));
    }
    expect(runs).toHaveLength(1);
    await waitFor(() => runs.reduce((n, r) => n + r.updates.length, 0) === 6, "the rest on node B", 5_000);
    expect(runs.map((r) => ({ first: r.first, n: r.updates.length }))).toEqual([
      { first: 1, n: 1 },
      { first: 2, n: 5 },
    ]);
    expect((await publishCount(ca)) - before).toBe(2);
    for (const r of relays) r.close();
  });

  it("a node that closes publishes what it still held back", async () => {
    const [ca, cb] = [await connections(), await connections()];
    const sender = new RedisDocRelay(ca, "node-a", { publishIntervalMs: 60_000 });
    const receiver = new RedisDocRelay(cb, "node-b");
    const planId = `plan-close-${Date.now()}`;
    const target = recordingTarget(planId);
    const seqs = () => target.runs.flatMap((r) => r.updates.map((_, i) => r.first + i));
    await receiver.join(target);
    sender.publishUpdates(planId, 1, [{ data: new Uint8Array([1]), userId: null }]);
    await waitFor(() => seqs().length === 1, "first change on node B", 5_000);
    await new Promise((r) => setTimeout(r, 5));
    sender.publishUpdates(planId, 2, [{ data: new Uint8Array([2]), userId: null }]); // held back for a minute
    sender.close();
    await ca.close();
    await waitFor(() => seqs().length === 2, "the held-back change on node B", 5_000);
    expect(seqs()).toEqual([1, 2]);
    receiver.close();
  });

  it("reports health through an outage", async () => {
    const c = await connections();
    expect(await c.healthy()).toBe(true);
    let reconnected = 0;
    c.onReconnect(() => reconnected++);
    await redis!.stop("SIGKILL");
    await waitFor(async () => !(await c.healthy()), "unhealthy without redis", 5_000);
    await redis!.restart();
    await waitFor(() => c.healthy(), "healthy again", 10_000);
    await waitFor(() => reconnected === 1, "reconnect listener ran once", 5_000);
  });
});
