import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { addAction, readAction } from "@jigsaw/shared/plan/index";
import type { ApiClient } from "../utils/apiClient.ts";
import { hasChromium, horizontalOverflow, launchBrowser, runAxe, signedInContext } from "../utils/browser.ts";
import { changePlan, joinWith } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { createCollabFixture, type CollabFixture } from "../utils/yjsClient.ts";

/**
 * An action's partner organisations, in real Chromium: removable tokens and a
 * box to add one. Two editors change the same action's partners at once (one
 * adds, the other removes another) and both see the same list, with both
 * changes kept; everything works from the keyboard alone, nothing is deleted by
 * Backspace; suggestions come from the partnership's organisations; a viewer
 * reads the list as text; axe finds nothing; nothing overflows at 390 px or
 * pushes the table sideways at 1280×720.
 */
describe.skipIf(!hasChromium())("partner organisations in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let fx: CollabFixture;
  let david: Page;
  let nadia: Page;
  let vic: Page;
  let davidApi: ApiClient;
  let actionId = "";

  const row = (page: Page): Locator => page.locator(`tr[data-row-id="${actionId}"]`);
  const tokens = (page: Page) => row(page).locator(".token-field__token .chip__label").allTextContents();
  const addBox = (page: Page) => row(page).getByLabel(/^Add a partner organisation, Action \d+ \(Family hubs\)$/);
  const removeButton = (page: Page, org: string) => row(page).getByRole("button", { name: new RegExp(`^Remove ${org} from Partner organisations, Action \\d+ \\(Family hubs\\)$`) });
  const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.tagName ?? "");

  async function openPlan(page: Page) {
    await page.goto(`/plans/${fx.planId}`);
    await page.locator(".plan-editor[data-ready='true'] .plan-section").first().waitFor();
    await row(page).waitFor();
  }

  async function serverPartners(): Promise<string[] | undefined> {
    const doc = (await server.ctx.planDocs.doc(fx.planId))!;
    try {
      return readAction(doc, actionId)?.partnerOrganisations;
    } finally {
      doc.destroy();
    }
  }

  beforeAll(async () => {
    server = await startTestServer();
    fx = await createCollabFixture(server, "place_plan");
    await changePlan(server, fx.planId, null, (doc) => {
      actionId = addAction(doc, { title: "Family hubs", leadOrganisation: "Riverside Council", partnerOrganisations: ["Riverside CVS", "Age UK Riverside"] });
    });
    const d = await joinWith(server, fx.facilitator, fx.partnershipId, "editor", "David Dunmore", "Riverside ICB", "nhs");
    const n = await joinWith(server, fx.facilitator, fx.partnershipId, "editor", "Nadia Nasser", "Riverside Housing Trust", "voluntary");
    const v = await joinWith(server, fx.facilitator, fx.partnershipId, "viewer", "Vic Viewer", "Riverside CVS", "voluntary");
    davidApi = d.client;
    browser = await launchBrowser();
    const page = async (api: ApiClient, viewport = { width: 1280, height: 720 }) => {
      const p = await (await signedInContext(browser, server.origin, api.cookieHeader, viewport)).newPage();
      p.setDefaultTimeout(15_000);
      return p;
    };
    [david, nadia, vic] = await Promise.all([page(d.client), page(n.client), page(v.client)]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("one person adds a partner while another removes a different one: both see both changes", async () => {
    await Promise.all([openPlan(david), openPlan(nadia)]);
    expect(await tokens(david)).toEqual(["Riverside CVS", "Age UK Riverside"]);
    await addBox(david).fill("Riverside Housing Trust");
    // At the same moment: David presses Enter, Nadia removes Age UK Riverside.
    await Promise.all([addBox(david).press("Enter"), removeButton(nadia, "Age UK Riverside").click()]);
    const both = ["Riverside CVS", "Riverside Housing Trust"];
    await expect.poll(() => tokens(david), { timeout: 5_000 }).toEqual(both);
    await expect.poll(() => tokens(nadia), { timeout: 5_000 }).toEqual(both);
    await expect.poll(() => serverPartners(), { timeout: 5_000 }).toEqual(both);
    // Written at once: the box is empty again, no pause or blur needed.
    expect(await addBox(david).inputValue()).toBe("");
  }, 60_000);

  it("suggests the partnership's organisations not yet listed; picking one adds it", async () => {
    const options = () => row(david).locator("datalist option").evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    await expect.poll(options).toContain("Riverside ICB");
    const offered = await options();
    // Members' organisations (Riverside Council is the facilitator's) and those the plan names; not those listed.
    expect(offered).toEqual(expect.arrayContaining(["Riverside Council", "Riverside ICB"]));
    // Not an organisation of the partnership nor named in the plan any more.
    expect(offered).not.toContain("Age UK Riverside");
    expect(offered).not.toContain("Riverside CVS");
    expect(offered).not.toContain("Riverside Housing Trust");
    expect(await addBox(david).getAttribute("list")).toBe(await row(david).locator("datalist").getAttribute("id"));
    // Choosing an option from the browser's list (an input of type "insertReplacementText") adds it straight away.
    await addBox(david).evaluate((el) => {
      const input = el as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(input, "Riverside ICB");
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertReplacementText" }));
    });
    await expect.poll(() => tokens(nadia)).toEqual(["Riverside CVS", "Riverside Housing Trust", "Riverside ICB"]);
    expect(await addBox(david).inputValue()).toBe("");
    await expect.poll(options).not.toContain("Riverside ICB");
  }, 60_000);

  it("adds and removes with the keyboard alone; Backspace never deletes a token; duplicates are refused with a message", async () => {
    // From the lead organisation cell, Tab reaches each token's Remove button, then the add box.
    await row(david).getByRole("textbox", { name: /^Lead organisation, / }).focus();
    await david.keyboard.press("Tab");
    expect(await focusedName(david)).toMatch(/^Remove Riverside CVS from Partner organisations, Action \d+ \(Family hubs\)$/);
    await david.keyboard.press("Tab");
    await david.keyboard.press("Tab");
    await david.keyboard.press("Tab");
    expect(await focusedName(david)).toMatch(/^Add a partner organisation, /);

    // A comma adds; Enter adds.
    await david.keyboard.type("Riverside Council,");
    await expect.poll(() => tokens(david)).toEqual(["Riverside CVS", "Riverside Housing Trust", "Riverside ICB", "Riverside Council"]);
    expect(await addBox(david).inputValue()).toBe("");
    await david.keyboard.type("  Age UK   Riverside ");
    await david.keyboard.press("Enter");
    const five = ["Riverside CVS", "Riverside Housing Trust", "Riverside ICB", "Riverside Council", "Age UK Riverside"];
    await expect.poll(() => tokens(david)).toEqual(five);
    await expect.poll(() => tokens(nadia)).toEqual(five);

    // Backspace in the empty box: nothing is removed.
    for (let i = 0; i < 3; i++) await david.keyboard.press("Backspace");
    expect(await tokens(david)).toEqual(five);
    expect(await serverPartners()).toEqual(five);

    // A duplicate (any case or spacing) is refused, said beside the box and described by it.
    await david.keyboard.type("riverside  cvs");
    await david.keyboard.press("Enter");
    const message = row(david).locator(".token-field__message");
    await expect.poll(() => message.textContent()).toBe("Riverside CVS is already listed.");
    expect(await addBox(david).getAttribute("aria-invalid")).toBe("true");
    expect(await tokens(david)).toEqual(five);
    await david.keyboard.press("Control+a");
    await david.keyboard.press("Backspace");
    await expect.poll(() => message.count()).toBe(0);

    // Shift+Tab to the last token's Remove button; Enter removes it and focus stays in the list.
    await david.keyboard.press("Shift+Tab");
    expect(await focusedName(david)).toMatch(/^Remove Age UK Riverside from /);
    await david.keyboard.press("Enter");
    await expect.poll(() => tokens(david)).toEqual(five.slice(0, 4));
    expect(await focusedName(david)).toMatch(/^Remove Riverside Council from /);
    // Shift+Tab twice to Riverside Housing Trust; Space removes it; focus moves to the next token.
    await david.keyboard.press("Shift+Tab");
    await david.keyboard.press("Shift+Tab");
    expect(await focusedName(david)).toMatch(/^Remove Riverside Housing Trust from /);
    await david.keyboard.press("Space");
    const three = ["Riverside CVS", "Riverside ICB", "Riverside Council"];
    await expect.poll(() => tokens(david)).toEqual(three);
    expect(await focusedName(david)).toMatch(/^Remove Riverside ICB from /);
    await expect.poll(() => tokens(nadia)).toEqual(three);
    await expect.poll(() => serverPartners()).toEqual(three);
  }, 60_000);

  it("a viewer reads the partners as text: no buttons, no box; axe finds nothing for editor or viewer", async () => {
    await openPlan(vic);
    await expect.poll(() => tokens(vic)).toEqual(["Riverside CVS", "Riverside ICB", "Riverside Council"]);
    expect(await row(vic).locator(".token-field button").count()).toBe(0);
    expect(await row(vic).locator(".token-field input").count()).toBe(0);
    expect(await row(vic).getByRole("list", { name: /^Partner organisations, Action \d+ \(Family hubs\)$/ }).count()).toBe(1);

    // The editor's page with a refusal message showing, and the viewer's.
    await addBox(david).fill("Riverside ICB");
    await addBox(david).press("Enter");
    await row(david).locator(".token-field__message").waitFor();
    expect(await runAxe(david, { allImpacts: true }), "axe, editor").toEqual([]);
    expect(await runAxe(vic, { allImpacts: true }), "axe, viewer").toEqual([]);
    await addBox(david).fill("");
  }, 60_000);

  it("long names wrap: nothing overflows at 390 px, and the table is no wider at 1280×720", async () => {
    const long = "Riverside and District Council for Voluntary Service and Community Action Partnership (North)";
    await addBox(david).fill(long);
    await addBox(david).press("Enter");
    await expect.poll(() => tokens(david)).toContain(long);
    const tableOverflow = (page: Page) => page.evaluate(() => {
      const s = document.querySelector<HTMLElement>("#plan-actions .table-scroll")!;
      return s.scrollWidth - s.clientWidth;
    });
    expect(await tableOverflow(david), "actions table scrolls sideways at 1280×720 (px)").toBe(0);
    expect(await horizontalOverflow(david)).toBe(0);

    const narrow = await (await signedInContext(browser, server.origin, davidApi.cookieHeader, { width: 390, height: 844 })).newPage();
    narrow.setDefaultTimeout(15_000);
    await openPlan(narrow);
    await row(narrow).scrollIntoViewIfNeeded();
    expect(await horizontalOverflow(narrow), "page overflow at 390 px").toBe(0);
    expect(await tableOverflow(narrow)).toBe(0);
    const box = await row(narrow).locator(".token-field").boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    // Still usable there: add and remove.
    await addBox(narrow).fill("Riverside Trust");
    await addBox(narrow).press("Enter");
    await removeButton(narrow, "Riverside Trust").click();
    await expect.poll(() => serverPartners()).toEqual(["Riverside CVS", "Riverside ICB", "Riverside Council", long]);
    await narrow.context().close();
  }, 60_000);
});
