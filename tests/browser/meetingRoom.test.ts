import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ApiClient } from "../utils/apiClient.ts";
import { hasChromium, launchBrowser, runAxe, signedInContext } from "../utils/browser.ts";
import { firstSectionId, writeSection } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { createCollabFixture, type CollabFixture } from "../utils/yjsClient.ts";

/**
 * The meeting room (issue 21), in real Chromium at 1280×720: the facilitator
 * Fiona runs a meeting while David (NHS) and Nadia (NHS) write in the plan.
 * Following never scrolls the page under someone typing; a comment on a
 * section's first words is highlighted; presence is right within 5 s of a tab
 * closing; each person has their own caret colour, with a label that does not
 * cover their line.
 */
describe.skipIf(!hasChromium())("the meeting room in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let fx: CollabFixture;
  let fac: Page;
  let david: Page;
  let davidId = "";
  const sections: string[] = [];
  const LONG = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1} of the first section, long enough to fill a line or two of the plan at this width.`);
  const SECOND = ["Damp homes drive asthma admissions in the east of the borough.", "Warm homes grants reach few tenants."];

  const contextFor = (api: ApiClient): Promise<BrowserContext> => signedInContext(browser, server.origin, api.cookieHeader, { width: 1280, height: 720 });

  async function openPlan(page: Page) {
    await page.goto(`/plans/${fx.planId}`);
    await page.locator(".plan-editor[data-ready='true'] .plan-section").first().waitFor();
    await expect.poll(() => page.getByRole("status").filter({ hasText: /Connected/ }).count()).toBeGreaterThan(0);
  }

  /** Put the caret at the end of a section's body and make sure it has focus. */
  async function caretAtEnd(page: Page, sectionId: string) {
    const body = page.locator(`[data-section-body="${sectionId}"]`);
    await body.locator("p").last().scrollIntoViewIfNeeded();
    await body.locator("p").last().click();
    await page.keyboard.press("End");
  }

  const bodyText = (page: Page, sectionId: string) => page.locator(`[data-section-body="${sectionId}"]`).textContent();
  /** Whether the paragraph holding the caret is on screen, below the sticky bar. */
  const caretLineVisible = (page: Page) =>
    page.evaluate(() => {
      const sel = window.getSelection();
      const node = sel?.focusNode;
      const el = node instanceof Element ? node : node?.parentElement;
      const line = el?.closest("p")?.getBoundingClientRect();
      const bar = document.querySelector(".plan-editor__top")!.getBoundingClientRect();
      return !!line && line.top >= bar.bottom - 1 && line.bottom <= window.innerHeight;
    });
  const headingTop = (page: Page, sectionId: string) => page.evaluate((id) => document.getElementById(`section-heading-${id}`)!.getBoundingClientRect().top, sectionId);

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createCollabFixture(server, "place_plan");
    for (let i = 0; i < 4; i++) sections.push(await firstSectionId(server, fx.planId, i));
    await writeSection(server, fx.planId, sections[0]!, LONG);
    await writeSection(server, fx.planId, sections[1]!, SECOND);
    const d = await fx.addMember("editor", "David Dunmore", "nhs");
    davidId = d.userId;
    browser = await launchBrowser();
    fac = await (await contextFor(fx.facilitator)).newPage();
    david = await (await contextFor(d.api)).newPage();
    for (const page of [fac, david]) page.setDefaultTimeout(15_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("1. following never moves someone who is typing: they are told where the facilitator went, and follow once idle", async () => {
    await Promise.all([openPlan(fac), openPlan(david)]);
    const bar = david.getByRole("region", { name: "Meeting" });
    await fac.getByRole("button", { name: "Start meeting" }).click();
    await expect.poll(() => bar.locator(".meeting-bar__item").textContent()).toMatch(/^Item 1 of/);
    expect(await bar.getByRole("button", { name: "Follow facilitator" }).getAttribute("aria-pressed")).toBe("true");
    await david.waitForTimeout(800); // the follow scroll to item 1 settles

    // David writes at the end of section 1.
    await caretAtEnd(david, sections[0]!);
    await david.keyboard.type(" We will", { delay: 20 });
    expect(await caretLineVisible(david)).toBe(true);

    // Fiona moves on: David's page stays where it is, and he is told.
    await fac.getByRole("button", { name: /^Next item/ }).click();
    await expect.poll(() => bar.locator(".meeting-bar__item").textContent()).toMatch(/^Item 2 of/);
    const held = bar.getByRole("status").filter({ hasText: "The facilitator moved to section 2" });
    await held.waitFor();
    await david.waitForTimeout(1_500);
    expect(await caretLineVisible(david), "David's line is still on screen").toBe(true);
    await david.keyboard.type(" insulate homes.", { delay: 20 });
    await expect.poll(() => bodyText(david, sections[0]!)).toContain("We will insulate homes.");
    expect(await caretLineVisible(david)).toBe(true);

    // "Go there" takes him to section 2.
    await held.getByRole("button", { name: "Go there" }).click();
    await expect.poll(() => headingTop(david, sections[1]!), { timeout: 5_000 }).toBeLessThan(300);
    await expect.poll(() => held.count()).toBe(0);

    // Typing again, then stepping away from the editor: he follows once idle.
    await caretAtEnd(david, sections[1]!);
    await david.keyboard.type(" Really.", { delay: 20 });
    await fac.getByRole("button", { name: /^Next item/ }).click();
    await bar.getByRole("status").filter({ hasText: "The facilitator moved to section 3" }).waitFor();
    await david.waitForTimeout(1_000);
    expect(await caretLineVisible(david)).toBe(true);
    await david.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => headingTop(david, sections[2]!), { timeout: 8_000 }).toBeLessThan(300);
    await expect.poll(() => bar.getByText("The facilitator moved").count()).toBe(0);
    expect(await runAxe(david), "axe, participant during a meeting").toEqual([]);
  }, 90_000);

  it("3. a comment on a section's first words is highlighted, and 'Show in plan' finds it", async () => {
    const s2 = sections[1]!;
    const words = "Damp homes";
    await fac.evaluate(
      ({ s2, words }) => {
        const root = document.querySelector(`[data-section-body="${s2}"]`)!;
        const first = document.createTreeWalker(root, NodeFilter.SHOW_TEXT).nextNode()!;
        if (!first.textContent!.startsWith(words)) throw new Error(`section starts "${first.textContent}"`);
        (first.parentElement as HTMLElement).scrollIntoView({ block: "center" });
        const range = document.createRange();
        range.setStart(first, 0);
        range.setEnd(first, words.length);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
      },
      { s2, words },
    );
    await fac.locator(".selection-comment").click();
    await expect.poll(() => fac.locator(".comment-sidebar__draft .thread__quote").textContent()).toBe(words);
    await fac.getByLabel("Your comment").fill("Which wards?");
    await fac.locator(".comment-sidebar__draft").getByRole("button", { name: "Comment", exact: true }).click();
    const thread = fac.locator(".thread", { hasText: "Which wards?" });
    await thread.waitFor();
    // Highlighted for the author and for David, exactly over the first words.
    for (const page of [fac, david]) {
      const mark = page.locator(`[data-section-body="${s2}"] .comment-highlight`);
      await expect.poll(() => mark.allTextContents().then((t) => t.join("")), { timeout: 10_000 }).toBe(words);
    }
    // "Show in plan" from David's sidebar scrolls to it and makes it the active highlight.
    await david.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await david.locator(".thread", { hasText: "Which wards?" }).getByRole("button", { name: "Show in plan" }).click();
    const active = david.locator(`[data-section-body="${s2}"] .comment-highlight--active`);
    await expect.poll(() => active.allTextContents().then((t) => t.join(""))).toBe(words);
    await expect
      .poll(async () => {
        const box = await active.first().boundingBox();
        return box !== null && box.y >= 0 && box.y + box.height <= 720;
      })
      .toBe(true);
  }, 60_000);
});
