import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { totpCode } from "@jigsaw/server/src/services/totp.ts";
import { ApiClient } from "../utils/apiClient.ts";
import { uniqueEmail } from "../utils/apiFixtures.ts";
import { hasChromium, launchBrowser, runAxe } from "../utils/browser.ts";
import { linkIn, waitForMail } from "../utils/mailOutbox.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

const PASSWORD = "correct horse battery staple";
const NEW_PASSWORD = "lantern orchard kettle ribbon";

/**
 * In a real browser: forgot password → open the link from the `.eml` the
 * server wrote → choose a new password → sign in with it; then turn on
 * two-factor sign-in from Account settings and sign in with a code (the test
 * plays the authenticator app with the secret the page shows).
 */
describe.skipIf(!hasChromium())("account security in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const email = uniqueEmail("rosa");

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    await new ApiClient(server.origin).signUp(email, "Rosa Reset", PASSWORD);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.origin });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signIn(password: string) {
    await page.goto("/signin");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  it("resets a forgotten password from the emailed link", async () => {
    await page.goto("/signin");
    await page.getByRole("link", { name: "Forgotten your password?" }).click();
    await page.waitForURL("**/forgot-password");
    expect(await runAxe(page), "axe on forgot-password").toEqual([]);
    await page.getByLabel("Email address").fill(email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Check your email");

    const mail = await waitForMail(server.dataDir, email, /Reset your Jigsaw password/);
    const link = linkIn(mail, `${server.config.publicUrl}/reset-password#token=`);
    await page.goto(link);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Choose a new password");
    expect(await runAxe(page), "axe on reset-password").toEqual([]);

    // a breached password is refused with a message; the link still works after
    await page.getByLabel("New password").fill("password1234");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("known to attackers");

    await page.getByLabel("New password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Save new password" }).click();
    await page.waitForURL("**/signin");
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Your password has been changed");

    await signIn(NEW_PASSWORD);
    await page.waitForURL("**/partnerships");
  });

  it("turns on two-factor sign-in and signs in with a code; a wrong code is refused", async () => {
    await page.goto("/account/security");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Sign-in and security");
    await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
    const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s+/g, "");
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(await runAxe(page), "axe on two-factor set-up").toEqual([]);
    // the authenticator app's code of a moment ago turns it on; the current one signs in (each code is used once)
    await page.getByLabel("Code from your app").fill(totpCode(secret, Date.now() - 30_000));
    await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
    await expect.poll(() => page.getByRole("status").first().textContent()).toContain("Two-factor sign-in is on");

    await page.goto("/signout");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await page.waitForURL("**/signin");
    await signIn(NEW_PASSWORD);
    const code = page.getByLabel("Code from your authenticator app");
    await code.waitFor();
    expect(await runAxe(page), "axe on sign-in with code").toEqual([]);

    await code.fill(totpCode(secret, Date.now() - 10 * 60_000));
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("code is not right");

    await code.fill(totpCode(secret, Date.now() + 30_000));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL("**/partnerships");
  });

  it("every page's footer links to the privacy notice and the accessibility statement, which pass axe", async () => {
    for (const [link, heading] of [
      ["Privacy notice", "Privacy notice"],
      ["Accessibility statement", "Accessibility statement for Jigsaw"],
    ] as const) {
      for (const start of ["/signin", "/partnerships"]) {
        await page.goto(start);
        await page.getByRole("contentinfo").getByRole("link", { name: link }).click();
        await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(heading);
      }
      expect(await runAxe(page), `axe on ${link}`).toEqual([]);
    }
    const statement = (await page.getByRole("main").textContent()) ?? "";
    for (const section of ["Compliance status", "Non-accessible content", "Disproportionate burden", "Preparation of this accessibility statement", "Enforcement procedure"]) {
      expect(statement).toContain(section);
    }
  });
});
