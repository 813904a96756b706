import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchBrowser, signedInContext } from "../utils/browser.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { createCollabFixture, type CollabFixture } from "../utils/yjsClient.ts";

const EDITABLE = ".plan-editor[data-ready='true'] .ProseMirror[contenteditable='true']";

/**
 * What the client Jigsaw ships sends while a meeting types (issue 21, the
 * server's cost with real clients): a member whose caret rests in a section
 * sends no presence while others type there. Tiptap's caret plugin re-sends an
 * unchanged caret each time a remote edit lands in a focused editor, so a
 * meeting of N sent N−1 presence frames per keystroke, each fanned out to N−1
 * people; and opening a plan re-sent the same name once per section.
 */
describe.skipIf(!hasChromium())("presence frames sent by the plan page", () => {
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

  /** Count the awareness frames (y-protocols message type 1) a page sends on its live connection. */
  async function countPresenceFrames(page: Page): Promise<() => number> {
    let n = 0;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Network.enable");
    cdp.on("Network.webSocketFrameSent", (e: { response: { opcode: number; payloadData: string } }) => {
      if (e.response.opcode === 2 && Buffer.from(e.response.payloadData, "base64")[0] === 1) n++;
    });
    return () => n;
  }

  it("a member resting in a section sends nothing while another types there, and opening a plan sends the name once", async () => {
    const member = await fx.addMember("editor", "Ben Rivers", "voluntary");
    const amaraCtx = await signedInContext(browser, server.origin, fx.facilitator.cookieHeader, { width: 1280, height: 800 });
    const benCtx = await signedInContext(browser, server.origin, member.api.cookieHeader, { width: 1280, height: 800 });
    try {
      const amara = await amaraCtx.newPage();
      await amara.goto(`/plans/${fx.planId}`);
      await amara.locator(EDITABLE).first().waitFor({ timeout: 30_000 });

      const ben = await benCtx.newPage();
      const benSent = await countPresenceFrames(ben);
      await ben.goto(`/plans/${fx.planId}`);
      await ben.locator(EDITABLE).first().waitFor({ timeout: 30_000 });
      // let every section's editor mount (they are built one after another)
      await expect.poll(async () => ben.locator(`${EDITABLE}[data-section-body]`).count(), { timeout: 15_000 }).toBe(await ben.locator(".plan-section").count());
      await ben.waitForTimeout(500);
      // name and colour, and maybe the room's colour once it is known: not once per section
      expect(benSent()).toBeLessThanOrEqual(3);

      // Ben's caret rests at the end of the first section; Amara types at its start.
      await ben.locator(EDITABLE).first().click();
      await ben.keyboard.press("Control+End");
      await amara.locator(EDITABLE).first().click();
      await amara.keyboard.press("Control+Home");
      await ben.waitForTimeout(500);
      const before = benSent();
      for (let i = 0; i < 15; i++) {
        await amara.keyboard.type("x");
        await amara.waitForTimeout(60);
      }
      await expect.poll(async () => (await ben.locator(EDITABLE).first().textContent())?.startsWith("x".repeat(15)), { timeout: 10_000 }).toBe(true);
      await ben.waitForTimeout(500);
      expect(benSent() - before).toBe(0);
    } finally {
      await amaraCtx.close();
      await benCtx.close();
    }
  }, 90_000);
});
