/**
 * Soak of the update fuzzer (issue 18): `tests/utils/updateFuzz.ts` over many fast-check seeds
 * against one server; `npm test` runs a fixed handful (tests/collaboration/collabUpdateFuzz.test.ts).
 * Any counterexample fails the bench and is printed with its seed, path and frame (add the frame
 * to tests/fixtures/malformed and the seed to the test once fixed).
 *
 * Run: `npm run bench -- updateFuzz`. Env: UPDATE_FUZZ_SEEDS (200), UPDATE_FUZZ_RUNS (25 frames per
 * seed), UPDATE_FUZZ_FIRST_SEED (1). Writes tests/bench/results/updateFuzz.json.
 */
import { collaborationOnly } from "@jigsaw/server/src/services/buildServices.ts";
import { startTestServer } from "../utils/testServer.ts";
import { runUpdateFuzz, type UpdateFuzzResult } from "../utils/updateFuzz.ts";
import { createCollabFixture } from "../utils/yjsClient.ts";
import { machine, runIfMain, say, writeResult } from "./lib/common.ts";

/** What the benchmark reports. */
export interface UpdateFuzzBenchResult extends Omit<UpdateFuzzResult, "seeds"> {
  name: "updateFuzz";
  firstSeed: number;
  seedCount: number;
  framesPerSecond: number;
  machine: ReturnType<typeof machine>;
  at: string;
}

/** Run the soak and write its result file; throws when the property failed. */
export async function run(): Promise<UpdateFuzzBenchResult> {
  const count = Number(process.env.UPDATE_FUZZ_SEEDS ?? 200);
  const runs = Number(process.env.UPDATE_FUZZ_RUNS ?? 25);
  const first = Number(process.env.UPDATE_FUZZ_FIRST_SEED ?? 1);
  const server = await startTestServer({ roles: collaborationOnly({ step2WaitMs: 150 }) });
  try {
    const fx = await createCollabFixture(server, "place_plan");
    const editor = await fx.addMember("editor");
    const seeds = Array.from({ length: count }, (_, i) => first + i);
    const started = performance.now();
    // in batches, so progress shows and one fixture's doc does not grow without end
    const total: UpdateFuzzResult = { seeds, frames: 0, closes: {}, refused: {}, failures: [] };
    for (let i = 0; i < seeds.length && total.failures.length === 0; i += 20) {
      const r = await runUpdateFuzz(server, fx, editor.api.cookieHeader, seeds.slice(i, i + 20), runs);
      total.frames += r.frames;
      for (const [code, n] of Object.entries(r.closes)) total.closes[code] = (total.closes[code] ?? 0) + n;
      total.refused = r.refused;
      total.failures.push(...r.failures);
      say(`updateFuzz: seeds ${seeds[i]}..${seeds[Math.min(i + 19, seeds.length - 1)]}: ${total.frames} frames, ${total.failures.length} failures`);
    }
    const seconds = (performance.now() - started) / 1000;
    const { seeds: _seeds, ...rest } = total;
    const result: UpdateFuzzBenchResult = {
      name: "updateFuzz",
      firstSeed: first,
      seedCount: count,
      ...rest,
      framesPerSecond: Math.round(total.frames / seconds),
      machine: machine(),
      at: new Date().toISOString(),
    };
    writeResult("updateFuzz", result);
    if (total.failures.length > 0) throw new Error(`update fuzzing found counterexamples:\n${total.failures.join("\n")}`);
    return result;
  } finally {
    await server.close();
  }
}

runIfMain(import.meta.url, run);
