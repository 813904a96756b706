/**
 * Benchmark: search over 10,000 comments (plus plan text) in the embedded
 * store (SQLite FTS5). Comments are spread over two partnerships and eight
 * plans; the searching member belongs to one partnership. QUERIES queries
 * (default 400) of one to three words drawn from the corpus vocabulary go
 * through `GET /api/search` (HTTP, session, permission filter, snippets); the
 * index call alone is timed too.
 *
 * Run: `npm run bench -- search` or `node --import tsx tests/bench/search.bench.ts`.
 * Env: BENCH_SEARCH_COMMENTS (10000), BENCH_SEARCH_QUERIES (400).
 * Writes tests/bench/results/search.json.
 */
import crypto from "node:crypto";
import { performance } from "node:perf_hooks";
import { searchTerms } from "@jigsaw/shared/comments/searchText";
import type { CommentRecord } from "@jigsaw/server/src/domain/comment.ts";
import type { EmbeddedStorage } from "@jigsaw/server/src/storage/embedded/embeddedStorage.ts";
import { createPartnership, createPlan, signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer } from "../utils/testServer.ts";
import { machine, runIfMain, say, writeResult } from "./lib/common.ts";
import { stats } from "./lib/commentBenchWorld.ts";

/** What the benchmark reports. */
export interface SearchBenchResult {
  name: "search";
  comments: number;
  queries: number;
  meanHits: number;
  foreignHits: number;
  seedSeconds: number;
  httpMs: ReturnType<typeof stats>;
  indexMs: ReturnType<typeof stats>;
  machine: ReturnType<typeof machine>;
  at: string;
}

const WORDS = (
  "housing damp mould asthma admissions warm homes grants fuel poverty loneliness older people social prescribing " +
  "hypertension screening smoking cessation pharmacy primary care networks healthy life expectancy deprivation " +
  "children best start school readiness employment skills transport green space air quality obesity physical " +
  "activity mental health crisis carers learning disability inclusion health homelessness substance misuse alcohol " +
  "community safety violence youth volunteers faith groups libraries digital exclusion data sharing budget workforce"
).split(" ");

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Run the benchmark and write its result file. */
export async function run(): Promise<SearchBenchResult> {
  const total = Number(process.env.BENCH_SEARCH_COMMENTS ?? 10_000);
  const queries = Number(process.env.BENCH_SEARCH_QUERIES ?? 400);
  const server = await startTestServer();
  const rnd = rng(424242);
  const pick = () => WORDS[Math.floor(rnd() * WORDS.length)]!;
  try {
    const mine = await signedUpClient(server, "Mina");
    const theirs = await signedUpClient(server, "Theo");
    const p1 = await createPartnership(mine.client, "Riverside");
    const p2 = await createPartnership(theirs.client, "Hillside");
    const plans = [
      ...(await Promise.all([0, 1, 2, 3].map((i) => createPlan(mine.client, p1.id, `Riverside plan ${i}`)))),
      ...(await Promise.all([0, 1, 2, 3].map((i) => createPlan(theirs.client, p2.id, `Hillside plan ${i}`)))),
    ];
    say(`search: writing ${total} comments`);
    // Seeding only: skip the per-commit fsync of the embedded store (restored before measuring).
    const db = (server.ctx.storage as Partial<EmbeddedStorage>).db;
    db?.pragma("synchronous = OFF");
    const t0 = performance.now();
    const base = Date.now();
    for (let i = 0; i < total; i++) {
      const plan = plans[i % plans.length]!;
      const words = Array.from({ length: 12 + Math.floor(rnd() * 30) }, pick).join(" ");
      const cid = crypto.randomBytes(12).toString("base64url");
      const c: CommentRecord = {
        id: cid,
        planId: plan.id,
        partnershipId: plan.partnershipId,
        threadId: cid,
        parentId: null,
        authorId: plan.partnershipId === p1.id ? mine.user.id : theirs.user.id,
        body: `Comment ${i}: ${words}`,
        searchText: `Comment ${i}: ${words}`,
        authorOrganisation: null,
        authorSector: null,
        anchor: JSON.stringify({ kind: "section", sectionId: "s1" }),
        createdAt: new Date(base + i).toISOString(),
        editedAt: null,
        deletedAt: null,
        resolvedAt: null,
        resolvedBy: null,
      };
      await server.ctx.storage.comments.create(c);
    }
    const seedSeconds = (performance.now() - t0) / 1000;
    db?.pragma(`synchronous = ${server.ctx.config.sqliteSynchronous === "full" ? "FULL" : "NORMAL"}`);
    // warm: index the plans' text once (the first search of a process does this); a
    // keep-alive connection idle through the seed may have been closed, so retry once
    await mine.client.get("/api/search?q=housing").catch(() => mine.client.get("/api/search?q=housing"));

    const httpMs: number[] = [];
    const indexMs: number[] = [];
    let hits = 0;
    let foreign = 0;
    say(`search: ${queries} queries`);
    for (let i = 0; i < queries; i++) {
      const q = Array.from({ length: 1 + Math.floor(rnd() * 3) }, pick).join(" ");
      const a = performance.now();
      const r = await mine.client.get(`/api/search?q=${encodeURIComponent(q)}`);
      httpMs.push(performance.now() - a);
      if (r.status !== 200) throw new Error(`search failed: ${r.status}`);
      const data = r.body.data as Array<{ partnershipId: string }>;
      hits += data.length;
      foreign += data.filter((h) => h.partnershipId !== p1.id).length;
      const b = performance.now();
      await server.ctx.storage.search.search([p1.id], searchTerms(q), 20);
      indexMs.push(performance.now() - b);
    }
    const result: SearchBenchResult = {
      name: "search",
      comments: total,
      queries,
      meanHits: Math.round((hits / queries) * 10) / 10,
      foreignHits: foreign,
      seedSeconds: Math.round(seedSeconds * 10) / 10,
      httpMs: stats(httpMs),
      indexMs: stats(indexMs),
      machine: machine(),
      at: new Date().toISOString(),
    };
    const file = writeResult("search", result);
    say(`search: p99 ${result.httpMs.p99} ms over HTTP, ${result.indexMs.p99} ms in the index; foreign hits ${foreign} -> ${file}`);
    if (foreign > 0) throw new Error(`search returned ${foreign} hits from another partnership`);
    return result;
  } finally {
    await server.close();
  }
}

runIfMain(import.meta.url, run);
