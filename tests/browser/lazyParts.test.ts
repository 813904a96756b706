import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Route } from "playwright-core";
import { hasChromium, launchBrowser, signedInContext } from "../utils/browser.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { createCollabFixture, type CollabFixture } from "../utils/yjsClient.ts";

/**
 * The plan page loads its parts on demand (issue 21, speed): while a part's
 * code loads it shows a progress line, and when it cannot be fetched (offline,
 * or Jigsaw updated while the page was open) it says so with a "Try again"
 * button that fetches it again, without reloading the page or losing the editor.
 */
describe.skipIf(!hasChromium())("parts of the plan page loaded on demand", () => {
  let server: TestServer;
  let browser: Browser;
  let fx: CollabFixture;

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createCollabFixture(server, "place_plan");
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("a part whose code fails to load says so and loads on 'Try again', with a progress line meanwhile", async () => {
    const ctx = await signedInContext(browser, server.origin, fx.facilitator.cookieHeader, { width: 1280, height: 800 });
    const page = await ctx.newPage();
    page.setDefaultTimeout(15_000);
    let mode: "fail" | "slow" = "fail";
    let release: () => void = () => {};
    const released = new Promise<void>((r) => (release = r));
    await page.route(/\/assets\/CommentSidebar-[^/]+\.js$/, async (route: Route) => {
      if (mode === "fail") return route.abort("internetdisconnected");
      await released;
      return route.continue();
    });
    await page.goto(`/plans/${fx.planId}`);
    await page.locator(".plan-editor[data-ready='true'] .ProseMirror[contenteditable='true']").first().waitFor();
    const alert = page.getByRole("alert").filter({ hasText: "Jigsaw could not load the comments" });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Check your connection, then try again/);
    // The rest of the page works meanwhile: the editor is editable.
    expect(await page.locator(".plan-section .ProseMirror[contenteditable='true']").count()).toBeGreaterThan(0);

    mode = "slow";
    await alert.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("status").filter({ hasText: "Loading the comments…" }).waitFor();
    release();
    await page.locator(".comment-sidebar").waitFor();
    expect(await alert.count()).toBe(0);
    await ctx.close();
  }, 60_000);
});
