import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { closeAllSockets, command, nextEvent, openSocket, type TestSocket } from "../realtime/socketClient.ts";
import { redisSkipReason, startTestRedis, type TestRedis } from "../utils/redisServer.ts";
import type { TestServer } from "../utils/testServer.ts";
import { tempDir } from "../utils/testServer.ts";
import { connectYjs, createCollabFixture, rawCollabSocket, waitFor, waitForConvergence, waitForSync, type CollabFixture, type YClient } from "../utils/yjsClient.ts";
import type { ApiClient } from "../utils/apiClient.ts";
import { appendMarker, missingFrom, readyStatus, startCluster, storedDoc, type Cluster } from "./cluster.ts";

const skip = redisSkipReason();
let redis: TestRedis | null = null;
let cluster: Cluster;
let fx: CollabFixture;
const clients: YClient[] = [];

/** Socket.io connection to a node (the socket helpers only use url and origin). */
async function socketTo(node: { url: string; origin: string }, api: ApiClient, origin = node.origin): Promise<TestSocket> {
  const s = openSocket(node as unknown as TestServer, api, { origin });
  await new Promise<void>((resolve, reject) => {
    s.once("connect", () => resolve());
    s.once("connect_error", (err) => reject(err));
  });
  return s;
}

function yjs(node: { url: string; origin: string }, api: ApiClient, doc?: Y.Doc): YClient {
  const c = connectYjs(node, api, fx.planId, doc ? { doc } : {});
  clients.push(c);
  return c;
}

/** Each client appends markers every few ms until stopped. */
function writers(list: YClient[], tag: string): { stop(): Promise<void> } {
  let stop = false;
  const loops = list.map(async (c, n) => {
    let k = 0;
    while (!stop) {
      if (c.provider.wsconnected) appendMarker(c, `[${tag}${n}-${k++}]`);
      await new Promise((r) => setTimeout(r, 15 + ((n * 7 + k * 3) % 20)));
    }
  });
  return {
    async stop() {
      stop = true;
      await Promise.all(loops);
    },
  };
}

beforeAll(async () => {
  if (skip) return;
  redis = await startTestRedis();
  cluster = await startCluster(tempDir("jigsaw-multinode-"), redis);
  fx = await createCollabFixture(cluster.a, "place_plan");
}, 120_000);

afterAll(async () => {
  closeAllSockets();
  for (const c of clients) c.destroy();
  await cluster?.stop();
  await redis?.stop();
});

describe.skipIf(skip !== null)("two nodes behind one Redis", () => {
  it("clients on node A and node B co-edit one plan and converge byte-identically", async () => {
    const { api: editor } = await fx.addMember("editor");
    const onA = [yjs(cluster.a, fx.facilitator), yjs(cluster.a, editor)];
    const onB = [yjs(cluster.b, fx.facilitator), yjs(cluster.b, editor)];
    await Promise.all([...onA, ...onB].map((c) => waitForSync(c)));
    expect(await readyStatus(cluster.a)).toBe(200);
    expect(await readyStatus(cluster.b)).toBe(200);

    const w = writers([...onA, ...onB], "c");
    await new Promise((r) => setTimeout(r, 1_500));
    await w.stop();
    await waitForConvergence([...onA, ...onB]);
    // every client saw the others' markers, whichever node they are on
    const text = JSON.stringify(onB[0]!.doc.toJSON());
    for (const tag of ["[c0-0]", "[c1-0]", "[c2-0]", "[c3-0]"]) expect(text).toContain(tag);
    // and storage holds exactly the same state
    await waitFor(async () => Buffer.from(Y.encodeStateAsUpdate(await storedDoc(cluster.dataDir, fx.planId))).equals(Buffer.from(Y.encodeStateAsUpdate(onA[0]!.doc))), "stored state", 10_000);
    for (const c of [...onA, ...onB]) c.destroy();
  });

  it("a plan renamed through node A reaches a member's socket on node B live", async () => {
    const { api: member } = await fx.addMember("commenter");
    const sock = await socketTo(cluster.b, member);
    const changed = nextEvent(sock, "plan.changed", (p) => p.planId === fx.planId);
    const r = await fx.facilitator.patch(`/api/plans/${fx.planId}`, { title: "Renamed on node A" });
    expect(r.status).toBe(200);
    expect(await changed).toEqual({ partnershipId: fx.partnershipId, planId: fx.planId });
    sock.close();
  });

  it("a meeting started on node A is broadcast to node B and its state is shared", async () => {
    const { api: member } = await fx.addMember("editor");
    const fac = await socketTo(cluster.a, fx.facilitator);
    const onB = await socketTo(cluster.b, member);
    expect((await command(fac, "plan.join", { planId: fx.planId })).ok).toBe(true);
    const joined = await command(onB, "plan.join", { planId: fx.planId });
    // presence spans both nodes (fetchSockets through the adapter)
    expect(joined.ok && joined.data.members.length).toBe(2);
    const started = nextEvent(onB, "meeting.started");
    const agenda = [{ sectionId: "sec-1", title: "Vision" }];
    expect((await command(fac, "meeting.start", { planId: fx.planId, agenda })).ok).toBe(true);
    expect((await started).meeting.focusSectionId).toBe("sec-1");
    // a late joiner on node B sees the meeting node A started (shared store)
    const late = await socketTo(cluster.b, fx.facilitator);
    const snap = await command(late, "plan.join", { planId: fx.planId });
    expect(snap.ok && snap.data.meeting?.focusSectionId).toBe("sec-1");
    // and may end it from node B; node A hears it
    const ended = nextEvent(fac, "meeting.ended");
    expect((await command(late, "meeting.end", { planId: fx.planId })).ok).toBe(true);
    await ended;
    for (const s of [fac, onB, late]) s.close();
  });

  it("a member removed on node A is disconnected on node B (Yjs 4205, socket.io evicted)", async () => {
    const { api: member, userId } = await fx.addMember("editor");
    const y = yjs(cluster.b, member);
    await waitForSync(y);
    const sock = await socketTo(cluster.b, member);
    expect((await command(sock, "plan.join", { planId: fx.planId })).ok).toBe(true);
    const left = nextEvent(sock, "plan.left");
    const roleGone = nextEvent(sock, "membership.changed", (p) => p.role === null);

    const r = await fx.facilitator.delete(`/api/partnerships/${fx.partnershipId}/members/${userId}`);
    expect(r.status).toBe(204);
    await waitFor(() => y.closeCodes.includes(4205), "4205 on node B", 2_000);
    expect(await left).toEqual({ planId: fx.planId, reason: "access_removed" });
    expect(await roleGone).toEqual({ partnershipId: fx.partnershipId, role: null });
    // and it cannot come back through either node
    expect((await command(sock, "plan.join", { planId: fx.planId })).ok).toBe(false);
    y.destroy();
    await expect(rawCollabSocket(cluster.b, fx.planId, { cookie: member.cookieHeader, origin: cluster.b.origin })).rejects.toMatchObject({ status: 404 });
    sock.close();
  });

  it("a session signed out on node A is cut on node B, whose reused upgrade decision goes with it", async () => {
    const { api: member } = await fx.addMember("editor");
    const cookie = member.cookieHeader;
    // node B decides once, then reuses that decision while this socket is open
    const y = yjs(cluster.b, member);
    await waitForSync(y);
    // and its socket.io connection on node B (issue 18: it stayed open, still receiving pushes)
    const sock = await socketTo(cluster.b, member);
    const sockGone = new Promise<string>((resolve) => sock.once("disconnect", resolve));
    const r = await member.post("/api/auth/signout"); // through node A
    expect(r.status).toBe(204);
    await waitFor(() => y.closeCodes.includes(4401), "4401 on node B", 5_000);
    expect(await sockGone).toBe("io server disconnect");
    y.destroy();
    await expect(rawCollabSocket(cluster.b, fx.planId, { cookie, origin: cluster.b.origin })).rejects.toMatchObject({ status: 401 });
  });

  it("Redis restarted mid-meeting: edits made during the outage reach the other node afterwards", async () => {
    const onA = [yjs(cluster.a, fx.facilitator)];
    const onB = [yjs(cluster.b, fx.facilitator)];
    await Promise.all([...onA, ...onB].map((c) => waitForSync(c)));
    const sock = await socketTo(cluster.b, fx.facilitator);
    const w = writers([...onA, ...onB], "r");
    await new Promise((r) => setTimeout(r, 500));
    await w.stop();
    // every node holds every change before the outage: a node that missed the other's last relay message
    // (held up to RELAY_BATCH_MS) would find the gap at its next append and re-read storage a second later,
    // picking up the other node's outage edit before Redis is back
    await waitForConvergence([...onA, ...onB], undefined, 10_000);

    await redis!.stop("SIGKILL");
    await waitFor(async () => (await readyStatus(cluster.a)) === 503 && (await readyStatus(cluster.b)) === 503, "not ready without redis", 5_000);
    // only B edits: nothing can tell A (no relay, and A stores nothing that would reveal a seq gap)
    appendMarker(onB[0]!, "[during-outage-B]");
    await new Promise((r) => setTimeout(r, 1_000));
    expect(JSON.stringify(onA[0]!.doc.toJSON())).not.toContain("[during-outage-B]");
    // a quiet B cannot learn about A's outage edit either (A may pick B's up from storage: its own seq jumps)
    appendMarker(onA[0]!, "[during-outage-A]");
    await new Promise((r) => setTimeout(r, 1_000));
    expect(JSON.stringify(onB[0]!.doc.toJSON())).not.toContain("[during-outage-A]");

    await redis!.restart();
    await waitFor(async () => (await readyStatus(cluster.a)) === 200 && (await readyStatus(cluster.b)) === 200, "ready again", 10_000);
    // after the reconnect both nodes resync from storage
    await waitForConvergence([...onA, ...onB], undefined, 10_000);
    expect(JSON.stringify(onA[0]!.doc.toJSON())).toContain("[during-outage-B]");
    expect(JSON.stringify(onB[0]!.doc.toJSON())).toContain("[during-outage-A]");

    // live relay and cross-node socket.io work again after the restart
    appendMarker(onA[0]!, "[after-restart-A]");
    await waitFor(() => JSON.stringify(onB[0]!.doc.toJSON()).includes("[after-restart-A]"), "relay after restart", 5_000);
    const changed = nextEvent(sock, "plan.changed", (p) => p.planId === fx.planId);
    expect((await fx.facilitator.patch(`/api/plans/${fx.planId}`, { title: "After the Redis restart" })).status).toBe(200);
    await changed;
    sock.close();
    for (const c of [...onA, ...onB]) c.destroy();
  });

  it("node A is SIGKILLed mid-edit while Redis is down: its clients reconnect to node B and nothing is lost", async () => {
    const { api: editor } = await fx.addMember("editor");
    const onA = [yjs(cluster.a, fx.facilitator), yjs(cluster.a, editor)];
    const onB = [yjs(cluster.b, editor)];
    await Promise.all([...onA, ...onB].map((c) => waitForSync(c)));
    const w = writers([...onA, ...onB], "k");
    await new Promise((r) => setTimeout(r, 500));
    // the worst case: A's last updates (stored, relayed to A's clients) never reach B through Redis
    await redis!.stop("SIGKILL");
    await new Promise((r) => setTimeout(r, 500));
    await cluster.a.kill("SIGKILL");
    await w.stop();
    // everything any client received from a server before the kill
    const received = [...onA, ...onB].flatMap((c) => c.received.slice());
    expect(received.length).toBeGreaterThan(5);

    // A's clients keep their documents and reconnect to B (as through a load balancer)
    const moved = onA.map((c, i) => {
      c.provider.destroy();
      return yjs(cluster.b, i === 0 ? fx.facilitator : editor, c.doc);
    });
    await Promise.all(moved.map((c) => waitForSync(c)));
    await waitForConvergence([...moved, ...onB], undefined, 10_000);
    for (const c of [...moved, ...onB]) expect(c.closeCodes).toEqual([]);
    const reader = yjs(cluster.b, fx.facilitator);
    await waitForSync(reader);
    expect(missingFrom(reader.doc, received)).toBe(0);
    expect(missingFrom(await storedDoc(cluster.dataDir, fx.planId), received)).toBe(0);
    // whatever A's clients had locally (acked or not) is now on B too
    for (const c of moved) expect(Buffer.from(Y.encodeStateAsUpdate(c.doc)).equals(Buffer.from(Y.encodeStateAsUpdate(reader.doc)))).toBe(true);

    await redis!.restart();
    await waitFor(async () => (await readyStatus(cluster.b)) === 200, "B ready again", 10_000);
  });
});
