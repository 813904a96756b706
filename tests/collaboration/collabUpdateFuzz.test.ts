/**
 * Property-based fuzzing of client updates (issue 18), fixed seeds: random and mutated sync update
 * frames from an editor never drop the document, never disconnect anyone else, and the others
 * converge afterwards. `npm run bench -- updateFuzz` runs many more seeds (UPDATE_FUZZ_SEEDS).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collaborationOnly } from "@jigsaw/server/src/services/buildServices.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { runUpdateFuzz } from "../utils/updateFuzz.ts";
import { createCollabFixture, type CollabFixture } from "../utils/yjsClient.ts";

/** Fixed seeds (a counterexample found by the bench is added here once fixed). */
const SEEDS = [1, 18, 779, 20260];
const RUNS_PER_SEED = 25;

let server: TestServer;
let fx: CollabFixture;
let editorCookie: string | null;

beforeAll(async () => {
  server = await startTestServer({ roles: collaborationOnly({ step2WaitMs: 150 }) });
  fx = await createCollabFixture(server, "place_plan");
  editorCookie = (await fx.addMember("editor")).api.cookieHeader;
});

afterAll(async () => {
  await server?.close();
});

describe("update fuzzing (fast-check, fixed seeds)", () => {
  it("keeps the document loaded and everyone else connected and converging", async () => {
    const result = await runUpdateFuzz(server, fx, editorCookie, SEEDS, RUNS_PER_SEED);
    expect(result.failures).toEqual([]);
    expect(result.frames).toBe(SEEDS.length * RUNS_PER_SEED);
    // the generator does reach the refusal path (and not only the parser)
    expect(result.closes["4400"] ?? 0).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  }, 60_000);
});
