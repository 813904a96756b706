import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import mammoth from "mammoth";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ApiClient } from "../utils/apiClient.ts";
import { hasChromium, launchBrowser, signedInContext } from "../utils/browser.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { agreementTeam, planSnapshot } from "../utils/agreementFixtures.ts";
import { hasPdfToText, pdfToText, squash } from "../utils/exportFixtures.ts";

/**
 * Agreement in real Chromium: the facilitator proposes the whole plan to three
 * partner organisations; two consent and one objects with a reason; every
 * page shows the responses live; closing is refused while the objection
 * stands; the objector resolves it and consents; the facilitator closes and
 * downloads the agreed plan as DOCX and PDF, which parse.
 */
describe.skipIf(!hasChromium())("agreement in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let team: Awaited<ReturnType<typeof agreementTeam>>;
  const contexts: BrowserContext[] = [];
  const downloads = fs.mkdtempSync(path.join(os.tmpdir(), "jigsaw-downloads-"));

  async function pageFor(api: ApiClient): Promise<Page> {
    const ctx = await signedInContext(browser, server.origin, api.cookieHeader); // downloads are accepted by default
    contexts.push(ctx);
    const page = await ctx.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(`/plans/${team.plan.id}`);
    await page.getByRole("heading", { name: "Agreement", exact: true }).waitFor();
    return page;
  }

  const orgItem = (page: Page, org: string) => page.locator(`article[data-status="open"] li[data-org="${org}"]`);

  async function respond(page: Page, kind: "Consent" | "Consent with comment" | "Object" | "Abstain", text?: string) {
    const round = page.locator('article[data-status="open"]');
    await round.getByLabel(kind, { exact: true }).check();
    if (text !== undefined) await round.locator("textarea").fill(text);
    await round.getByRole("button", { name: "Send response" }).click();
  }

  beforeAll(async () => {
    server = await startTestServer();
    team = await agreementTeam(server);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await server?.close();
    fs.rmSync(downloads, { recursive: true, force: true });
  });

  it("propose, respond, object, resolve, close, download DOCX and PDF", async () => {
    const fac = await pageFor(team.facilitator.client);
    const icb = await pageFor(team.icb.client);
    const cvs = await pageFor(team.cvs.client);
    const trust = await pageFor(team.trust.client);

    // the facilitator proposes the whole plan to three organisations
    const propose = fac.locator("form.propose-form");
    await propose.getByLabel("The whole plan").check();
    for (const org of ["Riverside ICB", "Riverside CVS", "Riverside Community Trust"]) await propose.getByLabel(org, { exact: true }).check();
    await propose.getByRole("button", { name: "Propose for agreement" }).click();
    await fac.locator('article[data-status="open"]').waitFor();

    // the round reaches everyone live
    for (const p of [icb, cvs, trust]) await p.locator('article[data-status="open"]').waitFor();
    // a representative only answers for their own organisation
    await expect.poll(() => icb.locator('article[data-status="open"] legend').first().textContent()).toContain("Your response for Riverside ICB");

    await respond(icb, "Consent");
    await respond(trust, "Consent with comment", "Please report progress every quarter");
    await respond(cvs, "Object", "There is no action for unpaid carers");

    // everyone sees who has responded, live
    await orgItem(fac, "Riverside CVS").and(fac.locator('[data-state="objected"]')).waitFor();
    await orgItem(fac, "Riverside ICB").and(fac.locator('[data-state="consented"]')).waitFor();
    await orgItem(icb, "Riverside CVS").and(icb.locator('[data-state="objected"]')).waitFor();
    expect(await orgItem(icb, "Riverside CVS").textContent()).toContain("There is no action for unpaid carers");

    // closing is refused while the objection stands
    const closeForm = fac.locator('article[data-status="open"] form.close-form');
    await closeForm.locator("textarea").fill("Partners agree the Riverside Place Plan");
    await closeForm.getByRole("button", { name: "Close as agreed" }).click();
    await expect.poll(() => closeForm.getByRole("alert").textContent()).toContain("Riverside CVS objects");

    // the objection is resolved: CVS consents
    await respond(cvs, "Consent with comment", "Carers action added, thank you");
    await orgItem(fac, "Riverside CVS").and(fac.locator('[data-state="consented"]')).waitFor();

    await closeForm.locator("textarea").fill("Partners agree the Riverside Place Plan");
    await closeForm.getByRole("button", { name: "Close as agreed" }).click();
    await fac.locator('article[data-status="agreed"]').waitFor();
    await icb.locator('article[data-status="agreed"]').waitFor();
    await fac.locator('.version-list li[data-kind="agreed"]').waitFor();

    // download the agreed plan as DOCX and as PDF
    const sections = (await planSnapshot(server, team.plan.id)).sections.map((s) => s.title);
    await fac.getByRole("button", { name: "Export", exact: true }).click();
    const dialog = fac.locator("dialog.export-dialog");
    await expect.poll(() => dialog.locator("#export-version").inputValue()).toBe("agreed");
    const files: Record<string, Buffer> = {};
    for (const format of ["docx", "pdf"] as const) {
      await dialog.locator("#export-format").selectOption(format);
      await dialog.getByRole("button", { name: "Start export" }).click();
      const link = dialog.getByRole("link", { name: /^Download / });
      await link.waitFor();
      expect(await dialog.locator("progress").getAttribute("value")).toBe("1");
      const [download] = await Promise.all([fac.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^riverside-place-plan-agreed-[a-z0-9-]+\\.${format}$`));
      const file = path.join(downloads, `plan.${format}`);
      await download.saveAs(file);
      files[format] = fs.readFileSync(file);
      expect(files[format]!.byteLength).toBeGreaterThan(1000);
    }
    const docText = squash((await mammoth.extractRawText({ buffer: files.docx! })).value);
    for (const t of [...sections, "Sign-off record", "Riverside CVS", "Carers action added, thank you"]) expect(docText, t).toContain(squash(t));
    expect(files.pdf!.subarray(0, 5).toString()).toBe("%PDF-");
    if (await hasPdfToText()) {
      const pdf = squash(await pdfToText(files.pdf!));
      for (const t of [...sections, "Sign-off record", "Riverside Community Trust"]) expect(pdf, t).toContain(squash(t));
    } else {
      console.log("SKIPPED pdf text check: pdftotext not installed");
    }
  }, 240_000);
});
