import { it, expect } from "vitest";
import { startTestRedis } from "../utils/redisServer.ts";
import { tempDir } from "../utils/testServer.ts";
import { connectYjs, createCollabFixture, waitForSync } from "../utils/yjsClient.ts";
import { startCluster, readyStatus } from "./cluster.ts";

it("debug: redis down then connect", async () => {
  const redis = await startTestRedis();
  const cluster = await startCluster(tempDir("dbg-"), redis);
  const fx = await createCollabFixture(cluster.a, "place_plan");
  const c0 = connectYjs(cluster.b, fx.facilitator, fx.planId);
  await waitForSync(c0);
  await redis.stop();
  const t0 = Date.now();
  const c1 = connectYjs(cluster.b, fx.facilitator, fx.planId);
  await waitForSync(c1, 20000).catch((e) => console.log("c1 fail", e.message));
  console.log("c1 synced after", Date.now() - t0, await readyStatus(cluster.b));
  const c2 = connectYjs(cluster.a, fx.facilitator, fx.planId);
  await waitForSync(c2, 20000).catch((e) => console.log("c2 fail", e.message));
  console.log("c2 synced after", Date.now() - t0);
  c0.destroy(); c1.destroy(); c2.destroy();
  await cluster.stop();
}, 90000);
