import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import type * as Y from "yjs";
import { planRoots, readAction } from "@jigsaw/shared/plan/index";
import type { ApiClient } from "../utils/apiClient.ts";
import { hasChromium, launchBrowser, signedInContext } from "../utils/browser.ts";
import { addLedAction, changePlan } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { createCollabFixture, type CollabFixture } from "../utils/yjsClient.ts";

/**
 * Typing through an input method (Japanese, Korean, dead keys) in a free-text
 * table cell, in real Chromium, the composition driven through the DevTools
 * protocol as an IME drives it (Input.imeSetComposition for each state of the
 * composition, Input.insertText to commit it), with a second window on the same
 * plan. What is right: nothing half-composed is written to the shared text (the
 * other window and the server see the text before the composition, then the
 * committed text once); a change from someone else arriving during the
 * composition does not disturb it (the composing window's field is left alone
 * until the composition ends) and is kept, with the committed text where it was
 * composed and the caret after it.
 */
describe.skipIf(!hasChromium())("typing through an input method in table cells", () => {
  let server: TestServer;
  let browser: Browser;
  let fx: CollabFixture;
  let david: Page;
  let nadia: Page;
  let cdp: CDPSession;

  const contextFor = (api: ApiClient): Promise<BrowserContext> => signedInContext(browser, server.origin, api.cookieHeader, { width: 1280, height: 720 });
  const field = (page: Page, rowId: string, name: string) => page.locator(`[data-cell="${rowId}/${name}"]`).locator("textarea, input");
  const value = (page: Page, rowId: string, name: string) => field(page, rowId, name).inputValue();
  const selection = (page: Page, rowId: string, name: string) =>
    field(page, rowId, name).evaluate((el) => [(el as HTMLInputElement).selectionStart, (el as HTMLInputElement).selectionEnd]);

  async function openPlan(page: Page) {
    await page.goto(`/plans/${fx.planId}`);
    await page.locator(".plan-editor[data-ready='true'] .plan-section").first().waitFor({ timeout: 45_000 });
    await expect.poll(() => page.getByRole("status").filter({ hasText: /Connected/ }).count()).toBeGreaterThan(0);
  }

  async function serverAction(id: string) {
    const doc = (await server.ctx.planDocs.doc(fx.planId))!;
    try {
      return readAction(doc, id);
    } finally {
      doc.destroy();
    }
  }

  /** Focus a cell on Nadia's page with the caret at `at`. */
  async function caretIn(rowId: string, name: string, at: number) {
    await field(nadia, rowId, name).click();
    await field(nadia, rowId, name).evaluate((el, i) => (el as HTMLInputElement).setSelectionRange(i, i), at);
  }

  /** Each state of a composition as the IME shows it (caret at its end). */
  async function compose(...states: string[]) {
    for (const text of states) await cdp.send("Input.imeSetComposition", { text, selectionStart: text.length, selectionEnd: text.length });
  }

  /** Commit the composition with `text`. */
  async function commit(text: string) {
    await cdp.send("Input.insertText", { text });
  }

  /** Record every value a cell shows on a page from now on (`seen`), polled every few ms. */
  async function watch(page: Page, rowId: string, name: string) {
    await field(page, rowId, name).evaluate((el) => {
      const w = window as unknown as { seen: string[]; stopWatching?: () => void };
      w.stopWatching?.();
      w.seen = [(el as HTMLInputElement).value];
      const timer = setInterval(() => {
        const v = (el as HTMLInputElement).value;
        if (v !== w.seen[w.seen.length - 1]) w.seen.push(v);
      }, 2);
      w.stopWatching = () => clearInterval(timer);
    });
  }
  const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: string[] }).seen);

  /** Which composition events the field got, and whether `input` came while composing (to report). */
  async function logComposition(page: Page, rowId: string, name: string) {
    await field(page, rowId, name).evaluate((el) => {
      const w = window as unknown as { imeLog: string[] };
      w.imeLog = [];
      for (const type of ["compositionstart", "compositionupdate", "compositionend", "input"]) {
        el.addEventListener(type, (e) => w.imeLog.push(`${type}${(e as InputEvent).isComposing ? "*" : ""}`));
      }
    });
  }

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createCollabFixture(server, "place_plan");
    const d = await fx.addMember("editor", "David Dunmore", "nhs");
    const n = await fx.addMember("editor", "Nadia Nasser", "nhs");
    browser = await launchBrowser();
    david = await (await contextFor(d.api)).newPage();
    nadia = await (await contextFor(n.api)).newPage();
    for (const page of [david, nadia]) page.setDefaultTimeout(15_000);
    cdp = await nadia.context().newCDPSession(nadia);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a Japanese composition in a title: the other window and the server get nothing half-composed, then the committed text once, the caret after it", async () => {
    const id = await addLedAction(server, fx.planId, "Family hubs", "Riverside Council");
    await Promise.all([openPlan(david), openPlan(nadia)]);
    await expect.poll(() => value(david, id, "title")).toBe("Family hubs");
    await watch(david, id, "title");
    await logComposition(nadia, id, "title");
    await caretIn(id, "title", "Family hubs".length);
    await nadia.keyboard.type(" ");
    await expect.poll(() => value(david, id, "title")).toBe("Family hubs ");

    // にほんご → 日本語, committed in two compositions (日本, then 語), as a Japanese IME does by clauses.
    await compose("ｎ", "に", "にｈ", "にほ", "にほｎ", "にほん");
    expect(await value(nadia, id, "title"), "the composition shows in Nadia's field").toBe("Family hubs にほん");
    expect(await selection(nadia, id, "title")).toEqual(["Family hubs にほん".length, "Family hubs にほん".length]);
    await compose("日本");
    // Give a write (if there were one) time to travel: nothing half-composed reaches David or the server.
    await david.waitForTimeout(400);
    expect(await value(david, id, "title")).toBe("Family hubs ");
    expect((await serverAction(id))?.title).toBe("Family hubs ");
    await commit("日本");
    await compose("ｇ", "ご");
    await compose("語");
    await commit("語");
    const done = "Family hubs 日本語";
    expect(await value(nadia, id, "title")).toBe(done);
    expect(await selection(nadia, id, "title"), "Nadia's caret after what she committed").toEqual([done.length, done.length]);
    await expect.poll(() => value(david, id, "title")).toBe(done);
    await expect.poll(async () => (await serverAction(id))?.title).toBe(done);
    // David saw the text before each composition and after each commit, nothing in between.
    const allowed = ["Family hubs", "Family hubs ", "Family hubs 日本", done];
    expect((await seen(david)).filter((v) => !allowed.includes(v)), "values David saw other than before and after each commit").toEqual([]);

    // She types on where the caret is: the text follows what she committed.
    await nadia.keyboard.type(" plan");
    for (const page of [nadia, david]) await expect.poll(() => value(page, id, "title")).toBe(`${done} plan`);
    const log = await nadia.evaluate(() => (window as unknown as { imeLog: string[] }).imeLog);
    process.stdout.write(`[tableCellsIme] events of one composition in Chromium: ${log.slice(1, log.indexOf("compositionend") + 1).join(" ")}\n`);
    // Ctrl+Z undoes her typing, the composed words too, and nothing of it is left over twice.
    for (let i = 0; i < 10 && (await value(nadia, id, "title")) !== "Family hubs"; i++) await nadia.keyboard.press("Control+z");
    for (const page of [nadia, david]) await expect.poll(() => value(page, id, "title")).toBe("Family hubs");
  }, 90_000);

  it("David types in the same title during Nadia's composition: her composition is not disturbed, both keep their words, her caret stays after hers", async () => {
    const id = await addLedAction(server, fx.planId, "Warm homes", "Riverside Council");
    await expect.poll(() => value(nadia, id, "title")).toBe("Warm homes");
    await expect.poll(() => value(david, id, "title")).toBe("Warm homes");
    await caretIn(id, "title", "Warm".length);
    await field(david, id, "title").click();
    await david.keyboard.press("Control+Home");

    await compose("あ", "あた", "あたた", "あたたか");
    // David types at the start, and at the end, while Nadia composes in the middle.
    await david.keyboard.type("Cosy, ", { delay: 20 });
    await david.keyboard.press("Control+End");
    await david.keyboard.type(" for tenants", { delay: 20 });
    await expect.poll(async () => (await serverAction(id))?.title).toBe("Cosy, Warm homes for tenants");
    await nadia.waitForTimeout(300);
    // Her field is left as the IME has it until the composition ends (rewriting it would break the composition).
    expect(await value(nadia, id, "title")).toBe("Warmあたたか homes");
    expect(await selection(nadia, id, "title")).toEqual(["Warmあたたか".length, "Warmあたたか".length]);
    await compose("あたたかい", "暖かい");
    await commit("暖かい");

    const both = "Cosy, Warm暖かい homes for tenants";
    for (const page of [nadia, david]) await expect.poll(() => value(page, id, "title")).toBe(both);
    await expect.poll(async () => (await serverAction(id))?.title).toBe(both);
    expect(await selection(nadia, id, "title"), "Nadia's caret after what she committed").toEqual(["Cosy, Warm暖かい".length, "Cosy, Warm暖かい".length]);
    await nadia.keyboard.type("!");
    await david.keyboard.type(".");
    const final = "Cosy, Warm暖かい! homes for tenants.";
    for (const page of [nadia, david]) await expect.poll(() => value(page, id, "title")).toBe(final);
    await expect.poll(async () => (await serverAction(id))?.title).toBe(final);
  }, 90_000);

  it("David types right where Nadia composes: the words of both arrive once each", async () => {
    const id = await addLedAction(server, fx.planId, "Homes", "Riverside Council");
    await expect.poll(() => value(nadia, id, "title")).toBe("Homes");
    await expect.poll(() => value(david, id, "title")).toBe("Homes");
    await caretIn(id, "title", "Homes".length);
    await field(david, id, "title").click();
    await david.keyboard.press("Control+End");
    await compose("ｇ", "が");
    await david.keyboard.type(" 24/7", { delay: 20 });
    // …and deletes the "s" just before her composition.
    await david.keyboard.press("ArrowLeft");
    for (let i = 0; i < " 24/".length; i++) await david.keyboard.press("ArrowLeft");
    await david.keyboard.press("Backspace");
    await expect.poll(async () => (await serverAction(id))?.title).toBe("Home 24/7");
    await compose("がっこう", "学校");
    await commit("学校");
    // Concurrent inserts at the same place are ordered one way on both screens; each text once, whole.
    await expect.poll(() => value(david, id, "title")).toMatch(/^Home( 24\/7学校|学校 24\/7)$/);
    const shown = await value(david, id, "title");
    await expect.poll(() => value(nadia, id, "title")).toBe(shown);
    await expect.poll(async () => (await serverAction(id))?.title).toBe(shown);
    const caret = shown.indexOf("学校") + 2;
    expect(await selection(nadia, id, "title")).toEqual([caret, caret]);
  }, 90_000);

  it("a title still held as plain text (a plan stored before): David's first keystrokes convert it during Nadia's composition, both keep their words", async () => {
    const id = await addLedAction(server, fx.planId, "Warm homes", "Riverside Council");
    await changePlan(server, fx.planId, null, (doc) => (planRoots(doc).actions.get(id) as Y.Map<unknown>).set("title", "Warm homes"));
    await expect.poll(() => value(nadia, id, "title")).toBe("Warm homes");
    await expect.poll(() => value(david, id, "title")).toBe("Warm homes");
    await caretIn(id, "title", "Warm".length);
    await field(david, id, "title").click();
    await david.keyboard.press("Control+Home");
    await compose("あ", "あた", "あたた", "あたたか");
    await david.keyboard.type("Cosy, ", { delay: 20 });
    await expect.poll(async () => (await serverAction(id))?.title).toBe("Cosy, Warm homes");
    await nadia.waitForTimeout(300);
    expect(await value(nadia, id, "title")).toBe("Warmあたたか homes");
    await compose("あたたかい", "暖かい");
    await commit("暖かい");
    const both = "Cosy, Warm暖かい homes";
    for (const page of [nadia, david]) await expect.poll(() => value(page, id, "title")).toBe(both);
    await expect.poll(async () => (await serverAction(id))?.title).toBe(both);
    expect(await selection(nadia, id, "title")).toEqual(["Cosy, Warm暖かい".length, "Cosy, Warm暖かい".length]);
  }, 90_000);

  it("a dead key and Korean syllables in a one-line cell: the accent and the jamo never leave the window, the letters arrive once", async () => {
    const id = await addLedAction(server, fx.planId, "Family hubs", "Caf Riverside");
    await expect.poll(() => value(nadia, id, "leadOrganisation")).toBe("Caf Riverside");
    await expect.poll(() => value(david, id, "leadOrganisation")).toBe("Caf Riverside");
    await watch(david, id, "leadOrganisation");
    // A dead key (´ then e) in the middle of a word: the caret ends after é, before the space.
    await caretIn(id, "leadOrganisation", "Caf".length);
    await compose("´");
    expect(await value(nadia, id, "leadOrganisation")).toBe("Caf´ Riverside");
    await commit("é");
    expect(await value(nadia, id, "leadOrganisation")).toBe("Café Riverside");
    expect(await selection(nadia, id, "leadOrganisation")).toEqual([4, 4]);
    await expect.poll(() => value(david, id, "leadOrganisation")).toBe("Café Riverside");

    // 한글 at the end, one syllable per composition, as a Korean IME commits them.
    await nadia.keyboard.press("End");
    await nadia.keyboard.type(" ");
    await compose("ㅎ", "하", "한");
    await commit("한");
    await compose("ㄱ", "그", "글");
    await commit("글");
    const done = "Café Riverside 한글";
    expect(await value(nadia, id, "leadOrganisation")).toBe(done);
    expect(await selection(nadia, id, "leadOrganisation")).toEqual([done.length, done.length]);
    await expect.poll(() => value(david, id, "leadOrganisation")).toBe(done);
    await expect.poll(async () => (await serverAction(id))?.leadOrganisation).toBe(done);
    const allowed = ["Caf Riverside", "Café Riverside", "Café Riverside ", "Café Riverside 한", done];
    expect((await seen(david)).filter((v) => !allowed.includes(v)), "values David saw other than before and after each commit").toEqual([]);

    // A composition given up (the IME's text cleared, as Escape does) leaves the text as it was.
    await compose("ㅂ", "바");
    await compose("");
    await nadia.keyboard.type("!");
    for (const page of [nadia, david]) await expect.poll(() => value(page, id, "leadOrganisation")).toBe(`${done}!`);
  }, 90_000);

  it("the section body (ProseMirror) takes a composition too: the committed text once in both windows", async () => {
    const sectionId = await nadia.locator(".plan-section").first().evaluate((e) => (e as HTMLElement).dataset.sectionId!);
    const body = (page: Page) => page.locator(`[data-section-body="${sectionId}"]`);
    const bodyText = (page: Page) =>
      body(page).evaluate((el) => {
        const editor = (el as HTMLElement & { editor?: { state: { doc: { content: { size: number }; textBetween(from: number, to: number, sep: string): string } } } }).editor;
        if (!editor) throw new Error("no editor on the section body");
        const d = editor.state.doc;
        return d.textBetween(0, d.content.size, "\n");
      });
    const before = await bodyText(nadia);
    await body(nadia).click();
    await nadia.keyboard.press("Control+End");
    await nadia.waitForTimeout(50);
    await nadia.keyboard.type(" ");
    await compose("ｎ", "に", "にほ", "にほん", "にほんご", "日本語");
    await commit("日本語");
    const expected = `${before} 日本語`;
    for (const page of [nadia, david]) await expect.poll(() => bodyText(page), { timeout: 10_000 }).toBe(expected);
  }, 90_000);
});
