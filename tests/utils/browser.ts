import fs from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Where the system Chromium lives (installed by .ci/run, never downloaded by tests). */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Flags for a quiet, headless, sandbox-free Chromium in CI containers. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** True when the system Chromium exists; otherwise prints why browser tests are skipped. */
export function hasChromium(): boolean {
  if (fs.existsSync(CHROMIUM_PATH)) return true;
  process.stdout.write(`SKIPPED: no Chromium at ${CHROMIUM_PATH} (run .ci/run)\n`);
  return false;
}

/** Launch the system Chromium with playwright-core. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** One axe-core violation, trimmed to what a test failure message needs. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

const require = createRequire(import.meta.url);
let axeSource: string | null = null;

/**
 * Run axe-core (WCAG 2.x A/AA rules) on the page and return the serious and
 * critical violations only (`allImpacts`: every violation, minor and moderate too).
 */
export async function runAxe(page: Page, options: { allImpacts?: boolean } = {}): Promise<AxeViolation[]> {
  axeSource ??= fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  // evaluate() runs through the DevTools protocol, so the app's CSP (no inline scripts) does not block it.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  });
  return options.allImpacts ? violations : violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Width of content beyond the viewport (0 when nothing scrolls horizontally). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** A browser context signed in as `cookieHeader`'s session (its first cookie), at `origin`. */
export async function signedInContext(
  browser: Browser,
  origin: string,
  cookieHeader: string | null,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<BrowserContext> {
  if (!cookieHeader) throw new Error("no session cookie");
  const ctx = await browser.newContext({ viewport, baseURL: origin });
  const [name, ...rest] = cookieHeader.split(";")[0]!.split("=");
  await ctx.addCookies([{ name: name!, value: rest.join("="), url: origin }]);
  return ctx;
}
