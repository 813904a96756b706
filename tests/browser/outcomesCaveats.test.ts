import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { addIndicator, addSection } from "@jigsaw/shared/plan/index";
import { createPartnership, createPlan, signedUpClient } from "../utils/apiFixtures.ts";
import { editPlan } from "../utils/agreementFixtures.ts";
import { hasChromium, launchBrowser, runAxe, signedInContext } from "../utils/browser.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

/**
 * The outcomes model shown as honestly as it is stored (issue 22), in a real browser: the plan's coverage view
 * (covered / not covered per framework, linking to the sections and indicators that cover each item), caveats
 * (term, framework and link notes, currency checks, codes labelled by their scheme), and a partnership's own
 * source and JSNA indicator. axe at every impact on each page touched.
 */
describe.skipIf(!hasChromium())("coverage, caveats and local indicators in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let planId: string;
  let pid: string;

  beforeAll(async () => {
    server = await startTestServer();
    const f = await signedUpClient(server, "Fola");
    pid = (await createPartnership(f.client)).id;
    planId = (await createPlan(f.client, pid, "Riverside Place Plan", "blank")).id;
    await editPlan(server, planId, f.user.id, (doc) => {
      addSection(doc, { title: "Living well for longer", outcomes: ["SO-04"] });
      addIndicator(doc, { label: "Healthy life expectancy", indicatorRef: "IND-HLE" });
    });
    browser = await launchBrowser();
    context = await signedInContext(browser, server.origin, f.client.cookieHeader, { width: 1366, height: 1000 });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
  }, 120_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
  });

  it("the plan's coverage view says per framework what is covered, linking to the sections and indicators", async () => {
    await page.goto(`/plans/${planId}`);
    const coverage = page.getByRole("region", { name: "Coverage" });
    await coverage.waitFor();
    const lu = coverage.locator('details[data-framework="FW-LU"]');
    expect(await lu.locator("summary").textContent()).toMatch(/Levelling Up.*: \d+ of 12 covered \(legacy\)/);
    await lu.locator("summary").click();
    const m7 = lu.locator('li[data-term-id="LU-M7"]');
    expect(await m7.textContent()).toContain("Covered");
    expect(await m7.getByRole("link", { name: "Living well for longer" }).count()).toBe(1);
    expect(await m7.getByRole("link", { name: "Healthy life expectancy" }).count()).toBe(1);
    expect(await lu.locator('li[data-term-id="LU-M2"]').textContent()).toContain("Not covered");
    // The framework's status note is shown with it.
    expect(await lu.textContent()).toContain("Status: legacy");
    // Following a section link moves focus to that section's heading.
    await m7.getByRole("link", { name: "Living well for longer" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toContain("Living well for longer");
    for (const fw of ["FW-GOV2024", "FW-C20A", "FW-C20C", "FW-MARMOT", "FW-NHS5"]) expect(await coverage.locator(`details[data-framework="${fw}"]`).count(), fw).toBe(1);
    await coverage.locator('details[data-framework="FW-C20A"] summary').click();
    expect(await runAxe(page, { allImpacts: true }), "axe on the plan with coverage open").toEqual([]);
  });

  it("a term shows its note, its framework's status note and version, and a code labelled by its real scheme", async () => {
    await page.goto("/outcomes");
    await page.getByRole("button", { name: /^Maternity/ }).first().click();
    const panel = page.getByRole("complementary", { name: "Maternity" });
    await panel.waitFor();
    const text = (await panel.textContent())!;
    expect(text).toContain("21 Sep 2022");
    expect(text).toContain("Framework status");
    expect(text).toMatch(/Version: /);
    expect(text).toContain("Core20PLUS5 area");
    expect(text).not.toContain("PHOF code: Core20PLUS5");
    expect(await runAxe(page, { allImpacts: true }), "axe with a term's caveats shown").toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: /^Mission 7: Health/ }).click();
    const m7 = page.getByRole("complementary", { name: "Mission 7: Health" });
    await m7.waitFor();
    expect(await m7.textContent()).toContain("PHOF code");
  });

  it("a facilitator adds a local source and a JSNA indicator citing it; both show with their caveats", async () => {
    await page.goto(`/partnerships/${pid}/outcomes`);
    const section = page.getByRole("region", { name: "Local terms" });
    await section.waitFor();
    await section.getByText("Add a local source").click();
    await section.getByLabel("Title", { exact: true }).fill("Riverside JSNA 2025");
    await section.getByLabel("Publisher", { exact: true }).fill("Riverside Council");
    await section.getByLabel("Date", { exact: true }).fill("2025-03");
    await section.getByLabel("Web address", { exact: true }).fill("javascript:alert(1)");
    await section.getByRole("button", { name: "Add source" }).click();
    await expect.poll(() => section.getByRole("alert").first().textContent()).toContain("Give a web address starting http:// or https://");
    await section.getByLabel("Web address", { exact: true }).fill("https://example.org/jsna");
    await section.getByRole("button", { name: "Add source" }).click();
    await expect.poll(() => section.getByRole("table").textContent()).toContain("Riverside JSNA 2025");

    await section.getByText("Add a local indicator").click();
    await section.getByLabel("Indicator", { exact: true }).fill("Households in cold homes (Riverside)");
    await section.getByLabel("Unit", { exact: true }).fill("%");
    await section.getByLabel("Better when").selectOption("lower_is_better");
    await section.getByLabel("Who publishes the data").fill("Riverside Council JSNA");
    await section.getByLabel("Source (optional)").selectOption({ label: "Local: Riverside JSNA 2025" });
    await section.getByLabel("Caveats (optional)").fill("Household survey of 1,200 homes; not comparable with national fuel poverty.");
    await section.getByRole("button", { name: "Add indicator" }).click();
    await expect.poll(() => section.getByRole("table").textContent()).toContain("Households in cold homes (Riverside)");
    expect(await section.getByRole("table").textContent()).toContain("not comparable with national fuel poverty");
    await expect.poll(() => section.getByRole("list", { name: /Recent changes/ }).textContent()).toContain("Fola added indicator “Households in cold homes (Riverside)”");
    expect(await runAxe(page, { allImpacts: true }), "axe on the partnership outcomes page with local indicators").toEqual([]);
  });
});
