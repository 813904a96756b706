import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchBrowser, runAxe, signedInContext } from "../utils/browser.ts";
import { anchorOn, editText, firstSectionId, writeSection } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { createCollabFixture, type CollabFixture } from "../utils/yjsClient.ts";

/**
 * Comments beside the text (issue 21), in real Chromium. At 1440 px each open
 * thread sits in the margin level with the words it is about, threads on
 * nearby words stack without overlapping, and a thread whose words were
 * deleted is listed apart under "No longer in the text". Clicking a highlight
 * makes its thread the active one (beside it); clicking a thread scrolls to
 * its highlight and emphasises it. At 390 px the comments stay a panel, and
 * "Show in plan" and the highlights still link both ways. No axe violations
 * of any impact in the margin layout.
 */
const PARAGRAPHS = [
  "Riverside's neighbourhoods share a river, a high street and a hospital, but not the same chances: life expectancy differs by nine years between the north and south wards.",
  "Damp and mould in private rented homes drives asthma admissions among children, and most of the homes affected are let by small landlords who have not heard of the warm homes grants.",
  "The partnership will bring the council's housing enforcement, the NHS respiratory team and the tenants' union together, so that one visit can fix a home, treat a child and advise the family.",
  "We will measure what matters to residents: fewer nights in hospital, warmer homes, and people who know where to turn; progress will be reported every quarter at the partnership board.",
];
const shotsDir = process.env.JIGSAW_SHOTS;
async function shot(page: Page, name: string) {
  if (!shotsDir) return;
  fs.mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: path.join(shotsDir, `margin-${name}.png`) });
}
/** How far (px) a thread may sit from its words in the margin. */
const LEVEL_PX = 40;

describe.skipIf(!hasChromium())("comments in the margin beside their text", () => {
  let server: TestServer;
  let browser: Browser;
  let fx: CollabFixture;
  const sections: string[] = [];
  const ids: Record<"far" | "near1" | "near2" | "gone", string> = { far: "", near1: "", near2: "", gone: "" };

  async function comment(sectionId: string, phrase: string, body: string): Promise<string> {
    const anchor = await anchorOn(server, fx.planId, sectionId, phrase);
    const r = await fx.facilitator.post(`/api/plans/${fx.planId}/comments`, { anchor, body });
    expect(r.status).toBe(201);
    return (r.body as { data: { id: string } }).data.id;
  }

  async function openPlan(width: number, height: number): Promise<Page> {
    const page = await (await signedInContext(browser, server.origin, fx.facilitator.cookieHeader, { width, height })).newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`/plans/${fx.planId}`);
    await page.locator(".plan-editor[data-ready='true'] .plan-section").first().waitFor();
    await page.locator(".comment-sidebar .thread").first().waitFor();
    await page.locator(`.comment-highlight[data-thread-id="${ids.far}"]`).first().waitFor();
    return page;
  }

  /** Viewport tops of a thread's card and of the first piece of its highlight. */
  const tops = (page: Page, threadId: string) =>
    page.evaluate((id) => {
      const card = document.querySelector(`.thread[data-thread-id="${id}"]`)!.getBoundingClientRect();
      const mark = document.querySelector(`.comment-highlight[data-thread-id="${id}"]`)!.getBoundingClientRect();
      return { card: card.top, cardBottom: card.bottom, mark: mark.top };
    }, threadId);
  const gap = async (page: Page, threadId: string) => {
    const t = await tops(page, threadId);
    return Math.abs(t.card - t.mark);
  };
  /** The highlight is emphasised and on screen below the sticky bar. */
  const emphasisedInView = (page: Page, threadId: string) =>
    page.evaluate((id) => {
      const mark = document.querySelector(`.comment-highlight[data-thread-id="${id}"]`);
      if (!mark?.classList.contains("comment-highlight--active")) return false;
      const r = mark.getBoundingClientRect();
      const bar = document.querySelector(".plan-editor__top")!.getBoundingClientRect().bottom;
      return r.top >= bar && r.bottom <= window.innerHeight;
    }, threadId);

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createCollabFixture(server, "place_plan");
    for (let i = 0; i < 3; i++) sections.push(await firstSectionId(server, fx.planId, i));
    for (const id of sections) await writeSection(server, fx.planId, id, PARAGRAPHS);
    ids.far = await comment(sections[1]!, "tenants' union", "Has the union agreed to this?");
    ids.near1 = await comment(sections[2]!, "asthma admissions", "Which wards have the most admissions?");
    ids.near2 = await comment(sections[2]!, "small landlords", "The landlords' forum could help here.");
    ids.gone = await comment(sections[0]!, "nine years", "Source for this figure?");
    // The words of the last thread are deleted: it no longer has a place in the text.
    await editText(server, fx.planId, sections[0]!, null, (t, text) => t.delete(text.indexOf("nine years"), "nine years".length), "nine years");
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("at 1440 px threads sit level with their words, stack without overlapping, and deleted words are listed apart", async () => {
    const page = await openPlan(1440, 900);
    await page.locator(".comment-sidebar--margin").waitFor();
    for (const id of [ids.far, ids.near1]) await expect.poll(() => gap(page, id), { timeout: 5_000 }).toBeLessThanOrEqual(LEVEL_PX);
    // near2 is a line below near1: it sits below near1's card, not on top of it.
    await page.locator(`.comment-highlight[data-thread-id="${ids.near1}"]`).first().evaluate((el) => el.scrollIntoView({ block: "center" }));
    await shot(page, "1440");
    const n1 = await tops(page, ids.near1);
    const n2 = await tops(page, ids.near2);
    expect(n2.card).toBeGreaterThanOrEqual(n1.cardBottom);
    // The thread on deleted words: under "No longer in the text", not in the margin.
    const detached = page.locator(".comment-sidebar__detached");
    await expect.poll(() => detached.getByRole("heading", { name: /No longer in the text/ }).count()).toBe(1);
    expect(await detached.locator(`.thread[data-thread-id="${ids.gone}"]`).count()).toBe(1);
    expect(await page.locator(`.comment-sidebar__list .thread[data-thread-id="${ids.gone}"]`).count()).toBe(0);

    // Click a highlight: its thread becomes the active one, level with it.
    await page.locator(`.comment-highlight[data-thread-id="${ids.near2}"]`).first().click();
    await expect.poll(() => page.locator(`.thread[data-thread-id="${ids.near2}"]`).getAttribute("class")).toContain("thread--active");
    await expect.poll(() => gap(page, ids.near2), { timeout: 5_000 }).toBeLessThanOrEqual(LEVEL_PX);

    // Click a thread (far from where the reader is): the page scrolls to its words and emphasises them.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator(`.thread[data-thread-id="${ids.far}"] .thread__quote`).click();
    await expect.poll(() => emphasisedInView(page, ids.far), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => page.locator(`.thread[data-thread-id="${ids.far}"]`).getAttribute("class")).toContain("thread--active");
    await expect.poll(() => gap(page, ids.far), { timeout: 5_000 }).toBeLessThanOrEqual(LEVEL_PX);

    // The margin moves with the text: a paragraph added above a thread's words takes its card down with them.
    const before = (await tops(page, ids.far)).card;
    await editText(server, fx.planId, sections[1]!, null, (t) => t.insert(0, "A new opening sentence that takes up a good deal of room on the line. ".repeat(4)), "Riverside's");
    await expect.poll(async () => (await tops(page, ids.far)).card - before, { timeout: 10_000 }).toBeGreaterThan(10);
    await expect.poll(() => gap(page, ids.far), { timeout: 5_000 }).toBeLessThanOrEqual(LEVEL_PX);

    // Keyboard: "Show in plan" from the thread shows the words below the sticky bar.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator(`.thread[data-thread-id="${ids.near1}"]`).getByRole("button", { name: "Show in plan" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => emphasisedInView(page, ids.near1), { timeout: 5_000 }).toBe(true);

    expect(await runAxe(page, { allImpacts: true })).toEqual([]);
    await page.context().close();
  }, 90_000);

  it("at 390 px the comments are a panel that still links threads and highlights both ways", async () => {
    const page = await openPlan(390, 844);
    expect(await page.locator(".comment-sidebar--margin").count()).toBe(0);
    // In the panel the cards are in the normal flow, one after another.
    expect(await page.locator(`.thread[data-thread-id="${ids.far}"]`).evaluate((el) => getComputedStyle(el).position)).toBe("static");
    await page.locator(`.thread[data-thread-id="${ids.far}"]`).getByRole("button", { name: "Show in plan" }).click();
    await expect.poll(() => emphasisedInView(page, ids.far), { timeout: 5_000 }).toBe(true);
    await shot(page, "390");
    await page.locator(`.comment-highlight[data-thread-id="${ids.near1}"]`).first().click();
    await expect.poll(() => page.locator(`.thread[data-thread-id="${ids.near1}"]`).getAttribute("class")).toContain("thread--active");
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest(".thread")?.getAttribute("data-thread-id"))).toBe(ids.near1);
    expect(await page.locator(".comment-sidebar__detached .thread").count()).toBe(1);
    await page.context().close();
  }, 60_000);
});
