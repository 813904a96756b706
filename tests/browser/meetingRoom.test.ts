import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ApiClient } from "../utils/apiClient.ts";
import { hasChromium, launchBrowser, runAxe, signedInContext } from "../utils/browser.ts";
import { addLedAction, firstSectionId, writeSection } from "../utils/commentFixtures.ts";
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
  let nadiaCtx: BrowserContext;
  let nadia: Page;
  let cora: Page;
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
    const n = await fx.addMember("editor", "Nadia Nasser", "nhs");
    const c = await fx.addMember("commenter", "Cora Commenter", "voluntary");
    browser = await launchBrowser();
    fac = await (await contextFor(fx.facilitator)).newPage();
    david = await (await contextFor(d.api)).newPage();
    nadiaCtx = await contextFor(n.api);
    nadia = await nadiaCtx.newPage();
    cora = await (await contextFor(c.api)).newPage();
    for (const page of [fac, david, nadia, cora]) page.setDefaultTimeout(15_000);
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

  /** Contrast ratio of a CSS rgb() colour against white. */
  const contrastWithWhite = (rgb: string) => {
    const [r, g, b] = (rgb.match(/\d+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 1.05 / (0.2126 * r! + 0.7152 * g! + 0.0722 * b! + 0.05);
  };

  it("7. two people of one sector have distinct caret colours with good contrast; labels sit above the line and fade", async () => {
    await openPlan(nadia);
    await caretAtEnd(david, sections[3]!);
    await david.keyboard.type(" David here.", { delay: 20 });
    await caretAtEnd(nadia, sections[2]!);
    await nadia.keyboard.type(" Nadia here.", { delay: 20 });
    const carets = () =>
      fac.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".collab-caret")].map((c) => {
          const label = c.querySelector<HTMLElement>(".collab-caret__label")!;
          const cb = c.getBoundingClientRect();
          const lb = label.getBoundingClientRect();
          return { text: label.textContent ?? "", colour: getComputedStyle(c).borderLeftColor, labelBg: getComputedStyle(label).backgroundColor, caretTop: cb.top, labelBottom: lb.bottom, visibility: getComputedStyle(label).visibility };
        }),
      );
    await expect.poll(async () => (await carets()).map((c) => c.text.split(" · ")[0]).sort()).toEqual(["David Dunmore", "Nadia Nasser"]);
    const [d, n] = [...(await carets())].sort((a, b) => a.text.localeCompare(b.text));
    // Both NHS, and it says so; but each has their own colour.
    expect(d!.text).toContain("NHS");
    expect(n!.text).toContain("NHS");
    expect(d!.colour, "David and Nadia share a caret colour").not.toBe(n!.colour);
    for (const c of [d!, n!]) {
      expect(c.labelBg).toBe(c.colour);
      expect(contrastWithWhite(c.colour), `${c.text} on white`).toBeGreaterThanOrEqual(4.5);
      // The label sits above the caret's line, not over it.
      expect(c.labelBottom).toBeLessThanOrEqual(c.caretTop + 0.5);
    }
    // The presence bar shows each on their own colour too.
    const avatars = await fac.locator(".presence-bar .peer-avatar").evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(new Set(avatars).size).toBe(3);
    // A moment after they stop, the labels go out of the way (in one step: never half-transparent text).
    await expect.poll(async () => (await carets()).map((c) => c.visibility), { timeout: 6_000 }).toEqual(["hidden", "hidden"]);
  }, 60_000);

  it("6. presence is right within 5 s of a tab going offline or closing, and the bar and the list agree", async () => {
    const count = (page: Page) => page.locator(".presence-bar__count").textContent();
    const listCount = (page: Page) => page.locator(".room-list__heading .room-list__count").textContent();
    await expect.poll(() => count(fac)).toBe("3 people here");
    expect(await listCount(fac)).toBe("(3)");
    for (const page of [david, nadia]) await expect.poll(() => count(page)).toBe("3 people here");

    // Nadia's network goes.
    await nadiaCtx.setOffline(true);
    const wentAt = Date.now();
    await expect.poll(() => count(fac), { timeout: 5_000, interval: 100 }).toBe("2 people here");
    const seenAfter = Date.now() - wentAt;
    expect(seenAfter, "Fiona's bar right within 5 s").toBeLessThanOrEqual(5_000);
    expect(await listCount(fac)).toBe("(2)");
    // Nadia's own page does not claim she is alone while her list shows others.
    await expect.poll(() => count(nadia), { timeout: 5_000 }).toMatch(/^Offline/);

    // Back online: everyone sees her again.
    await nadiaCtx.setOffline(false);
    await expect.poll(() => count(fac), { timeout: 20_000 }).toBe("3 people here");
    await expect.poll(() => count(nadia), { timeout: 20_000 }).toBe("3 people here");
    expect(await listCount(nadia)).toBe("(3)");

    // She closes the tab.
    await nadia.close();
    const closedAt = Date.now();
    await expect.poll(() => count(fac), { timeout: 5_000, interval: 100 }).toBe("2 people here");
    expect(Date.now() - closedAt).toBeLessThanOrEqual(5_000);
    expect(await listCount(fac)).toBe("(2)");
    await expect.poll(() => fac.locator(".collab-caret", { hasText: "Nadia" }).count(), { timeout: 5_000 }).toBe(0);
    process.stdout.write(`presence: offline seen by others after ${seenAfter} ms\n`);
  }, 90_000);

  it("2. removing a section someone is editing warns the remover, tells the writer with a way back, and can be undone; so can a row (Ctrl+Z)", async () => {
    const s4 = sections[3]!;
    const title = (await fac.locator(`#section-heading-${s4}`).textContent())!.replace(/^\d+\.\s*/, "").trim();
    await caretAtEnd(david, s4);
    await david.keyboard.type(" Keep this sentence.", { delay: 20 });
    await expect.poll(() => bodyText(fac, s4)).toContain("Keep this sentence.");
    await fac.locator(`#section-${s4} [data-testid="section-presence"]`).getByText("David Dunmore").waitFor({ state: "attached" });

    // Fiona is warned who is in it.
    await fac.getByRole("button", { name: `Remove section '${title}'` }).click();
    await fac.getByText("David Dunmore is editing this section.", { exact: false }).waitFor();
    await fac.getByRole("button", { name: "Yes, remove section" }).click();
    await expect.poll(() => fac.locator(`#section-${s4}`).count()).toBe(0);

    // David is told, and can put his words back as a new section.
    const lost = david.getByRole("alert").filter({ hasText: `Someone removed the section ‘${title}’` });
    await lost.waitFor();
    await lost.getByRole("button", { name: "Put it back as a new section" }).click();
    await expect.poll(() => fac.locator(".plan-section", { hasText: "Keep this sentence." }).count()).toBe(1);
    expect(await fac.locator(".plan-section", { hasText: "Keep this sentence." }).locator(".plan-section__heading").textContent()).toContain(`${title} (restored)`);

    // Fiona can undo her removal: the section is back where it was, text and all.
    const toast = fac.getByRole("status").filter({ hasText: `Removed section '${title}'` });
    await toast.getByRole("button", { name: "Undo" }).click();
    for (const page of [fac, david]) await expect.poll(() => bodyText(page, s4).catch(() => "")).toContain("Keep this sentence.");
    expect(await fac.locator(".plan-section").evaluateAll((els, id) => els.map((e) => (e as HTMLElement).dataset.sectionId).indexOf(id), s4)).toBe(3);

    // A table row: one click removes it, and Undo brings it back.
    await addLedAction(server, fx.planId, "Audit damp homes", "Riverside Council");
    const rowName = /^Remove (Action \d+ \(Audit damp homes\))$/;
    const rowRemove = fac.getByRole("button", { name: rowName });
    await rowRemove.waitFor();
    const row = rowName.exec((await rowRemove.getAttribute("aria-label"))!)![1]!;
    // David is in that row: Fiona is asked first, naming him.
    await david.locator("tr", { has: david.getByRole("button", { name: rowName }) }).locator("input, textarea").first().focus();
    await fac.waitForTimeout(1_000); // his presence reaches Fiona (about 50 ms)
    await rowRemove.click();
    const ask = fac.getByRole("group", { name: `Remove ${row}?` });
    await ask.waitFor();
    expect(await ask.textContent()).toContain("David Dunmore is editing this row.");
    await ask.getByRole("button", { name: "Yes, remove" }).click();
    await expect.poll(() => rowRemove.count()).toBe(0);
    // Ctrl+Z outside the text undoes it too.
    await fac.getByRole("status").filter({ hasText: `Removed ${row}` }).waitFor();
    expect(await fac.evaluate(() => document.activeElement?.closest("input, textarea, [contenteditable='true']") ?? null)).toBe(null);
    await fac.keyboard.press("Control+z");
    await expect.poll(() => david.getByRole("button", { name: rowName }).count()).toBe(1);
    expect(await runAxe(fac), "axe with the undo offer").toEqual([]);
  }, 90_000);

  it("10. a commenter's badge says they can comment; a thread its author resolves leaves the Open list", async () => {
    await openPlan(cora);
    const bar = cora.locator(".plan-editor__bar");
    await expect.poll(() => bar.locator(".plan-editor__readonly").textContent()).toBe("You can comment on this plan");
    expect(await bar.getByText("You can view this plan").count()).toBe(0);

    // Cora comments on a phrase, then resolves her thread.
    const s2 = sections[1]!;
    const phrase = "Warm homes grants";
    // the section's editor (not its read-only preview while the editor's code loads)
    await cora.locator(`[data-section-body="${s2}"]`).waitFor();
    await cora.evaluate(
      ({ s2, phrase }) => {
        const root = document.querySelector(`[data-section-body="${s2}"]`)!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          const at = t.textContent!.indexOf(phrase);
          if (at < 0) continue;
          (t.parentElement as HTMLElement).scrollIntoView({ block: "center" });
          const range = document.createRange();
          range.setStart(t, at);
          range.setEnd(t, at + phrase.length);
          window.getSelection()!.removeAllRanges();
          window.getSelection()!.addRange(range);
          return;
        }
        throw new Error("phrase not found");
      },
      { s2, phrase },
    );
    await cora.locator(".selection-comment").click();
    await cora.getByLabel("Your comment").fill("Which grants?");
    await cora.locator(".comment-sidebar__draft").getByRole("button", { name: "Comment", exact: true }).click();
    const list = cora.locator(".comment-sidebar__list");
    const mine = list.locator(".thread", { hasText: "Which grants?" });
    await mine.waitFor();
    const filter = cora.locator(".comment-filter");
    await expect.poll(() => filter.textContent()).toContain("Open (2)");
    await mine.getByRole("button", { name: "Resolve" }).click();

    // It is counted and listed under Resolved, not left under Open.
    await expect.poll(() => filter.textContent()).toContain("Resolved (1)");
    expect(await filter.getByLabel(/^Open/).isChecked()).toBe(true);
    await expect.poll(() => mine.count()).toBe(0);
    expect(await list.locator(".thread").count()).toBe(1);
    // Focus went to the remaining thread, not to the page.
    expect(await cora.evaluate(() => document.activeElement?.closest(".thread")?.textContent ?? "")).toContain("Which wards?");
    await filter.getByLabel(/^Resolved/).check();
    await mine.waitFor();
    expect(await runAxe(cora), "axe, commenter").toEqual([]);
  }, 60_000);
});
