import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { agreementTeam, planSnapshot } from "../utils/agreementFixtures.ts";
import { hasChromium, launchBrowser, runAxe, signedInContext } from "../utils/browser.ts";
import { hasPdfToText, pdfToText, squash } from "../utils/exportFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

/**
 * An indicator's figures in a real browser: import the (illustrative)
 * Fingertips-layout fixture into a plan indicator (file → series → area →
 * preview → confirm), see the trend chart with its England comparator and
 * the table of figures, choose the baseline period and set the target, then
 * export a PDF whose text layer holds the series values.
 */
const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/indicators/fingertips-hle-illustrative.csv");

describe.skipIf(!hasChromium())("indicator figures in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let team: Awaited<ReturnType<typeof agreementTeam>>;
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-ind-downloads-"));

  beforeAll(async () => {
    server = await startTestServer();
    team = await agreementTeam(server);
    browser = await launchBrowser();
    context = await signedInContext(browser, server.origin, team.facilitator.client.cookieHeader, { width: 1366, height: 1000 });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
  }, 120_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    fs.rmSync(downloads, { recursive: true, force: true });
  });

  it("imports a Fingertips CSV, shows the chart and comparator, sets baseline and target, and exports a PDF with the values", async () => {
    await page.goto(`/plans/${team.plan.id}`);
    const indicators = page.locator("#plan-indicators");
    await indicators.waitFor();
    const firstId = (await planSnapshot(server, team.plan.id)).indicators[0]!.id;
    const row = indicators.locator(`tr[data-row-id="${firstId}"]`);
    await row.getByRole("button", { name: /Chart and figures/ }).click();
    const detail = page.getByTestId(`indicator-detail-${firstId}`);
    await detail.waitFor();

    // upload → series → area → preview → confirm
    await detail.locator('input[type="file"]').setInputFiles(fixture);
    await detail.getByRole("combobox", { name: "Series" }).selectOption({ label: "Healthy life expectancy at birth, Female, All ages" });
    await detail.getByRole("combobox", { name: "Area" }).selectOption("E06009991");
    const preview = detail.locator(".indicator-import__preview");
    await expect.poll(() => preview.textContent()).toContain("6 periods added: 2015 - 17, 2016 - 18");
    expect(await preview.textContent()).toContain("Comparator: England (added)");
    expect(await preview.textContent()).toContain("illustrative");
    await preview.getByRole("button", { name: "Import 6 periods" }).click();
    await expect.poll(() => detail.getByRole("status").textContent()).toContain("Imported 6 periods");

    // the chart, described in words, with the comparator; the sparkline in the row
    const chart = detail.getByTestId("indicator-chart");
    await chart.waitFor();
    const title = await chart.locator("svg title").textContent();
    expect(title).toContain("From 59.7 years in 2015 - 17 to 57.7 years in 2020 - 22");
    expect(title).toContain("England 62.9 years in 2020 - 22");
    expect(await chart.locator(".indicator-chart__comparator-point").count()).toBe(6);
    expect(await chart.locator("figcaption").textContent()).toContain("England: dashed line with squares");
    expect(await chart.textContent()).toContain("Illustrative figures");
    expect(await row.locator(".sparkline").textContent()).toContain("57.7");
    await chart.getByText("Show the figures as a table").click();
    const cells = await chart.locator("table tbody tr").first().locator("th, td").allTextContents();
    expect(cells.slice(0, 4)).toEqual(["2015 - 17", "59.7", "58.1", "61.3"]);

    // baseline period and target (value and year), through the plan document
    await detail.getByRole("combobox", { name: "Baseline period" }).selectOption("2019 - 21");
    await detail.getByRole("textbox", { name: /^Target value,/ }).fill("61.5");
    await detail.getByRole("textbox", { name: /^Target year,/ }).fill("2030");
    await detail.getByRole("textbox", { name: /^Target year,/ }).press("Enter");
    await expect.poll(() => chart.locator("svg title").textContent()).toContain("Baseline 58.1 (2019 - 21). Target 61.5 by 2030.");
    await expect
      .poll(async () => (await planSnapshot(server, team.plan.id)).indicators[0], { timeout: 10_000 })
      .toMatchObject({ baselinePeriod: "2019 - 21", baseline: { value: 58.1 }, target: { value: 61.5 }, targetYear: 2030 });
    // the source, edited like any cell: shown under the chart
    const sourceTitle = detail.getByRole("textbox", { name: /^Source title,/ });
    expect(await sourceTitle.inputValue()).toBe("Healthy life expectancy at birth");
    await sourceTitle.fill("Healthy life expectancy at birth, test copy");
    await sourceTitle.press("Enter");
    await expect.poll(() => chart.locator("figcaption").textContent()).toContain("Illustrative figures, not real data. Source: Healthy life expectancy at birth, test copy, Office for Health Improvement and Disparities");
    expect(await runAxe(page), "axe with the chart open").toEqual([]);

    // export a PDF and read its text layer
    await page.getByRole("button", { name: "Export", exact: true }).click();
    const dialog = page.locator("dialog.export-dialog");
    await dialog.locator("#export-format").selectOption("pdf");
    await dialog.getByRole("button", { name: "Start export" }).click();
    const link = dialog.getByRole("link", { name: /^Download / });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const file = path.join(downloads, "plan.pdf");
    await download.saveAs(file);
    const pdf = fs.readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    if (await hasPdfToText()) {
      const text = squash(await pdfToText(pdf));
      for (const v of ["2015 - 17", "59.7", "59.3", "58.9", "58.8", "58.1", "57.7", "62.9", "61.5", "by 2030", "Baseline", "illustrative"]) expect(text, v).toContain(squash(v));
    }
  }, 180_000);
});
