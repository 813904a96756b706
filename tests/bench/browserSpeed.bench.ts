/**
 * Speed a person feels (issue 21), in Debian Chromium against the production
 * server (compiled client, embedded store) on the same host:
 * - click-to-editable: from clicking a plan on the partnership page (cold
 *   cache: a fresh browser context each time) to its editor accepting input
 *   (the first section's), and to every section's editor accepting input;
 * - the plan route's JavaScript for a cold direct load of `/plans/:id`: the
 *   initial JavaScript (what the route loads up front, before any part loaded
 *   on demand; tests/utils/buildManifest.ts) on the wire, and everything
 *   requested before the editor was editable, on the wire and decoded;
 * - keystroke to a second window: with 6 windows on one plan, from a key press
 *   in one to the character in each of the other five;
 * - the facilitator's Next to a follower's screen: from the click to the
 *   meeting bar naming the next item in each of the five others.
 * Medians of BENCH_REPS (5) cold loads; keystrokes and Nexts pooled.
 *
 * Run: `npm run bench -- browserSpeed` (builds the client first unless BENCH_NO_BUILD=1).
 * Writes tests/bench/results/browserSpeed.json.
 */
import { execFileSync } from "node:child_process";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { hasChromium, launchBrowser, signedInContext } from "../utils/browser.ts";
import { initialJsFiles, readManifest } from "../utils/buildManifest.ts";
import { machine, median, percentile, repoRoot, round, runIfMain, say, writeResult } from "./lib/common.ts";
import { copySeed, removeDir, seedJigsaw } from "./lib/jigsawSeed.ts";
import { startServer } from "./lib/servers.ts";

const WINDOWS = 6;
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 30);
const NEXTS = Number(process.env.BENCH_NEXTS ?? 6);
/** A character nobody types by accident: each keystroke adds one. */
const MARK = "ǫ";

interface ColdLoad {
  /** From the click to the first section's editor accepting input. */
  clickToEditableMs: number;
  /** From the click to every section's editor accepting input (they are built one after another). */
  clickToAllEditableMs: number;
  /** JavaScript fetched up front for the route (entry, plan page, editor shell: tests/utils/buildManifest.ts), on the wire. */
  planRouteInitialJsTransferKB: number;
  /** JavaScript requested before the editor was editable (the rich-text editor's code included), on the wire. */
  planRouteJsTransferKB: number;
  planRouteJsDecodedKB: number;
  planRouteJsFiles: number;
}

/**
 * A signed-in 1280×720 context. tsx compiles this file with esbuild's keepNames, which wraps
 * named functions inside `page.evaluate` callbacks in `__name(...)`: give pages a no-op one.
 */
async function benchContext(browser: Browser, origin: string, cookie: string): Promise<BrowserContext> {
  const ctx = await signedInContext(browser, origin, cookie, { width: 1280, height: 720 });
  await ctx.addInitScript("window.__name = (f) => f");
  return ctx;
}

const editableSelector = ".plan-editor[data-ready='true'] .ProseMirror[contenteditable='true']";

/** From the click on a plan to its first section accepting input, and to every section's editor accepting input. */
async function coldClickToEditable(browser: Browser, origin: string, cookie: string, partnershipId: string, planId: string): Promise<{ first: number; all: number }> {
  const ctx = await benchContext(browser, origin, cookie);
  try {
    const page = await ctx.newPage();
    await page.goto(`/partnerships/${partnershipId}/plans`);
    const link = page.locator(`a[href='/plans/${planId}']`).first();
    await link.waitFor({ timeout: 30_000 });
    // a watcher that notes the moments the editors become editable, from before the click
    await page.evaluate((sel) => {
      const w = window as unknown as { __editableAt?: number; __allEditableAt?: number };
      const check = () => {
        const now = performance.now();
        if (w.__editableAt === undefined && document.querySelector(sel)) w.__editableAt = now;
        const sections = document.querySelectorAll(".plan-editor[data-ready='true'] .plan-section").length;
        if (w.__allEditableAt === undefined && sections > 0 && document.querySelectorAll(`${sel}[data-section-body]`).length === sections) w.__allEditableAt = now;
      };
      new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
    }, editableSelector);
    const t0 = await page.evaluate(() => performance.now());
    await link.click();
    await page.waitForFunction(() => (window as unknown as { __allEditableAt?: number }).__allEditableAt !== undefined, undefined, { timeout: 60_000 });
    const [first, all] = await page.evaluate(() => {
      const w = window as unknown as { __editableAt: number; __allEditableAt: number };
      return [w.__editableAt, w.__allEditableAt];
    });
    return { first: first - t0, all: all - t0 };
  } finally {
    await ctx.close();
  }
}

async function coldPlanRouteJs(browser: Browser, origin: string, cookie: string, planId: string, initial: ReadonlySet<string>): Promise<Omit<ColdLoad, "clickToEditableMs" | "clickToAllEditableMs">> {
  const ctx = await benchContext(browser, origin, cookie);
  try {
    // note the moment the editor becomes editable, from the first byte of the page
    await ctx.addInitScript(`(() => {
      const sel = ${JSON.stringify(editableSelector)};
      const check = () => { if (window.__editableAt === undefined && document.querySelector(sel)) window.__editableAt = performance.now(); };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
    })()`);
    const page = await ctx.newPage();
    await page.goto(`/plans/${planId}`);
    await page.locator(editableSelector).first().waitFor({ timeout: 60_000 });
    // requests started before that moment may finish after it: give them time to land in the resource timings
    await page.waitForTimeout(2000);
    const js = await page.evaluate(() => {
      const editableAt = (window as unknown as { __editableAt: number }).__editableAt;
      return (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
        .filter((r) => new URL(r.name).pathname.endsWith(".js") && r.startTime <= editableAt)
        .map((r) => ({ path: new URL(r.name).pathname, transfer: r.encodedBodySize, decoded: r.decodedBodySize }));
    });
    return {
      planRouteInitialJsTransferKB: round(js.filter((r) => initial.has(r.path)).reduce((s, r) => s + r.transfer, 0) / 1024, 1),
      planRouteJsTransferKB: round(js.reduce((s, r) => s + r.transfer, 0) / 1024, 1),
      planRouteJsDecodedKB: round(js.reduce((s, r) => s + r.decoded, 0) / 1024, 1),
      planRouteJsFiles: js.length,
    };
  } finally {
    await ctx.close();
  }
}

async function openPlan(ctx: BrowserContext, planId: string): Promise<Page> {
  const page = await ctx.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(`/plans/${planId}`);
  await page.locator(editableSelector).first().waitFor();
  await page.getByRole("status").filter({ hasText: /Connected/ }).first().waitFor();
  return page;
}

/** In each observer: note when the first section's text holds `count` marks, for every count. */
async function watchMarks(page: Page): Promise<void> {
  await page.evaluate((mark) => {
    const w = window as unknown as { __marks: Record<number, number> };
    w.__marks = {};
    const body = document.querySelector(".plan-section .ProseMirror")!;
    const count = () => (body.textContent ?? "").split(mark).length - 1;
    new MutationObserver(() => {
      const n = count();
      if (w.__marks[n] === undefined) w.__marks[n] = performance.timeOrigin + performance.now();
    }).observe(body, { subtree: true, childList: true, characterData: true });
  }, MARK);
}

async function keystrokeLatencies(pages: Page[]): Promise<number[]> {
  const [writer, ...observers] = pages as [Page, ...Page[]];
  await Promise.all(observers.map(watchMarks));
  const editor = writer.locator(".plan-section .ProseMirror").first();
  await editor.click();
  await writer.keyboard.press("End");
  await writer.evaluate(() => {
    const w = window as unknown as { __keysAt: number[] };
    w.__keysAt = [];
    document.addEventListener("beforeinput", () => w.__keysAt.push(performance.timeOrigin + performance.now()), true);
  });
  for (let i = 1; i <= KEYSTROKES; i++) {
    await writer.keyboard.type(MARK);
    await writer.waitForTimeout(150);
  }
  // the input event in the writer's page starts the clock (index 0 is the first keystroke)
  const sentAt = [NaN, ...(await writer.evaluate(() => (window as unknown as { __keysAt: number[] }).__keysAt))];
  await writer.waitForTimeout(1000);
  const out: number[] = [];
  for (const o of observers) {
    const marks = await o.evaluate(() => (window as unknown as { __marks: Record<number, number> }).__marks);
    for (let i = 1; i <= KEYSTROKES; i++) if (marks[i] !== undefined) out.push(marks[i]! - sentAt[i]!);
  }
  return out;
}

async function nextLatencies(pages: Page[]): Promise<number[]> {
  const [fac, ...followers] = pages as [Page, ...Page[]];
  await fac.evaluate(() =>
    document.addEventListener(
      "click",
      (e) => {
        if ((e.target as Element).closest("[aria-label^='Next item']")) (window as unknown as { __clickAt: number }).__clickAt = performance.timeOrigin + performance.now();
      },
      true,
    ),
  );
  await fac.getByRole("button", { name: "Start meeting" }).click();
  await Promise.all(followers.map((p) => p.locator(".meeting-bar__item").first().waitFor()));
  const out: number[] = [];
  for (let i = 0; i < NEXTS; i++) {
    const next = fac.getByRole("button", { name: /^Next item/ });
    if (await next.isDisabled()) break;
    const label = await fac.locator(".meeting-bar__item").textContent();
    await Promise.all(
      followers.map((p) =>
        p.evaluate((before) => {
          const w = window as unknown as { __nextAt?: number };
          w.__nextAt = undefined;
          const item = () => document.querySelector(".meeting-bar__item")?.textContent;
          const obs = new MutationObserver(() => {
            if (item() !== before && w.__nextAt === undefined) {
              w.__nextAt = performance.timeOrigin + performance.now();
              obs.disconnect();
            }
          });
          obs.observe(document.body, { subtree: true, childList: true, characterData: true });
        }, label),
      ),
    );
    await next.click();
    // from the click event in the facilitator's page (not from Playwright's call, which first waits for the button to be stable)
    const t0 = await fac.evaluate(() => (window as unknown as { __clickAt: number }).__clickAt);
    for (const p of followers) {
      await p.waitForFunction(() => (window as unknown as { __nextAt?: number }).__nextAt !== undefined, undefined, { timeout: 15_000 });
      out.push((await p.evaluate(() => (window as unknown as { __nextAt: number }).__nextAt)) - t0);
    }
    await fac.waitForTimeout(300);
  }
  return out;
}

const stats = (xs: number[]) => {
  const s = Float64Array.from(xs).sort();
  return { n: xs.length, p50: round(percentile(s, 50), 1), p95: round(percentile(s, 95), 1), max: round(s[s.length - 1] ?? NaN, 1) };
};

/** Run the browser speed benchmark. */
export async function run(): Promise<unknown> {
  if (!hasChromium()) throw new Error("browserSpeed needs Chromium at /usr/bin/chromium (run .ci/run)");
  const reps = Number(process.env.BENCH_REPS ?? 5);
  if (process.env.BENCH_NO_BUILD !== "1") execFileSync("npm", ["run", "build", "-w", "@jigsaw/client"], { cwd: repoRoot, stdio: "ignore" });
  const started = new Date().toISOString();
  const machineAtStart = machine();
  const seed = await seedJigsaw({ users: WINDOWS, plans: 1, template: "place_plan" });
  const dataDir = copySeed(seed);
  const server = await startServer("jigsaw", { dataDir });
  const browser = await launchBrowser();
  try {
    const planId = seed.planIds[0]!;
    const initial = new Set(initialJsFiles(readManifest()).map((f) => `/${f}`));
    const cold: ColdLoad[] = [];
    for (let r = 1; r <= reps; r++) {
      const editable = await coldClickToEditable(browser, server.origin, seed.cookies[1]!, seed.partnershipId, planId);
      const clickToEditableMs = round(editable.first, 1);
      const clickToAllEditableMs = round(editable.all, 1);
      const js = await coldPlanRouteJs(browser, server.origin, seed.cookies[1]!, planId, initial);
      cold.push({ clickToEditableMs, clickToAllEditableMs, ...js });
      say(`browserSpeed cold ${r}: click-to-editable ${clickToEditableMs} ms (every section ${clickToAllEditableMs} ms), plan route initial JS ${js.planRouteInitialJsTransferKB} KB, JS until editable ${js.planRouteJsTransferKB} KB on the wire (${js.planRouteJsDecodedKB} KB decoded, ${js.planRouteJsFiles} files)`);
    }
    const contexts = await Promise.all(seed.cookies.slice(0, WINDOWS).map((c) => benchContext(browser, server.origin, c)));
    const pages: Page[] = [];
    for (const ctx of contexts) pages.push(await openPlan(ctx, planId));
    const keys = await keystrokeLatencies([pages[1]!, ...pages.filter((_, i) => i !== 1)]);
    say(`browserSpeed keystroke → other windows: ${JSON.stringify(stats(keys))}`);
    const nexts = await nextLatencies(pages);
    say(`browserSpeed Next → followers: ${JSON.stringify(stats(nexts))}`);
    for (const ctx of contexts) await ctx.close();
    const summary = {
      clickToEditableMs: round(median(cold.map((c) => c.clickToEditableMs)), 1),
      clickToAllEditableMs: round(median(cold.map((c) => c.clickToAllEditableMs)), 1),
      planRouteInitialJsTransferKB: round(median(cold.map((c) => c.planRouteInitialJsTransferKB)), 1),
      planRouteJsTransferKB: round(median(cold.map((c) => c.planRouteJsTransferKB)), 1),
      planRouteJsDecodedKB: round(median(cold.map((c) => c.planRouteJsDecodedKB)), 1),
      keystrokeMs: stats(keys),
      nextToFollowerMs: stats(nexts),
    };
    const result = { name: "browserSpeed", at: started, machine: { ...machineAtStart, loadAvgAtEnd: machine().loadAvg }, config: { reps, windows: WINDOWS, keystrokes: KEYSTROKES, nexts: NEXTS, viewport: "1280×720" }, summary, cold };
    say(`wrote ${writeResult("browserSpeed", result)}`);
    return summary;
  } finally {
    await browser.close();
    await server.stop();
    removeDir(dataDir);
    removeDir(seed.dir);
  }
}

runIfMain(import.meta.url, run);
