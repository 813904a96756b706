/**
 * Benchmark: findTerms over a ~100-page place plan (~300k characters of mixed council / NHS / VCSE prose).
 * Run: `node --import tsx tests/bench/findTerms.bench.ts`. Writes tests/bench/results/findTerms.json.
 * `run()` returns the same result object for a bench orchestrator.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { MODEL_VERSION, compileTermMatcher, findTerms, getOutcomesModel } from "@jigsaw/shared/outcomes/index";

/** The benchmark's result. */
export interface FindTermsBenchResult {
  name: "findTerms";
  modelVersion: string;
  textChars: number;
  approxPages: number;
  runs: number;
  spans: number;
  phrases: number;
  loadModelMs: number;
  compileMs: number;
  ms: { p50: number; p99: number; mean: number; min: number; max: number };
  charsPerMs: number;
  machine: { cpu: string; cores: number; node: string; platform: string; arch: string; totalMemGb: number; loadAvg1m: number };
  at: string;
}

const PARAGRAPHS = [
  "Our place-based partnership brings together the council, the ICB, the local NHS trusts, the VCSE alliance and Healthwatch. The JSNA shows that healthy life expectancy (HLE) in the most deprived neighbourhoods is more than ten years below the least deprived, and the slope index of inequality has widened since 2015.",
  "Through the Health and Wellbeing Board (HWBB) we will refresh the joint local health and wellbeing strategy. Priorities follow the Marmot principles, starting with giving every child the best start in life and creating fair employment and good work for all.",
  "Core20PLUS5 directs NHS effort to the Core20 population - people living in IMD quintile 1 - and to PLUS groups such as inclusion health groups, carers and people with a learning disability. Hypertension case-finding, SMI health checks and early cancer diagnosis are our first three clinical priorities.",
  "Levelling Up Mission 7 and the national mission for an NHS fit for the future both aim to narrow the gap in healthy life expectancy. The LUWP metrics sit alongside PHOF indicators and our own place outcomes; the CVS will lead engagement with seldom-heard communities.",
  "The integrated care strategy and the joint forward plan (JFP) commit partners to the three shifts: hospital to community, analogue to digital, and sickness to prevention. Digital exclusion remains a barrier for older residents and for many people on low incomes.",
  "We will use Results-Based Accountability and turn the curve exercises each quarter. Population accountability sits with the partnership as a whole; performance accountability sits with each service, which reports how much it did, how well, and whether anyone is better off.",
  "Housing quality matters: damp and mould drive childhood asthma admissions, and fuel poverty is above the England average in three wards. The council's housing team, the ICB place team and voluntary sector partners will work on warm homes together with the Better Care Fund (BCF).",
  "Mission 11 (crime) and the Serious Violence Duty bring the community safety partnership, police and NHS partners together. Young people who are NEET, care leavers and young carers are named as priority groups in the CYP PLUS considerations.",
  "Pride in place, belonging and community power are measured through the residents' survey; the ward forums, PCNs and the director of public health (DPH) will review progress every six months at the place board.",
  "Smoking prevalence has fallen but remains highest in routine and manual occupations. Stop smoking services will work with primary care networks, community pharmacies and the VCSE sector, and ethnicity recording will be improved to see who is missing out.",
];
const FILLER = [
  "Partners agreed the milestones and the budget for the coming year after two workshops with residents.",
  "The steering group noted risks around workforce, estates and data sharing, and asked for a revised timeline.",
  "Feedback from the listening events was mostly positive, though people asked for clearer information about opening times.",
  "The programme board will receive a short progress report at each meeting, with exceptions escalated to the sponsors.",
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Builds deterministic plan text of at least `targetChars` characters. */
export function buildPlanText(targetChars = 300_000, seed = 42): string {
  const rand = mulberry32(seed);
  const parts: string[] = [];
  let len = 0;
  let section = 1;
  while (len < targetChars) {
    const heading = `\n\n${section}. Section ${section}: our shared outcomes\n\n`;
    parts.push(heading);
    len += heading.length;
    for (let k = 0; k < 6; k++) {
      const p = rand() < 0.65 ? PARAGRAPHS[Math.floor(rand() * PARAGRAPHS.length)] : FILLER[Math.floor(rand() * FILLER.length)];
      parts.push(p, "\n\n");
      len += p.length + 2;
    }
    section++;
  }
  return parts.join("");
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Runs the benchmark and returns the result (does not write files). */
export function run(options: { runs?: number; chars?: number } = {}): FindTermsBenchResult {
  const runs = options.runs ?? 50;
  const text = buildPlanText(options.chars ?? 300_000);
  const t0 = performance.now();
  const model = getOutcomesModel();
  const loadModelMs = performance.now() - t0;
  const t1 = performance.now();
  const matcher = compileTermMatcher(model.terms);
  const compileMs = performance.now() - t1;
  // Warm up the memoised matcher used by findTerms and the JIT.
  let spans = findTerms(text, model).length;
  for (let i = 0; i < 3; i++) findTerms(text, model);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    spans = findTerms(text, model).length;
    times.push(performance.now() - s);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const cpus = os.cpus();
  return {
    name: "findTerms",
    modelVersion: MODEL_VERSION,
    textChars: text.length,
    approxPages: Math.round(text.length / 3000),
    runs,
    spans,
    phrases: matcher.phraseCount,
    loadModelMs: round(loadModelMs),
    compileMs: round(compileMs),
    ms: {
      p50: round(percentile(sorted, 50)),
      p99: round(percentile(sorted, 99)),
      mean: round(mean),
      min: round(sorted[0]),
      max: round(sorted[sorted.length - 1]),
    },
    charsPerMs: Math.round(text.length / percentile(sorted, 50)),
    machine: {
      cpu: cpus[0]?.model ?? "unknown",
      cores: cpus.length,
      node: process.version,
      platform: os.platform(),
      arch: os.arch(),
      totalMemGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
      /** 1-minute load average when the run ended: timings on a busy shared machine are noisy. */
      loadAvg1m: Math.round(os.loadavg()[0] * 100) / 100,
    },
    at: new Date().toISOString(),
  };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const result = run();
  const out = join(dirname(fileURLToPath(import.meta.url)), "results", "findTerms.json");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(
    `findTerms: ${result.textChars} chars (~${result.approxPages} pages), ${result.spans} spans, ${result.runs} runs\n` +
      `  p50 ${result.ms.p50} ms  p99 ${result.ms.p99} ms  (min ${result.ms.min}, max ${result.ms.max}; compile ${result.compileMs} ms, model load ${result.loadModelMs} ms)\n` +
      `  ${result.machine.cpu} x${result.machine.cores}, node ${result.machine.node}, load ${result.machine.loadAvg1m}\n` +
      `  wrote ${out}\n`,
  );
}
