import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { hasChromium, horizontalOverflow, launchBrowser, runAxe } from "../utils/browser.ts";

/**
 * Onboarding in a real browser: A signs up, creates a partnership, a plan and
 * an invite link; B signs up through the link and joins; both see the plan;
 * A sees B in Members. Key pages pass axe (no serious/critical issues) and do
 * not scroll sideways at 360 px.
 *
 * Set JIGSAW_SHOTS=/some/dir to save screenshots of each page.
 */
const shotsDir = process.env.JIGSAW_SHOTS;
const PASSWORD = "correct horse battery staple";

describe.skipIf(!hasChromium())("onboarding in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let ctxA: BrowserContext;
  let ctxB: BrowserContext;
  let a: Page;
  let b: Page;
  let partnershipUrl = "";
  let inviteUrl = "";
  const planTitle = "Riverside place plan 2026";

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    ctxA = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.origin });
    ctxB = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: server.origin });
    a = await ctxA.newPage();
    b = await ctxB.newPage();
    for (const page of [a, b]) page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** axe, then a 360 px layout check, then back to desktop width. */
  async function checkPage(page: Page, name: string) {
    expect(await runAxe(page), `axe on ${name}`).toEqual([]);
    await shot(page, `${name}-desktop`);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForTimeout(50);
    expect(await horizontalOverflow(page), `horizontal scroll at 360px on ${name}`).toBeLessThanOrEqual(0);
    expect(await runAxe(page), `axe at 360px on ${name}`).toEqual([]);
    await shot(page, `${name}-360`);
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  async function shot(page: Page, name: string) {
    if (!shotsDir) return;
    fs.mkdirSync(shotsDir, { recursive: true });
    await page.screenshot({ path: path.join(shotsDir, `shot-${name}.png`), fullPage: true });
  }

  async function signUp(page: Page, name: string, email: string) {
    await page.getByLabel("Your name").fill(name);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Create a password").fill(PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
  }

  it("A signs up from the sign-in page and sees an empty partnerships list", async () => {
    await a.goto("/");
    await a.waitForURL("**/signin");
    await expect.poll(() => a.getByRole("heading", { level: 1 }).textContent()).toBe("Sign in");
    await checkPage(a, "signin");

    // A wrong password gives one clear, non-enumerating error.
    await a.getByLabel("Email address").fill("nobody@example.org");
    await a.getByLabel("Password").fill("not the password at all");
    await a.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => a.getByRole("alert").textContent()).toContain("email address or password is not right");
    // The server's refusal moves focus to the error summary (GOV.UK), and what was typed stays.
    await expect.poll(() => a.evaluate(() => document.activeElement?.className)).toBe("error-summary");
    expect(await a.getByLabel("Email address").inputValue()).toBe("nobody@example.org");

    await a.getByRole("link", { name: "Create an account" }).click();
    await signUp(a, "Amina Okafor", "amina@riverside.gov.example");
    await a.waitForURL("**/partnerships");
    await a.getByText("You are not in a partnership yet").waitFor();
    await checkPage(a, "partnerships-empty");
  });

  it("A creates a partnership and a plan from the Place plan template", async () => {
    await a.getByRole("link", { name: "Create partnership" }).click();
    await a.waitForURL("**/partnerships/new");
    await a.getByLabel("Partnership name").fill("Riverside Place Partnership");
    await a.getByLabel("Place", { exact: true }).fill("Riverside");
    await a.getByLabel("Description (optional)").fill("Council, NHS, voluntary and community partners working on one plan for Riverside.");
    await a.getByLabel("Your organisation").fill("Riverside Borough Council");
    // Forgetting the sector: the summary takes focus, its link goes to the field, nothing typed is lost.
    await a.getByRole("button", { name: "Create partnership" }).click();
    const summary = a.getByRole("alert");
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.getByRole("link", { name: "Choose your sector" }).click();
    await expect.poll(() => a.evaluate(() => document.activeElement?.id)).toBe("field-sector");
    expect(await a.getByLabel("Partnership name").inputValue()).toBe("Riverside Place Partnership");
    await a.getByLabel("Council").check();
    await a.getByRole("button", { name: "Create partnership" }).click();
    await a.waitForURL(/\/partnerships\/[^/]+\/plans$/);
    partnershipUrl = new URL(a.url()).pathname;
    await a.getByRole("heading", { level: 1, name: "Riverside Place Partnership" }).waitFor();
    await a.getByText("No plans yet").waitFor();

    await a.getByRole("button", { name: "Create plan" }).click();
    await a.getByLabel("Plan title").fill(planTitle);
    await expect.poll(() => a.getByLabel("Place plan").isChecked()).toBe(true);
    await a.getByRole("button", { name: "Create plan" }).click();
    await a.waitForURL(/\/plans\/[^/]+$/);
    await a.getByRole("heading", { level: 1, name: planTitle }).waitFor();
    await a.locator("#plan-editor-root .plan-section").first().waitFor();

    await a.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Riverside Place Partnership" }).click();
    await a.getByRole("list", { name: "Plans" }).getByRole("link", { name: planTitle }).waitFor();
    await checkPage(a, "partnership-plans");
  });

  it("A creates an invite link for a community partner", async () => {
    await a.getByRole("link", { name: "Invites" }).click();
    await a.waitForURL("**/invites");
    await a.getByLabel("Their organisation (optional)").fill("Riverside Community Voice");
    await a.getByLabel("Their sector (optional)").selectOption("community");
    await a.getByRole("button", { name: "Create invite link" }).click();
    const link = a.getByLabel("Invite link", { exact: true });
    await link.waitFor();
    inviteUrl = await link.inputValue();
    expect(inviteUrl).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
    await a.getByRole("list", { name: "Invite links" }).getByText("Waiting").waitFor();
    await checkPage(a, "partnership-invites");
  });

  it("B opens the invite signed out, signs up, returns to the invite and joins", async () => {
    await b.goto(inviteUrl);
    await b.getByRole("heading", { level: 1, name: "You have been invited to join a partnership" }).waitFor();
    await checkPage(b, "invite-signed-out");
    await b.getByRole("link", { name: "Create an account" }).click();
    await signUp(b, "Ben Carter", "ben@communityvoice.example");
    await b.waitForURL(/\/invite\//);
    await b.getByRole("heading", { level: 1, name: "Join Riverside Place Partnership" }).waitFor();
    await b.getByText("Amina Okafor").waitFor();
    await checkPage(b, "invite-preview");

    // The facilitator named B's organisation and sector: B sees them, and cannot join as another organisation.
    const named = b.locator(".summary-list").filter({ hasText: "Your organisation" });
    expect(await named.textContent()).toContain("Riverside Community Voice");
    expect(await named.textContent()).toContain("Community");
    expect(await b.getByLabel("Your organisation").count()).toBe(0);
    await b.getByRole("button", { name: "Accept and join" }).click();
    await b.waitForURL(`**${partnershipUrl}`);
    await b.getByRole("list", { name: "Plans" }).getByRole("link", { name: planTitle }).waitFor();
  });

  it("A sees B in Members with organisation and sector, and the plan in the list", async () => {
    await a.goto(partnershipUrl);
    await a.getByRole("list", { name: "Plans" }).getByRole("link", { name: planTitle }).waitFor();
    await a.getByRole("link", { name: "Members" }).click();
    const members = a.getByRole("list", { name: "Members" });
    const ben = members.getByRole("listitem").filter({ hasText: "Ben Carter" });
    await ben.waitFor();
    expect(await ben.textContent()).toContain("Riverside Community Voice");
    expect(await ben.locator(".sector-badge").textContent()).toBe("Community");
    expect(await ben.textContent()).toContain("Editor");
    await checkPage(a, "partnership-members");
    if (process.env.JIGSAW_README_SHOT) {
      await a.setViewportSize({ width: 1200, height: 900 });
      await a.screenshot({ path: process.env.JIGSAW_README_SHOT });
    }
  });
});
