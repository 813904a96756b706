/**
 * Benchmark: comment fan-out. 200 members sit in one plan room (socket.io,
 * websocket transport, real sessions); one member posts COMMENTS comments
 * (default 50) one after another through the REST API. For every comment and
 * every member we measure the delivery latency of `comment.changed`: from the
 * moment the POST was sent, and from the server's publish timestamp (`at`).
 * Server and clients share this process (one event loop for both, so the
 * numbers are an upper bound for the server alone).
 *
 * Run: `npm run bench -- commentFanout` or `node --import tsx tests/bench/commentFanout.bench.ts`.
 * Env: BENCH_FANOUT_MEMBERS (200), BENCH_FANOUT_COMMENTS (50).
 * Writes tests/bench/results/commentFanout.json.
 */
import { performance } from "node:perf_hooks";
import type { CommentChangedEvent } from "@jigsaw/shared/comments/events";
import { firstSectionId, writeSection } from "../utils/commentFixtures.ts";
import { createPartnership, createPlan, signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer } from "../utils/testServer.ts";
import { closeAllSockets, command, connectSocket, type TestSocket } from "../realtime/socketClient.ts";
import { machine, runIfMain, say, writeResult } from "./lib/common.ts";
import { addMembers, stats } from "./lib/commentBenchWorld.ts";

/** What the benchmark reports. */
export interface CommentFanoutResult {
  name: "commentFanout";
  members: number;
  comments: number;
  deliveries: { expected: number; received: number };
  latencyFromPostMs: ReturnType<typeof stats>;
  latencyFromPublishMs: ReturnType<typeof stats>;
  postMs: ReturnType<typeof stats>;
  machine: ReturnType<typeof machine>;
  at: string;
}

/** Run the benchmark and write its result file. */
export async function run(): Promise<CommentFanoutResult> {
  const members = Number(process.env.BENCH_FANOUT_MEMBERS ?? 200);
  const comments = Number(process.env.BENCH_FANOUT_COMMENTS ?? 50);
  const server = await startTestServer({ env: { LOG_LEVEL: "silent" } });
  const sockets: TestSocket[] = [];
  try {
    const fac = await signedUpClient(server, "Fiona");
    const partnership = await createPartnership(fac.client);
    const plan = await createPlan(fac.client, partnership.id);
    const sectionId = await firstSectionId(server, plan.id);
    await writeSection(server, plan.id, sectionId, ["Healthy life expectancy is 8 years lower in Northfield than in Southfield."]);
    say(`fan-out: creating ${members} members`);
    const people = await addMembers(server, partnership.id, fac.user.id, members, "commenter");
    const author = people[0]!;

    const fromPost: number[] = [];
    const fromPublish: number[] = [];
    const postMs: number[] = [];
    const sentAt = new Map<string, number>();
    const pendingByThread = new Map<string, CommentChangedEvent[]>();
    let received = 0;
    say(`fan-out: connecting ${members} sockets`);
    for (const m of people) {
      const socket = await connectSocket(server, m.client);
      const join = await command(socket, "plan.join", { planId: plan.id });
      if (!join.ok) throw new Error(`join failed: ${JSON.stringify(join)}`);
      socket.on("comment.changed", (p) => {
        const now = performance.now();
        const wall = Date.now();
        received++;
        fromPublish.push(wall - Date.parse(p.at));
        const t0 = sentAt.get(p.threadId);
        if (t0 === undefined) {
          const list = pendingByThread.get(p.threadId) ?? [];
          list.push(p);
          pendingByThread.set(p.threadId, list);
          // the POST has not returned yet: remember the receive time relative to the send
          (p as CommentChangedEvent & { _t?: number })._t = now;
        } else fromPost.push(now - t0);
      });
      sockets.push(socket);
    }

    say(`fan-out: posting ${comments} comments`);
    for (let i = 0; i < comments; i++) {
      const t0 = performance.now();
      const r = await author.client.post(`/api/plans/${plan.id}/comments`, { anchor: { kind: "section", sectionId }, body: `Comment ${i}: does this include **Core20PLUS5** data?` });
      const t1 = performance.now();
      if (r.status !== 201) throw new Error(`post failed: ${r.status} ${JSON.stringify(r.body)}`);
      postMs.push(t1 - t0);
      const threadId = r.body.data.id as string;
      sentAt.set(threadId, t0);
      for (const early of pendingByThread.get(threadId) ?? []) fromPost.push((early as CommentChangedEvent & { _t: number })._t - t0);
      pendingByThread.delete(threadId);
    }
    const deadline = Date.now() + 10_000;
    while (received < members * comments && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));

    const result: CommentFanoutResult = {
      name: "commentFanout",
      members,
      comments,
      deliveries: { expected: members * comments, received },
      latencyFromPostMs: stats(fromPost),
      latencyFromPublishMs: stats(fromPublish),
      postMs: stats(postMs),
      machine: machine(),
      at: new Date().toISOString(),
    };
    const file = writeResult("commentFanout", result);
    say(`fan-out: ${received}/${members * comments} delivered; p99 from post ${result.latencyFromPostMs.p99} ms, from publish ${result.latencyFromPublishMs.p99} ms -> ${file}`);
    return result;
  } finally {
    for (const s of sockets) s.close();
    closeAllSockets();
    await server.close();
  }
}

runIfMain(import.meta.url, run);
