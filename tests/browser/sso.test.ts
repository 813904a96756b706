import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { hasChromium, launchBrowser, runAxe } from "../utils/browser.ts";
import { startTestIdp, type TestIdp } from "../utils/oidcProvider.ts";
import { freePort, startTestServer, type TestServer } from "../utils/testServer.ts";

/** In a real browser: sign in through the test OpenID Provider from the sign-in page, and a refused domain. */
describe.skipIf(!hasChromium())("single sign-on in the browser", () => {
  let server: TestServer;
  let idp: TestIdp;
  let browser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    idp = await startTestIdp(port);
    server = await startTestServer({ port, env: { OIDC_PROVIDERS: idp.envValue } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await idp?.close();
  });

  async function signInThroughProvider(page: Page, email: string) {
    await page.goto("/signin");
    await page.getByRole("link", { name: "Sign in with Riverside NHS" }).click();
    await page.waitForURL(`${idp.issuer}/interaction/**`);
    await page.locator('input[name="login"]').fill(email);
    await page.locator('input[name="password"]').fill("anything");
    await page.locator('button[type="submit"]').click();
    // the provider's consent page
    await page.locator('button[type="submit"]').click();
  }

  it("signs in with the organisation's account and lands signed in", async () => {
    const context = await browser.newContext({ baseURL: server.origin });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto("/signin");
    expect(await runAxe(page), "axe on sign-in with SSO").toEqual([]);
    await signInThroughProvider(page, "priya@nhs.example");
    await page.waitForURL(`${server.origin}/partnerships`);
    const me = await page.evaluate(async () => (await fetch("/api/auth/me")).json());
    expect(me.data).toMatchObject({ email: "priya@nhs.example", displayName: "Person priya" });
    await context.close();
  });

  it("an account from a domain the provider may not sign in is turned back with a message", async () => {
    const context = await browser.newContext({ baseURL: server.origin });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signInThroughProvider(page, "someone@elsewhere.example");
    await page.waitForURL(`${server.origin}/signin?sso=domain`);
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("cannot sign in to Jigsaw here");
    await context.close();
  });
});
