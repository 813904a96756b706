import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addIndicator, type IndicatorImportPreview } from "@jigsaw/shared/plan/index";
import type { AgreementOverview } from "@jigsaw/shared/agreement/presented";
import { agreementTeam, editPlan, planSnapshot } from "../utils/agreementFixtures.ts";
import { isCleanErrorBody, signedUpClient } from "../utils/apiFixtures.ts";
import type { ApiClient } from "../utils/apiClient.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { seedDemo } from "@jigsaw/server/src/services/demoSeed.ts";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/indicators");
const HLE = fs.readFileSync(path.join(fixtures, "fingertips-hle-illustrative.csv"), "utf8");
const PLAIN = fs.readFileSync(path.join(fixtures, "plain-local-illustrative.csv"), "utf8");
const DEADLINE = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

function send(client: ApiClient, planId: string, csv: string, query: Record<string, string> = {}, preview = false) {
  const qs = new URLSearchParams(query).toString();
  return client.request("POST", `/api/plans/${planId}/indicator-imports${preview ? "/preview" : ""}${qs ? `?${qs}` : ""}`, csv, { "content-type": "text/csv" });
}

describe("indicator import", () => {
  it("previews (nothing written), imports a Fingertips series with its England comparator, audits, and re-imports as an update", async () => {
    const t = await agreementTeam(server);
    const before = await planSnapshot(server, t.plan.id);

    const first = await send(t.icb.client, t.plan.id, HLE, {}, true);
    expect(first.status).toBe(200);
    const p1 = first.body.data as IndicatorImportPreview;
    expect(p1).toMatchObject({ layout: "fingertips", selected: null });
    expect(p1.groups.map((g) => g.sex)).toEqual(["Male", "Female"]);
    const series = p1.groups[1]!.key;
    expect(p1.groups[1]!.areas.map((a) => a.name)).toEqual(["England", "North East region (statistical)", "Riverside", "Eastbrook"]);

    const p2 = (await send(t.icb.client, t.plan.id, HLE, { series, area: "E06009991" }, true)).body.data as IndicatorImportPreview;
    expect(p2.selected!.changes).toMatchObject({ target: { kind: "new" }, added: ["2015 - 17", "2016 - 18", "2017 - 19", "2018 - 20", "2019 - 21", "2020 - 22"], comparator: "added" });
    expect(await planSnapshot(server, t.plan.id)).toEqual(before);

    const done = await send(t.icb.client, t.plan.id, HLE, { series, area: "E06009991" });
    expect(done.status).toBe(201);
    const id = done.body.data.indicatorId as string;
    const ind = (await planSnapshot(server, t.plan.id)).indicators.find((i) => i.id === id)!;
    expect(ind).toMatchObject({
      label: "Healthy life expectancy at birth (Female, All ages)",
      area: { code: "E06009991", name: "Riverside" },
      comparator: { area: { code: "E92000001", name: "England" } },
      source: { publisherId: "90362", illustrative: true },
      latest: { value: 57.7 },
    });
    expect(ind.series.map((p) => p.value)).toEqual([59.7, 59.3, 58.9, 58.8, 58.1, 57.7]);
    expect(ind.comparator!.series.map((p) => p.value)).toEqual([63.9, 63.7, 63.5, 63.6, 63.1, 62.9]);

    const audit = (await t.facilitator.client.get(`/api/plans/${t.plan.id}/audit?limit=100`)).body.data as Array<{ action: string; subjectId: string; actor: { organisation: string } }>;
    expect(audit.find((e) => e.action === "indicator.imported")).toMatchObject({ subjectId: id, actor: { organisation: "Riverside ICB" } });

    // the same file again into that indicator: nothing added or changed
    const again = (await send(t.icb.client, t.plan.id, HLE, { series, area: "E06009991", indicator: id }, true)).body.data as IndicatorImportPreview;
    expect(again.selected!.changes).toMatchObject({ target: { kind: "update", indicatorId: id }, added: [], changed: [], comparator: "unchanged" });
    expect(again.selected!.changes.unchanged).toHaveLength(6);
  });

  it("refuses bad files naming the row and column, and stores nothing", async () => {
    const t = await agreementTeam(server);
    const before = await planSnapshot(server, t.plan.id);
    const lines = HLE.split("\n");
    const nonNumeric = [...lines];
    nonNumeric[15] = nonNumeric[15]!.replace(",58.9,", ",fifty,");
    const cases: Array<[string, string, RegExp]> = [
      ["missing column", HLE.replace(",Area Code,", ",Area,"), /^Row 3 \(the header row\): column “Area Code” missing/],
      ["non-numeric value", nonNumeric.join("\n"), /^Row 16, column “Value”: “fifty” is not a number$/],
      ["duplicate period", [...lines.slice(0, 17), lines[15]!, ...lines.slice(17)].join("\n"), /^Row 18, column “Time period”: period “2015 - 17” for area E06009991 appears twice \(also row 16\)$/],
      ["plain duplicate", "period,value\n2021,1\n2021,2\n", /^Row 3, column “period”: period “2021” appears twice \(also row 2\)$/],
    ];
    for (const [label, csv, message] of cases) {
      for (const preview of [true, false]) {
        const r = await send(t.facilitator.client, t.plan.id, csv, { area: "E06009991", series: '["90362","Male","All ages"]' }, preview);
        expect(r.status, label).toBe(400);
        expect(r.body.error.id).toBe("validation_error");
        expect(r.body.error.message, label).toMatch(message);
      }
    }
    // 50 MB: refused from its length, before the body is read
    const big = `period,value\n${"2020,1\n".repeat(Math.ceil((50 * 1024 * 1024) / 7))}`;
    const r = await send(t.facilitator.client, t.plan.id, big);
    expect(r.status).toBe(413);
    expect(r.body.error).toEqual({ id: "payload_too_large", message: "The file is 50.0 MB; the largest file that can be imported is 10 MB" });
    expect(isCleanErrorBody(r.body)).toBe(true);
    // a choice the file does not hold
    const noArea = await send(t.facilitator.client, t.plan.id, HLE, { area: "E06000001", series: '["90362","Male","All ages"]' });
    expect(noArea.body.error.message).toMatch(/no rows for area E06000001/);
    expect((await send(t.facilitator.client, t.plan.id, HLE, { area: "E06009991", bogus: "1" })).body.error.message).toMatch(/bogus/);
    expect((await t.facilitator.client.post(`/api/plans/${t.plan.id}/indicator-imports`, { csv: PLAIN })).body.error.message).toMatch(/text\/csv/);

    expect(await planSnapshot(server, t.plan.id)).toEqual(before);
    const audit = (await t.facilitator.client.get(`/api/plans/${t.plan.id}/audit?limit=100`)).body.data as Array<{ action: string }>;
    expect(audit.some((e) => e.action === "indicator.imported")).toBe(false);
  });

  it("viewers may not import; non-members see no plan", async () => {
    const t = await agreementTeam(server);
    expect((await send(t.viewer.client, t.plan.id, PLAIN)).status).toBe(403);
    const outsider = await signedUpClient(server, "outsider");
    expect((await send(outsider.client, t.plan.id, PLAIN, {}, true)).status).toBe(404);
  });

  it("a plain local CSV updates an agreed indicator, and the agreement shows the change", async () => {
    const t = await agreementTeam(server);
    let id = "";
    await editPlan(server, t.plan.id, t.facilitator.user.id, (doc) => {
      id = addIndicator(doc, { label: "Loneliness", target: { value: 15, date: null }, targetYear: 2030 });
    });
    const base = `/api/plans/${t.plan.id}/agreements`;
    const round = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE });
    await t.icb.client.post(`${base}/${round.body.data.id}/responses`, { kind: "consent" });
    expect((await t.facilitator.client.post(`${base}/${round.body.data.id}/close`, { outcome: "Agreed" })).status).toBe(200);
    expect(((await t.viewer.client.get(base)).body.data as AgreementOverview).planItems).toMatchObject({ changed: false });

    const r = await send(t.cvs.client, t.plan.id, PLAIN, { indicator: id, sourceTitle: "Riverside residents' survey" });
    expect(r.status).toBe(201);
    expect(r.body.data).toMatchObject({ indicatorId: id, created: false });
    const ind = (await planSnapshot(server, t.plan.id)).indicators.find((i) => i.id === id)!;
    expect(ind.series.map((p) => [p.period, p.value])).toEqual([["2021", 24], ["2022", 22.5], ["2023", 21], ["2024", 19.5]]);
    expect(ind.source).toMatchObject({ title: "Riverside residents' survey", illustrative: true });
    const o = (await t.viewer.client.get(base)).body.data as AgreementOverview;
    expect(o.planItems).toMatchObject({ changed: true, changes: ["Indicator “Loneliness” changed (latest, values, source)"] });
  });

  it("the demo partnership's place plan has indicators with series, marked illustrative, with baseline, target and comparator", async () => {
    expect(await seedDemo(server.ctx)).toBe(true);
    const amara = (await server.ctx.storage.users.findByEmail("amara@riverside.example"))!;
    const [first] = await server.ctx.storage.partnerships.listForUser(amara.id);
    const plans = await server.ctx.storage.plans.listForPartnership(first!.partnership.id);
    const place = plans.find((p) => p.title.startsWith("Riverside Place Plan"))!;
    const withSeries = (await planSnapshot(server, place.id)).indicators.filter((i) => i.series.length > 0);
    expect(withSeries.length).toBeGreaterThanOrEqual(3);
    for (const i of withSeries) {
      expect(i.source?.illustrative, i.label).toBe(true);
      expect(i.baselinePeriod).not.toBeNull();
      expect(i.baseline.value).toBe(i.series.find((p) => p.period === i.baselinePeriod)!.value);
      expect(i.target.value).not.toBeNull();
      expect(i.targetYear).not.toBeNull();
      expect(i.comparator?.series.length).toBeGreaterThan(0);
    }
  });
});
