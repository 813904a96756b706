import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { ApiClient } from "../utils/apiClient.ts";
import { hasChromium, launchBrowser, signedInContext } from "../utils/browser.ts";
import { anchorOn, firstSectionId, writeSection } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { createCollabFixture, type CollabFixture } from "../utils/yjsClient.ts";

/**
 * Detached comments are live (issue 21, defect 5), in two Chromium windows:
 * when Fiona deletes the passage a thread is on, David's open page shows the
 * thread as detached at once and its "Show in plan" goes; when she undoes
 * the deletion (Ctrl+Z), both pages re-attach it with the highlight over
 * exactly the original words, and a reload agrees.
 */
describe.skipIf(!hasChromium())("comment anchors follow deletes and undo, live", () => {
  let server: TestServer;
  let browser: Browser;
  let fx: CollabFixture;
  let fac: Page;
  let david: Page;
  let sectionId: string;
  const WORDS = "asthma admissions";
  const CUT = "drive asthma admissions in "; // the passage Fiona deletes (wider than the comment)

  const pageFor = async (api: ApiClient) => {
    const page = await (await signedInContext(browser, server.origin, api.cookieHeader, { width: 1280, height: 900 })).newPage();
    page.setDefaultTimeout(15_000);
    return page;
  };
  async function openPlan(page: Page) {
    await page.goto(`/plans/${fx.planId}`);
    await page.locator(".plan-editor[data-ready='true'] .plan-section").first().waitFor();
    await expect.poll(() => page.getByRole("status").filter({ hasText: /Connected/ }).count()).toBeGreaterThan(0);
  }
  /** The first paragraph's text, without other people's carets and their name labels. */
  const firstPara = (page: Page) =>
    page.evaluate((id) => {
      const p = document.querySelector(`[data-section-body="${id}"] p`)!.cloneNode(true) as HTMLElement;
      for (const c of p.querySelectorAll(".collab-caret")) c.remove();
      return p.textContent;
    }, sectionId);
  const threadOn = (page: Page) => page.locator(".thread", { hasText: "Which wards?" });
  const highlight = (page: Page) => page.locator(`[data-section-body="${sectionId}"] .comment-highlight`).allTextContents().then((t) => t.join(""));
  const showCount = (page: Page) => threadOn(page).getByRole("button", { name: "Show in plan" }).count();
  const detachedCount = (page: Page) => threadOn(page).locator(".thread__detached").count();

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createCollabFixture(server, "place_plan");
    sectionId = await firstSectionId(server, fx.planId, 0);
    await writeSection(server, fx.planId, sectionId, ["Damp homes drive asthma admissions in the east of the borough.", "Warm homes grants reach few tenants."]);
    const anchor = await anchorOn(server, fx.planId, sectionId, WORDS);
    const r = await fx.facilitator.post(`/api/plans/${fx.planId}/comments`, { anchor, body: "Which wards?" });
    expect(r.status).toBe(201);
    const d = await fx.addMember("editor", "David Dunmore", "nhs");
    browser = await launchBrowser();
    fac = await pageFor(fx.facilitator);
    david = await pageFor(d.api);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a deleted passage detaches the thread on every open page; Ctrl+Z re-attaches it over exactly the original words", async () => {
    await Promise.all([openPlan(fac), openPlan(david)]);
    for (const page of [fac, david]) {
      await expect.poll(() => highlight(page), { timeout: 10_000 }).toBe(WORDS);
      expect(await showCount(page)).toBe(1);
      expect(await detachedCount(page)).toBe(0);
    }

    // Fiona selects the passage around the comment and deletes it.
    await fac.evaluate(
      ({ sectionId, cut }) => {
        const root = document.querySelector<HTMLElement>(`[data-section-body="${sectionId}"]`)!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        // The highlight splits the paragraph into several text nodes: find the start and end by offset in the paragraph.
        const para = root.querySelector("p")!;
        const at = para.textContent!.indexOf(cut);
        if (at < 0) throw new Error(`"${cut}" not in "${para.textContent}"`);
        const point = (offset: number): [Node, number] => {
          walker.currentNode = para;
          let seen = 0;
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const len = n.textContent!.length;
            if (offset <= seen + len) return [n, offset - seen];
            seen += len;
          }
          throw new Error("offset past the paragraph");
        };
        root.focus();
        const range = document.createRange();
        range.setStart(...point(at));
        range.setEnd(...point(at + cut.length));
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
      },
      { sectionId, cut: CUT },
    );
    await fac.waitForTimeout(200); // the editor takes the DOM selection
    await fac.keyboard.press("Backspace");
    const deleted = "Damp homes the east of the borough.";
    for (const page of [fac, david]) {
      await expect.poll(() => firstPara(page), { timeout: 10_000 }).toBe(deleted);
    }

    // Detached everywhere, without a reload: no highlight, no "Show in plan", the detached wording.
    for (const page of [david, fac]) {
      await expect.poll(() => detachedCount(page), { timeout: 5_000 }).toBe(1);
      expect(await threadOn(page).locator(".thread__detached").textContent()).toMatch(/deleted or moved/);
      expect(await showCount(page)).toBe(0);
      expect(await highlight(page)).toBe("");
    }

    // Fiona undoes: the words come back, and the thread re-attaches over exactly them on both pages.
    await fac.keyboard.press("Control+z");
    for (const page of [fac, david]) {
      await expect.poll(() => firstPara(page), { timeout: 10_000 }).toBe("Damp homes drive asthma admissions in the east of the borough.");
    }
    for (const page of [david, fac]) {
      await expect.poll(() => highlight(page), { timeout: 5_000 }).toBe(WORDS);
      await expect.poll(() => showCount(page)).toBe(1);
      expect(await detachedCount(page)).toBe(0);
    }

    // "Show in plan" on David's page works again, and a fresh load agrees with the live pages.
    await threadOn(david).getByRole("button", { name: "Show in plan" }).click();
    await expect.poll(() => david.locator(`[data-section-body="${sectionId}"] .comment-highlight--active`).allTextContents().then((t) => t.join(""))).toBe(WORDS);
    await david.reload();
    await david.locator(".plan-editor[data-ready='true'] .plan-section").first().waitFor();
    await expect.poll(() => highlight(david), { timeout: 10_000 }).toBe(WORDS);
    expect(await showCount(david)).toBe(1);
    const api = await fx.facilitator.get(`/api/plans/${fx.planId}/comments`);
    const states = (api.body as { data: Array<{ anchorState: string }> }).data.map((t) => t.anchorState);
    expect(states).toEqual(["attached"]);
  }, 120_000);
});
