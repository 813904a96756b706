import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { getOutcomesModel } from "@jigsaw/shared/outcomes/index";
import { createPartnership, sessionToken, signedUpClient } from "../utils/apiFixtures.ts";
import type { ApiClient } from "../utils/apiClient.ts";
import { hasChromium, horizontalOverflow, launchBrowser, runAxe } from "../utils/browser.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

/**
 * The Outcomes page in a real browser: the crosswalk matrix, the lens switcher
 * (remembered across reloads), a term's details with linked terms from other
 * frameworks (Mission 7 → healthy life expectancy, Core20PLUS5), term search,
 * keyboard use, 360 px layout, axe; and a partnership's local terms.
 * Refreshes docs/outcomes.png when JIGSAW_DOCS_SHOT=1 (and takes more screenshots when JIGSAW_SHOTS is set).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shotsDir = process.env.JIGSAW_SHOTS;
const model = getOutcomesModel();
const so4 = model.outcomes.find((o) => o.id === "SO-04")!;

describe.skipIf(!hasChromium())("outcomes page in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let facilitator: ApiClient;
  let pid: string;

  beforeAll(async () => {
    server = await startTestServer();
    const f = await signedUpClient(server, "Fola");
    facilitator = f.client;
    pid = (await createPartnership(facilitator)).id;
    const term = await facilitator.post(`/api/partnerships/${pid}/outcomes/terms`, {
      label: "Thriving Riverside",
      plainEnglish: "Riverside people live longer, healthier lives.",
      sector: "council",
    });
    await facilitator.post(`/api/partnerships/${pid}/outcomes/links`, { from: term.body.data.id, to: "SO-04", kind: "serves", strength: "strong", rationale: "Local strategy priority 1" });
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1366, height: 1000 }, baseURL: server.origin });
    await context.addCookies([{ name: "jigsaw_session", value: sessionToken(facilitator), url: server.origin }]);
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function shot(name: string, fullPage = false) {
    if (!shotsDir) return;
    fs.mkdirSync(shotsDir, { recursive: true });
    await page.screenshot({ path: path.join(shotsDir, `outcomes-${name}.png`), fullPage });
  }
  const rowHeader = () => page.locator("table.oc-matrix tbody th").filter({ hasText: so4.label }).first();

  it("shows frameworks side by side as a table of shared outcomes", async () => {
    await page.goto("/outcomes");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Shared outcomes");
    const table = page.getByRole("table", { name: /Shared outcomes and the terms/ });
    await table.waitFor();
    const columns = await table.locator("thead th").allTextContents();
    expect(columns[0]).toBe("Shared outcome");
    expect(columns.join(" ")).toContain("Levelling Up");
    expect(columns.join(" ")).toContain("Core20PLUS5");
    expect(await table.locator("tbody tr").count()).toBe(model.outcomes.length);
    expect(await table.getByRole("rowheader").count()).toBe(model.outcomes.length);
    expect(await table.getByRole("button", { name: /Mission 7: Health/ }).count()).toBe(1);
    expect(await runAxe(page), "axe on /outcomes").toEqual([]);
  });

  it("the lens switcher rewords the outcomes and is remembered", async () => {
    await page.getByRole("radio", { name: "NHS" }).check();
    await expect.poll(() => rowHeader().textContent()).toContain(so4.readings.nhs);
    await page.getByRole("radio", { name: "Community" }).check();
    await expect.poll(() => rowHeader().textContent()).toContain(so4.readings.community);
    await page.getByRole("radio", { name: "Council" }).check();
    await expect.poll(() => rowHeader().textContent()).toContain(so4.readings.council);
    await page.reload();
    await page.getByRole("table").waitFor();
    expect(await page.getByRole("radio", { name: "Council" }).isChecked()).toBe(true);
    await expect.poll(() => rowHeader().textContent()).toContain(so4.readings.council);
  });

  it("opening Mission 7 shows its meaning, status, linked terms in other frameworks and indicators", async () => {
    const chip = page.getByRole("button", { name: /^Mission 7: Health/ });
    await chip.click();
    const panel = page.getByRole("complementary", { name: "Mission 7: Health" });
    await panel.waitFor();
    // Focus moves to the panel heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Mission 7: Health");
    const text = (await panel.textContent())!;
    expect(text).toContain("People live more years in good health");
    expect(text).toContain("legacy");
    expect(text).toContain("Related terms in other frameworks");
    expect(text).toContain("Increased healthy life expectancy");
    expect(text).toContain("Core20PLUS5");
    expect(text).toContain("Hypertension case-finding");
    expect(text).toMatch(/Proposed link|Unconfirmed/);
    expect(text).toContain("Healthy life expectancy at birth");
    expect(text).toContain("90362");
    expect(text).toContain("Higher is better");
    // Linked terms light up in the other columns.
    expect(await page.locator(".oc-chip--related").count()).toBeGreaterThan(3);
    expect(await chip.getAttribute("aria-pressed")).toBe("true");
    await page.getByRole("radio", { name: "NHS" }).check();
    await expect.poll(() => panel.textContent()).toContain("In NHS words");
    expect(await runAxe(page), "axe with the detail panel open").toEqual([]);
    await page.evaluate(() => {
      // Show the selected term's row just under the sticky column headers.
      const scroller = document.querySelector(".oc-matrix-scroll")!;
      const row = document.querySelector(".oc-chip--selected")!.closest("tr")!;
      scroller.scrollLeft = 0;
      scroller.scrollTop += row.getBoundingClientRect().top - document.querySelector(".oc-matrix thead")!.getBoundingClientRect().bottom;
      const top = document.querySelector(".oc-controls")!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - 16);
    });
    if (process.env.JIGSAW_DOCS_SHOT === "1") await page.screenshot({ path: path.join(root, "docs/outcomes.png") });
    await shot("mission7");
  });

  it("follows a related term, and Escape closes the panel returning focus to the chip", async () => {
    const panel = page.locator("aside.oc-detail");
    await panel.getByRole("button", { name: "Increased healthy life expectancy" }).first().click();
    await expect.poll(() => panel.getByRole("heading", { level: 2 }).textContent()).toBe("Increased healthy life expectancy");
    await page.keyboard.press("Escape");
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toContain("Mission 7: Health");
  });

  it("term search finds an acronym (HLE) and opens it from the keyboard", async () => {
    const box = page.getByRole("searchbox", { name: "Find a term" });
    await box.fill("HLE");
    const hit = page.getByRole("list", { name: "Matching terms" }).getByRole("button").first();
    await expect.poll(() => hit.textContent()).toMatch(/Healthy life expectancy/i);
    await box.press("Enter");
    await expect.poll(() => page.locator("aside.oc-detail h2").textContent()).toMatch(/Healthy life expectancy/i);
    expect(await page.getByRole("list", { name: "Matching terms" }).count()).toBe(0);
    await page.keyboard.press("Escape");
  });

  it("filters by sector and fits a 360 px screen (details as a full-screen sheet)", async () => {
    await page.getByLabel("Sector", { exact: true }).selectOption("nhs");
    const columns = await page.locator("table.oc-matrix thead th").allTextContents();
    expect(columns.join(" ")).toContain("Core20PLUS5");
    expect(columns.join(" ")).not.toContain("Levelling Up");
    await page.getByLabel("Sector", { exact: true }).selectOption("all");

    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await page.getByRole("table").waitFor();
    expect(await horizontalOverflow(page), "no sideways page scroll at 360px").toBeLessThanOrEqual(0);
    // Phones start with two frameworks side by side.
    expect(await page.locator("table.oc-matrix thead th").count()).toBe(3);
    expect(await runAxe(page), "axe at 360px").toEqual([]);
    await shot("360");
    await page.getByRole("button", { name: /^Mission 7: Health/ }).click();
    const sheet = page.locator(".oc-body__detail");
    await sheet.waitFor();
    const box = await sheet.boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(359);
    await shot("360-detail");
    await page.getByRole("button", { name: /^Close/ }).click();
    await page.setViewportSize({ width: 1366, height: 1000 });
  });

  it("a partnership's page shows its local terms in the matrix, and a facilitator adds one", async () => {
    await page.goto(`/partnerships/${pid}/outcomes`);
    const local = page.getByRole("button", { name: /^Thriving Riverside/ });
    await local.waitFor();
    // The partnership's own vocabulary is the first framework column.
    expect((await page.locator("table.oc-matrix thead th").allTextContents())[1]).toBe("Local");
    await local.click();
    await expect.poll(() => page.locator("aside.oc-detail").textContent()).toContain("Local term");
    await page.keyboard.press("Escape");

    const section = page.getByRole("region", { name: "Local terms" });
    await section.getByText("Add a local term").click();
    await section.getByLabel("Name", { exact: true }).fill("Warm Homes Riverside");
    await section.getByLabel("What it means in plain English").fill("Homes that are warm and cheap to heat.");
    await section.getByRole("button", { name: "Add term" }).click();
    await expect.poll(() => section.getByRole("table").textContent()).toContain("Warm Homes Riverside");
    await expect.poll(() => section.getByRole("list", { name: /Recent changes/ }).textContent()).toContain("Fola added term “Warm Homes Riverside”");
    // An empty name is refused with a clear message.
    await section.getByRole("button", { name: "Add term" }).click();
    await expect.poll(() => section.getByRole("alert").textContent()).toContain("Label is empty");
    expect(await runAxe(page), "axe on the partnership outcomes page").toEqual([]);
    await shot("partnership", true);
  });
});
