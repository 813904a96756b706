import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ApiClient } from "../utils/apiClient.ts";
import { hasChromium, launchBrowser, runAxe, signedInContext } from "../utils/browser.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { createCollabFixture, type CollabFixture } from "../utils/yjsClient.ts";

/**
 * Meeting mode in real Chromium: the facilitator starts a meeting on a plan,
 * moves the focus to section 2 and starts the timer; a participant who is
 * following sees section 2 scrolled into view (below the sticky bar) and
 * highlighted, the timer counting down, and both people in the room list
 * grouped by sector. Screenshots go to JIGSAW_SHOTS when set.
 */
const shotsDir = process.env.JIGSAW_SHOTS;

describe.skipIf(!hasChromium())("meeting mode in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let fx: CollabFixture;
  let fac: Page;
  let ben: Page;
  let sectionIds: string[] = [];

  const contextFor = (api: ApiClient): Promise<BrowserContext> => signedInContext(browser, server.origin, api.cookieHeader);

  async function shot(page: Page, name: string) {
    if (!shotsDir) return;
    fs.mkdirSync(shotsDir, { recursive: true });
    await page.screenshot({ path: path.join(shotsDir, `meeting-${name}.png`), fullPage: false });
  }

  async function openPlan(page: Page) {
    await page.goto(`/plans/${fx.planId}`);
    await page.locator(".plan-editor[data-ready='true'] .plan-section").first().waitFor();
    await expect.poll(() => page.getByRole("status").filter({ hasText: /Connected/ }).count()).toBeGreaterThan(0);
  }

  /** Where a section heading sits relative to the sticky bar and the viewport. */
  const headingPlacement = (page: Page, sectionId: string) =>
    page.evaluate((id) => {
      const heading = document.getElementById(`section-heading-${id}`)!.getBoundingClientRect();
      const bar = document.querySelector(".plan-editor__top")!.getBoundingClientRect();
      return { top: heading.top, bottom: heading.bottom, barBottom: bar.bottom, viewport: window.innerHeight };
    }, sectionId);

  const seconds = (text: string | null) => {
    const m = /(-?)(\d+):(\d{2})/.exec(text ?? "");
    if (!m) throw new Error(`not a countdown: ${text}`);
    return (m[1] ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
  };

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createCollabFixture(server, "place_plan");
    const member = await fx.addMember("editor", "Ben Okoro", "nhs");
    browser = await launchBrowser();
    fac = await (await contextFor(fx.facilitator)).newPage();
    ben = await (await contextFor(member.api)).newPage();
    for (const page of [fac, ben]) page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a participant following the facilitator sees section 2 in view, highlighted, with the timer counting", async () => {
    await Promise.all([openPlan(fac), openPlan(ben)]);
    sectionIds = await fac.locator(".plan-section").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.sectionId!));
    expect(sectionIds.length).toBeGreaterThan(2);
    const s2 = sectionIds[1]!;
    const s2Title = (await fac.locator(`#section-heading-${s2}`).textContent())!.replace(/^\d+\.\s*/, "").trim();

    // Only the facilitator may start a meeting.
    expect(await ben.getByRole("button", { name: "Start meeting" }).count()).toBe(0);
    await fac.getByRole("button", { name: "Start meeting" }).click();
    const benBar = ben.getByRole("region", { name: "Meeting" });
    const benItem = benBar.locator(".meeting-bar__item");
    await expect.poll(() => benItem.textContent()).toMatch(new RegExp(`^Item 1 of ${sectionIds.length}:`));
    await expect.poll(() => ben.locator("[data-meeting-focus='true']").getAttribute("data-section-id")).toBe(sectionIds[0]);
    // Following is on by default and says so.
    expect(await benBar.getByRole("button", { name: "Follow facilitator" }).getAttribute("aria-pressed")).toBe("true");

    // The facilitator moves on to section 2; Ben hears about it.
    await fac.getByRole("button", { name: `Next item: ${s2Title}` }).click();
    await expect.poll(() => benBar.locator("[aria-live='polite']").textContent()).toContain(`Now discussing Item 2 of ${sectionIds.length}`);
    // Then starts the item timer.
    await fac.getByRole("group", { name: "Item timer" }).getByRole("button", { name: "Start timer" }).click();

    // Ben's view: the bar names item 2, section 2 is highlighted and labelled, and scrolled into view below the sticky bar.
    await expect.poll(() => benItem.textContent()).toBe(`Item 2 of ${sectionIds.length}: ${s2Title}`);
    await expect.poll(() => ben.locator("[data-meeting-focus='true']").getAttribute("data-section-id")).toBe(s2);
    expect(await ben.locator(`#section-${s2}`).getByText("Being discussed now").isVisible()).toBe(true);
    expect(await ben.locator(".plan-section--meeting-focus").count()).toBe(1);
    await expect
      .poll(async () => {
        const p = await headingPlacement(ben, s2);
        return p.top >= p.barBottom - 1 && p.bottom <= p.viewport;
      }, { timeout: 10_000 })
      .toBe(true);
    await expect.poll(() => benBar.locator("[aria-live='polite']").textContent()).toContain("Timer started: 5 minutes");

    // The timer counts down for Ben too.
    const timer = benBar.getByRole("timer");
    await expect.poll(() => timer.getAttribute("aria-label")).toContain("running");
    const first = seconds(await timer.textContent());
    expect(first).toBeLessThanOrEqual(5 * 60);
    expect(first).toBeGreaterThan(4 * 60);
    await expect.poll(async () => seconds(await timer.textContent()), { timeout: 5_000 }).toBeLessThan(first);
    // And the sticky meeting bar stays on screen while Ben scrolls away.
    await ben.mouse.wheel(0, 1500);
    await ben.waitForTimeout(200);
    const barBox = await benBar.boundingBox();
    expect(barBox && barBox.y >= 0 && barBox.y < 200).toBe(true);
    await ben.mouse.wheel(0, -1500);
    await shot(ben, "participant");
    await shot(fac, "facilitator");
  }, 120_000);

  it("the room list shows both people by sector, with organisation and role", async () => {
    const list = ben.getByRole("region", { name: /In this plan now/ });
    await expect.poll(() => list.getByRole("listitem").count()).toBe(2);
    const council = list.getByRole("list", { name: /Council/ });
    const nhs = list.getByRole("list", { name: /NHS/ });
    await council.getByText("Fiona Facilitator").waitFor();
    expect(await council.getByText("Riverside Council", { exact: true }).isVisible()).toBe(true);
    expect(await council.getByText("Facilitator", { exact: true }).isVisible()).toBe(true);
    await nhs.getByText("Ben Okoro").waitFor();
    expect(await nhs.getByText("(you)").count()).toBe(1);
    expect(await nhs.getByText("Editor", { exact: true }).isVisible()).toBe(true);
    // Name and organisation are on separate lines (not run together).
    const [name, org] = await Promise.all([nhs.locator(".room-list__name").boundingBox(), nhs.locator(".room-list__org").boundingBox()]);
    expect(name && org && org.y >= name.y + name.height - 1).toBe(true);
    // Council is listed before NHS (standard sector order), each headed by its sector's name.
    const headings = await list.getByRole("heading", { level: 3 }).allTextContents();
    expect(headings.map((h) => h.replace(/\s*\(\d+\)\s*$/, "").trim())).toEqual(["Council", "NHS"]);
  });

  it("works at 360 px and has no serious accessibility issues", async () => {
    // At the top of the page, so axe's target-size check does not count links passing under the sticky bar.
    for (const page of [ben, fac]) await page.evaluate(() => window.scrollTo(0, 0));
    expect(await runAxe(ben), "axe, participant during a meeting").toEqual([]);
    expect(await runAxe(fac), "axe, facilitator during a meeting").toEqual([]);
    for (const page of [ben, fac]) {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.waitForTimeout(150);
      // The meeting UI fits (the site header is checked by its own tests).
      const fits = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // Anything in the editor poking past the viewport (wide tables scroll inside their own box).
        const beyond = [...document.querySelectorAll(".plan-editor *")].filter((e) => !e.closest(".table-scroll") && e.getBoundingClientRect().right > width + 0.5).map((e) => `${e.tagName}.${String(e.className)}`);
        const parts = [".plan-editor__top", ".meeting-bar", ".room-list", ".plan-section--meeting-focus"].map((sel) => {
          const el = document.querySelector(sel);
          return el ? Math.ceil(el.getBoundingClientRect().right - width) : 0;
        });
        return { beyond: beyond.slice(0, 5), parts };
      });
      expect(fits, "meeting UI at 360px").toEqual({ beyond: [], parts: [expect.any(Number), expect.any(Number), expect.any(Number), expect.any(Number)] });
      for (const over of fits.parts) expect(over, "meeting UI wider than 360px").toBeLessThanOrEqual(0);
    }
    expect(await runAxe(ben), "axe at 360px").toEqual([]);
    // The participant's bar stays compact enough to leave most of the screen for the plan.
    const top = await ben.locator(".plan-editor__top").boundingBox();
    expect(top!.height).toBeLessThan(740 / 2);
    await ben.evaluate(() => window.scrollTo(0, 0));
    await ben.locator(".plan-editor__top").scrollIntoViewIfNeeded();
    await shot(ben, "participant-360");
    await fac.locator(".meeting-bar").scrollIntoViewIfNeeded();
    await shot(fac, "facilitator-360");
    await ben.locator(".room-list").scrollIntoViewIfNeeded();
    await shot(ben, "room-list-360");
    for (const page of [ben, fac]) await page.setViewportSize({ width: 1280, height: 900 });
  }, 180_000);

  it("ending the meeting clears it for everyone", async () => {
    // Ending is among the meeting controls, folded away to keep the bar one row.
    await fac.getByRole("button", { name: "Meeting controls" }).click();
    await fac.getByRole("button", { name: "End meeting" }).click();
    await fac.getByRole("group", { name: "End the meeting for everyone?" }).getByRole("button", { name: "End meeting" }).click();
    await expect.poll(() => ben.locator("[data-meeting-focus='true']").count()).toBe(0);
    await fac.getByRole("button", { name: "Start meeting" }).waitFor();
  });
});
