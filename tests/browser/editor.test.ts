import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { pmText, readPlan, readSections, sectionText, type PmDoc } from "@jigsaw/shared/plan/index";
import type { ApiClient } from "../utils/apiClient.ts";
import { hasChromium, horizontalOverflow, launchBrowser, runAxe, signedInContext } from "../utils/browser.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { connectYjs, createCollabFixture, waitForSync, type CollabFixture } from "../utils/yjsClient.ts";

/**
 * The live editor in real Chromium: two members type in the same section at
 * once and see each other's text and name-labelled caret; one goes offline,
 * edits, comes back and both converge; a viewer cannot change anything (checked
 * on the server with a fresh client).
 *
 * Screenshots go to JIGSAW_SHOTS when set; `docs/editor.png` is refreshed when
 * JIGSAW_DOCS_SHOT=1.
 */
const shotsDir = process.env.JIGSAW_SHOTS;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

describe.skipIf(!hasChromium())("plan editor in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let fx: CollabFixture;
  let ctxA: BrowserContext;
  let ctxB: BrowserContext;
  let ctxV: BrowserContext;
  let a: Page;
  let b: Page;
  let v: Page;
  let viewerApi: ApiClient;
  let bUserId = "";
  let sectionIds: string[] = [];

  const contextFor = (api: ApiClient): Promise<BrowserContext> => signedInContext(browser, server.origin, api.cookieHeader);

  async function shot(page: Page, name: string) {
    if (!shotsDir) return;
    fs.mkdirSync(shotsDir, { recursive: true });
    await page.screenshot({ path: path.join(shotsDir, `editor-${name}.png`), fullPage: false });
  }

  const body = (page: Page, sectionId: string) => page.locator(`[data-section-body="${sectionId}"]`);
  /** The section text as the editor holds it (blocks separated by newlines, carets excluded). */
  const bodyText = (page: Page, sectionId: string) =>
    body(page, sectionId).evaluate((el) => {
      const editor = (el as HTMLElement & { editor?: { state: { doc: { content: { size: number }; textBetween(from: number, to: number, sep: string): string } } } }).editor;
      if (!editor) throw new Error("no editor on the section body");
      const d = editor.state.doc;
      return d.textBetween(0, d.content.size, "\n");
    });
  /** The section body as JSON (structure and marks), for exact convergence checks. */
  const bodyJson = (page: Page, sectionId: string) =>
    body(page, sectionId).evaluate((el) => JSON.stringify((el as HTMLElement & { editor?: { getJSON(): unknown } }).editor?.getJSON()));

  async function openPlan(page: Page) {
    await page.goto(`/plans/${fx.planId}`);
    // the first open in a fresh browser loads and parses the whole editor bundle: during a full `npm test` on a
    // loaded 2-core box this wait once overran 15 s (the tests after it then failed for want of section ids)
    await page.locator(".plan-editor[data-ready='true'] .plan-section").first().waitFor({ timeout: 45_000 });
    await expect.poll(() => page.getByRole("status").filter({ hasText: /Connected/ }).count()).toBeGreaterThan(0);
  }

  /** Put the caret at the end of a section body. */
  async function caretAtEnd(page: Page, sectionId: string) {
    await body(page, sectionId).click();
    await page.keyboard.press("Control+End");
    // ProseMirror reads the DOM selection asynchronously: let it settle before typing.
    await page.waitForTimeout(50);
  }

  /** Put the caret at the end of a section body's first paragraph (through the editor: End would stop at a wrapped line's end). */
  async function caretAtEndOfFirstBlock(page: Page, sectionId: string) {
    await body(page, sectionId).click();
    await body(page, sectionId).evaluate((el) => {
      const editor = (el as HTMLElement & { editor?: { state: { doc: { firstChild: { nodeSize: number } | null } }; chain(): { focus(): { setTextSelection(pos: number): { run(): boolean } } } } }).editor;
      const first = editor?.state.doc.firstChild;
      if (!editor || !first) throw new Error("no editor or no first paragraph on the section body");
      editor.chain().focus().setTextSelection(first.nodeSize - 1).run();
    });
    await page.waitForTimeout(50);
  }

  /** Put the caret at the end of a section body and type there. */
  async function typeAtEnd(page: Page, sectionId: string, text: string, delay = 15) {
    await caretAtEnd(page, sectionId);
    await page.keyboard.type(text, { delay });
  }

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createCollabFixture(server, "place_plan");
    const bMember = await fx.addMember("editor", "Ben Okoro", "nhs");
    const viewer = await fx.addMember("viewer", "Vera Viewer", "community");
    viewerApi = viewer.api;
    bUserId = bMember.userId;
    browser = await launchBrowser();
    ctxA = await contextFor(fx.facilitator);
    ctxB = await contextFor(bMember.api);
    ctxV = await contextFor(viewerApi);
    a = await ctxA.newPage();
    b = await ctxB.newPage();
    v = await ctxV.newPage();
    for (const page of [a, b, v]) page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("two members type in the same section at once and see each other's text and caret", async () => {
    await Promise.all([openPlan(a), openPlan(b)]);
    sectionIds = await a.locator(".plan-section").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.sectionId!));
    expect(sectionIds.length).toBeGreaterThan(1);
    const s1 = sectionIds[0]!;
    // Editors get an editable body and a toolbar.
    expect(await body(a, s1).getAttribute("contenteditable")).toBe("true");
    expect(await b.getByRole("toolbar").count()).toBeGreaterThan(0);

    const fromA = " Amina says family hubs open in May.";
    const fromB = " Ben adds the JSNA refresh is due.";
    // Both type in the same section at the same time: A at the end of its first paragraph, B at its end.
    // (The very same spot is the next test.)
    await caretAtEndOfFirstBlock(a, s1);
    await caretAtEnd(b, s1);
    await a.waitForTimeout(200);
    await Promise.all([a.keyboard.type(fromA, { delay: 15 }), b.keyboard.type(fromB, { delay: 15 })]);

    for (const page of [a, b]) {
      await expect.poll(() => bodyText(page, s1), { timeout: 10_000 }).toContain(fromA.trim());
      await expect.poll(() => bodyText(page, s1), { timeout: 10_000 }).toContain(fromB.trim());
    }
    // each sentence landed where its author typed it
    const lines = (await bodyText(a, s1)).split("\n");
    expect(lines[0]).toContain(fromA.trim());
    expect(lines.at(-1)).toContain(fromB.trim());
    await expect.poll(async () => (await bodyJson(a, s1)) === (await bodyJson(b, s1))).toBe(true);

    // B's caret, labelled with B's name, is drawn in A's view of that section; presence shows B there.
    await body(a, s1).locator(".collab-caret__label", { hasText: "Ben Okoro" }).waitFor({ state: "attached" }); // labels fade a moment after the person stops
    await a.locator(`#section-${s1} [data-testid="section-presence"]`).getByText("Ben Okoro").waitFor({ state: "attached" });
    await a.locator(".presence-bar").getByText("Ben Okoro", { exact: false }).waitFor({ state: "attached" });

    // The glossary spots the jargon B typed, with a plain-English meaning.
    await a.locator(`#section-${s1} .glossary-hints__term`, { hasText: "JSNA" }).waitFor();

    // Bold via the toolbar reports its state with aria-pressed.
    await body(a, s1).click();
    await a.keyboard.press("Control+End");
    const bold = a.locator(`#section-${s1}`).getByRole("button", { name: "Bold" });
    await bold.click();
    await expect.poll(() => bold.getAttribute("aria-pressed")).toBe("true");
    await a.keyboard.type(" Agreed.");
    await body(b, s1).locator("strong", { hasText: "Agreed." }).waitFor();

    // A links a shared outcome; B sees the tag, and the lens switcher rewords it.
    const sectionA = a.locator(`#section-${s1}`);
    await sectionA.getByLabel("Add outcome").selectOption({ label: "Best start in life" });
    await sectionA.getByRole("button", { name: "Add", exact: true }).click();
    const tagB = b.locator(`#section-${s1} .outcome-tag`).first();
    await tagB.waitFor();
    await b.getByRole("radio", { name: "Plain English" }).check();
    await expect.poll(() => tagB.locator(".outcome-tag__label").textContent()).toBe("Best start in life");
    await b.getByRole("radio", { name: "Community" }).check();
    await expect.poll(() => tagB.locator(".outcome-tag__label").textContent()).not.toBe("Best start in life");

    await shot(a, "two-people");
    if (process.env.JIGSAW_DOCS_SHOT === "1") {
      await body(b, s1).click();
      await b.keyboard.press("Control+End");
      await a.evaluate((id) => {
        const el = document.getElementById(`section-${id}`)!;
        window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 70);
      }, s1);
      await a.waitForTimeout(300);
      await a.screenshot({ path: path.join(root, "docs/editor.png") });
    }
  }, 120_000);

  /**
   * @tiptap/y-tiptap 3.0.7–3.0.9 moved the caret of whoever received the other's first keystroke back
   * before it (it treated any change of the paragraph's text as a misresolved caret and recovered it by
   * offset), so the rest of their sentence went after the other's text and their leading space stayed
   * behind: 4 of 5 rounds broke without the patch in `patches/`.
   */
  it("two members typing at the end of the same paragraph at once both keep their sentences whole", async () => {
    // the last sections: the tests after this one edit the first three
    const spots = sectionIds.slice(-3);
    expect(spots).toHaveLength(3);
    for (const [round, s] of spots.entries()) {
      await caretAtEnd(a, s);
      await caretAtEnd(b, s);
      await a.waitForTimeout(200);
      const fromA = ` Amina${round} says family hubs open in May.`;
      const fromB = ` Ben${round} adds the JSNA refresh is due.`;
      await Promise.all([a.keyboard.type(fromA, { delay: 15 }), b.keyboard.type(fromB, { delay: 15 })]);
      for (const page of [a, b]) {
        // leading spaces included: a space left behind is the bug's first sign
        await expect.poll(() => bodyText(page, s), { timeout: 10_000 }).toContain(fromA);
        await expect.poll(() => bodyText(page, s), { timeout: 10_000 }).toContain(fromB);
      }
      expect(await bodyText(a, s)).toBe(await bodyText(b, s));
    }
  });

  it("structured cells edited by two people merge (actions table)", async () => {
    await a.getByRole("button", { name: "Add action" }).click();
    const titleA = a.getByLabel(/^Title, Action 1/);
    await titleA.fill("Open two family hubs");
    await titleA.press("Enter");
    const leadB = b.getByLabel(/^Lead organisation, Action 1/);
    await leadB.waitFor();
    await leadB.fill("Riverside CVS");
    await leadB.press("Enter");
    await expect.poll(() => b.getByLabel(/^Title, Action 1/).inputValue()).toBe("Open two family hubs");
    await expect.poll(() => a.getByLabel(/^Lead organisation, Action 1/).inputValue()).toBe("Riverside CVS");
  });

  it("an offline edit is kept and both converge on identical text when back online", async () => {
    const s2 = sectionIds[1]!;
    await ctxB.setOffline(true);
    await b.getByRole("status").filter({ hasText: "Offline — changes kept on this device" }).waitFor();
    await typeAtEnd(b, s2, " Written on the train, offline.");
    await typeAtEnd(a, s2, " Added online meanwhile.");
    await shot(b, "offline");
    // A cannot see B's offline text yet.
    await a.waitForTimeout(300);
    expect(await bodyText(a, s2)).not.toContain("Written on the train");

    await ctxB.setOffline(false);
    await b.getByRole("status").filter({ hasText: "Connected" }).waitFor();
    for (const page of [a, b]) {
      await expect.poll(() => bodyText(page, s2), { timeout: 15_000 }).toContain("Written on the train, offline.");
      await expect.poll(() => bodyText(page, s2), { timeout: 15_000 }).toContain("Added online meanwhile.");
    }
    await expect.poll(async () => (await bodyJson(a, s2)) === (await bodyJson(b, s2))).toBe(true);

    // The server has it too.
    const y = connectYjs(server, fx.facilitator, fx.planId);
    try {
      await waitForSync(y);
      expect(sectionText(y.doc, s2)).toContain("Written on the train, offline.");
      expect(sectionText(y.doc, s2)).toBe(pmText(JSON.parse(await bodyJson(a, s2)) as PmDoc));
    } finally {
      y.destroy();
    }
  });

  it("offline edits survive closing the tab and reach everyone when the plan is next opened online", async () => {
    const s3 = sectionIds[2]!;
    await ctxB.setOffline(true);
    await b.getByRole("status").filter({ hasText: "Offline — changes kept on this device" }).waitFor();
    await typeAtEnd(b, s3, " Drafted offline, tab closed before reconnecting.");
    await b.waitForTimeout(300); // y-indexeddb stores each update as it happens
    await b.close();
    await ctxB.setOffline(false);
    expect(await bodyText(a, s3)).not.toContain("tab closed before reconnecting");
    b = await ctxB.newPage();
    b.setDefaultTimeout(15_000);
    await openPlan(b);
    await expect.poll(() => bodyText(a, s3), { timeout: 15_000 }).toContain("Drafted offline, tab closed before reconnecting.");
  });

  it("a viewer cannot type, and nothing they try reaches the server", async () => {
    const s1 = sectionIds[0]!;
    await v.goto(`/plans/${fx.planId}`);
    await v.locator(".plan-editor[data-ready='true'] .plan-section").first().waitFor();
    await v.getByText("You can view this plan", { exact: true }).waitFor();
    expect(await body(v, s1).getAttribute("contenteditable")).toBe("false");
    expect(await v.getByRole("toolbar").count()).toBe(0);
    expect(await v.getByLabel("Section title").count()).toBe(0);
    expect(await v.getByRole("button", { name: "Add action" }).count()).toBe(0);
    expect(await v.getByRole("button", { name: "Add section" }).count()).toBe(0);
    expect(await v.getByRole("button", { name: /^Move '.*' (up|down)$/ }).count()).toBe(0);
    expect(await v.getByRole("button", { name: /^Remove section/ }).count()).toBe(0);
    expect(await v.getByLabel(/^Title, Action 1/).isDisabled()).toBe(true);

    const before = await bodyText(v, s1);
    await body(v, s1).click();
    await v.keyboard.type("VIEWER WAS HERE");
    await v.keyboard.press("Backspace");
    await v.waitForTimeout(500);
    expect(await bodyText(v, s1)).toBe(before);

    const y = connectYjs(server, fx.facilitator, fx.planId);
    try {
      await waitForSync(y);
      expect(JSON.stringify(readPlan(y.doc))).not.toContain("VIEWER WAS HERE");
      expect(sectionText(y.doc, s1)).toBe(pmText(JSON.parse(await bodyJson(a, s1)) as PmDoc));
    } finally {
      y.destroy();
    }
    await shot(v, "viewer");
  });

  it("a member whose role drops to viewer is told and loses editing without reloading", async () => {
    const s1 = sectionIds[0]!;
    expect(await body(b, s1).getAttribute("contenteditable")).toBe("true");
    const r = await fx.facilitator.patch(`/api/partnerships/${fx.partnershipId}/members/${bUserId}`, { role: "viewer" });
    expect(r.status).toBe(200);
    await expect.poll(() => body(b, s1).getAttribute("contenteditable"), { timeout: 15_000 }).toBe("false");
    await b.getByText("You can view this plan", { exact: true }).waitFor();
    expect(await b.getByRole("toolbar").count()).toBe(0);
    await b.getByRole("status").filter({ hasText: "Connected" }).waitFor();
  });

  it("signing out deletes this device's offline copies of plans", async () => {
    const names = () => b.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? "").filter((n) => n.startsWith("jigsaw-plan:")));
    expect(await names()).toContain(`jigsaw-plan:${bUserId}:${fx.planId}`);
    await b.goto("/signout");
    await b.getByRole("button", { name: "Sign out", exact: true }).click();
    await b.waitForURL("**/signin");
    await expect.poll(names).toEqual([]);
  });

  it("is usable at 360 px and has no serious accessibility issues", async () => {
    expect(await runAxe(a), "axe on the editor").toEqual([]);
    await a.setViewportSize({ width: 360, height: 740 });
    await a.waitForTimeout(100);
    expect(await horizontalOverflow(a), "horizontal scroll at 360px").toBeLessThanOrEqual(0);
    expect(await runAxe(a), "axe on the editor at 360px").toEqual([]);
    await shot(a, "360");
    await a.setViewportSize({ width: 1280, height: 900 });
  }, 120_000);

  it("an editor adds, reorders (by keyboard, announced) and removes a section; the server has the result", async () => {
    const serverTitles = async () => {
      const y = connectYjs(server, fx.facilitator, fx.planId);
      try {
        await waitForSync(y);
        return readSections(y.doc).map((x) => x.title);
      } finally {
        y.destroy();
      }
    };
    const before = await a.locator(".plan-section").count();
    await a.getByLabel("New section title").fill("Neighbourhood working");
    await a.getByRole("button", { name: "Add section" }).click();
    const heading = a.getByRole("heading", { level: 2, name: /Neighbourhood working/ });
    await heading.waitFor();
    expect(await a.locator(".plan-section").count()).toBe(before + 1);
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(async () => (await serverTitles()).at(-1)).toBe("Neighbourhood working");

    // Move it up with the keyboard: focus stays on the button and the move is announced.
    const up = a.getByRole("button", { name: "Move 'Neighbourhood working' up" });
    await up.focus();
    await a.keyboard.press("Enter");
    await expect.poll(() => a.locator(".announcer").textContent()).toBe(`Moved 'Neighbourhood working' to position ${before}`);
    await expect.poll(() => up.evaluate((el) => el === document.activeElement)).toBe(true);
    await a.keyboard.press("Enter");
    await expect.poll(() => a.locator(".announcer").textContent()).toBe(`Moved 'Neighbourhood working' to position ${before - 1}`);
    await expect.poll(async () => (await serverTitles()).indexOf("Neighbourhood working")).toBe(before - 2);
    expect(await a.locator(`.plan-section`).nth(before - 2).getByRole("heading", { level: 2 }).textContent()).toContain("Neighbourhood working");

    // Remove asks first; cancelling keeps it.
    await a.getByRole("button", { name: "Remove section 'Neighbourhood working'" }).click();
    await a.getByRole("button", { name: "Cancel" }).click();
    expect(await heading.count()).toBe(1);
    await a.getByRole("button", { name: "Remove section 'Neighbourhood working'" }).click();
    await a.getByRole("button", { name: "Yes, remove section" }).click();
    await expect.poll(() => heading.count()).toBe(0);
    await expect.poll(() => a.locator(".announcer").textContent()).toBe("Removed section 'Neighbourhood working'");
    await expect.poll(async () => (await serverTitles()).includes("Neighbourhood working")).toBe(false);
    expect(await a.locator(".plan-section").count()).toBe(before);
  }, 120_000);
});
