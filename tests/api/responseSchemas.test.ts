import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { AgreementOverviewSchema, PresentedAgreementSchema } from "@jigsaw/shared/agreement/presented";
import { NotificationPreferencesSchema } from "@jigsaw/shared/comments/schemas";
import { ChangesSinceVisitSchema, NotificationListSchema, PresentedThreadSchema, SearchHitSchema } from "@jigsaw/shared/comments/types";
import { PartnershipAbilitiesSchema, PlanAbilitiesSchema } from "@jigsaw/shared/domain/abilities";
import {
  CoverageResultSchema,
  LensResultSchema,
  OutcomesModelSchema,
  PartnershipOutcomesSchema,
  PresentedExtensionItemSchema,
  RelatedTermSchema,
  TermSearchHitSchema,
} from "@jigsaw/shared/domain/outcomesApi";
import {
  PresentedInvitePreviewSchema,
  PresentedInviteSchema,
  PresentedMembershipSchema,
  PresentedPartnershipSchema,
} from "@jigsaw/shared/domain/partnership";
import { PresentedPlanSchema } from "@jigsaw/shared/domain/plan";
import { PresentedUserSchema, SsoProviderSchema, TotpSetupSchema } from "@jigsaw/shared/domain/user";
import { ExportJobViewSchema } from "@jigsaw/shared/export/exportJob";
import { IndicatorImportPreviewSchema, IndicatorImportResultSchema } from "@jigsaw/shared/plan/indicatorImport";
import { addAction, bodyDoc, paragraph, sectionIds, setSectionBody } from "@jigsaw/shared/plan/index";
import { PlanSnapshotSchema } from "@jigsaw/shared/plan/schema";
import { PlanDiffSchema } from "@jigsaw/shared/versions/diffSchema";
import { PresentedVersionSchema } from "@jigsaw/shared/versions/schema";
import { agreementTeam, editPlan } from "../utils/agreementFixtures.ts";
import { createInvite, createPartnership, createPlan, signedUpClient } from "../utils/apiFixtures.ts";
import type { ApiClient } from "../utils/apiClient.ts";
import { firstSectionId } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

const HLE = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/indicators/fingertips-hle-illustrative.csv"), "utf8");
const DEADLINE = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
const REVIEW = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

/**
 * The client parses every answer with the shared response schemas
 * (`client/src/api`), so each schema must accept what the server really
 * sends: here the real answers of the endpoints the client reads.
 */
function expectShape(schema: z.ZodType, body: unknown): void {
  const r = schema.safeParse(body);
  expect(r.success ? [] : r.error.issues).toEqual([]);
}

describe("shared response schemas accept the server's answers", () => {
  let server: TestServer;
  let me: ApiClient;
  let pid: string;
  let planId: string;

  beforeAll(async () => {
    server = await startTestServer();
    me = (await signedUpClient(server, "Fola")).client;
    pid = (await createPartnership(me)).id;
    planId = (await createPlan(me, pid)).id;
  });
  afterAll(async () => {
    await server.close();
  });

  it("auth", async () => {
    expectShape(PresentedUserSchema, (await me.get("/api/auth/me")).body.data);
    expectShape(TotpSetupSchema, (await me.post("/api/auth/totp/setup", {})).body.data);
    const providers = (await me.get("/api/auth/oidc/providers")).body.data as unknown[];
    for (const p of providers) expectShape(SsoProviderSchema, p);
  });

  it("partnerships, members and invites", async () => {
    const one = (await me.get(`/api/partnerships/${pid}`)).body;
    expectShape(PresentedPartnershipSchema, one.data);
    expectShape(PartnershipAbilitiesSchema, one.policies);
    for (const p of (await me.get("/api/partnerships")).body.data) expectShape(PresentedPartnershipSchema, p);
    for (const m of (await me.get(`/api/partnerships/${pid}/members`)).body.data) expectShape(PresentedMembershipSchema, m);
    const { token } = await createInvite(me, pid, "editor");
    for (const i of (await me.get(`/api/partnerships/${pid}/invites`)).body.data) expectShape(PresentedInviteSchema, i);
    expectShape(PresentedInvitePreviewSchema, (await me.get(`/api/invites/${token}`)).body.data);
  });

  it("plans", async () => {
    const one = (await me.get(`/api/plans/${planId}`)).body;
    expectShape(PresentedPlanSchema, one.data);
    expectShape(PlanAbilitiesSchema, one.policies);
    for (const p of (await me.get(`/api/partnerships/${pid}/plans`)).body.data) {
      expectShape(PresentedPlanSchema, p);
      expectShape(PlanAbilitiesSchema, p.policies);
    }
  });

  it("comments, changes since a visit, notifications and search", async () => {
    const sectionId = await firstSectionId(server, planId);
    const created = await me.post(`/api/plans/${planId}/comments`, { anchor: { kind: "section", sectionId }, body: "Riverside check" });
    expect(created.status).toBe(201);
    expectShape(PresentedThreadSchema, created.body.data);
    for (const t of (await me.get(`/api/plans/${planId}/comments?status=all`)).body.data) expectShape(PresentedThreadSchema, t);
    expectShape(ChangesSinceVisitSchema, (await me.get(`/api/plans/${planId}/changes-since-visit`)).body.data);
    expectShape(NotificationListSchema, (await me.get("/api/notifications?limit=30")).body);
    expectShape(NotificationPreferencesSchema, (await me.get("/api/notifications/preferences")).body.data);
    const hits = (await me.get("/api/search?q=Riverside&limit=30")).body.data as unknown[];
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expectShape(SearchHitSchema, h);
  });

  it("versions and exports", async () => {
    const named = await me.post(`/api/plans/${planId}/versions`, { name: "Check" });
    expectShape(PresentedVersionSchema, named.body.data);
    for (const v of (await me.get(`/api/plans/${planId}/versions`)).body.data) expectShape(PresentedVersionSchema, v);
    const one = (await me.get(`/api/plans/${planId}/versions/${named.body.data.id}`)).body.data;
    expectShape(PresentedVersionSchema, one);
    expectShape(PlanSnapshotSchema, one.snapshot);
    const job = await me.post(`/api/plans/${planId}/exports`, { format: "md" });
    expectShape(ExportJobViewSchema, job.body.data);
    expectShape(ExportJobViewSchema, (await me.get(`/api/plans/${planId}/exports/${job.body.data.id}`)).body.data);
  });

  it("outcome terms and a partnership's local items", async () => {
    const hits = (await me.get(`/api/outcomes/terms?q=health&limit=5`)).body.data as unknown[];
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expectShape(TermSearchHitSchema, h);
    const term = await me.post(`/api/partnerships/${pid}/outcomes/terms`, { label: "Thriving Riverside", plainEnglish: "People live longer.", sector: "council" });
    expect(term.status).toBe(201);
    expectShape(PresentedExtensionItemSchema, term.body.data);
    const changed = await me.patch(`/api/partnerships/${pid}/outcomes/terms/${encodeURIComponent(term.body.data.id)}`, { plainEnglish: "People live longer, healthier lives." });
    expectShape(PresentedExtensionItemSchema, changed.body.data);
    const retired = await me.delete(`/api/partnerships/${pid}/outcomes/terms/${encodeURIComponent(term.body.data.id)}`);
    expectShape(PresentedExtensionItemSchema, retired.body.data);
    for (const i of retired.body.alsoRetired) expectShape(PresentedExtensionItemSchema, i);
    // local sources and indicators (the kinds added after the first three)
    const source = await me.post(`/api/partnerships/${pid}/outcomes/sources`, { label: "Riverside JSNA 2025", publisher: "Riverside Council", date: "2025-03", url: "https://example.org/jsna" });
    expect(source.status).toBe(201);
    expectShape(PresentedExtensionItemSchema, source.body.data);
    const indicator = await me.post(`/api/partnerships/${pid}/outcomes/indicators`, { label: "Households in cold homes", unit: "%", dataSource: "Riverside Council JSNA", sources: [source.body.data.id] });
    expect(indicator.status).toBe(201);
    expectShape(PresentedExtensionItemSchema, indicator.body.data);
  });

  it("agreement rounds: propose, respond, re-ask, close, withdraw and the overview (with agreed sections changed since)", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/agreements`;
    const proposed = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB", "Riverside CVS"], deadline: DEADLINE });
    expect(proposed.status).toBe(201);
    expectShape(PresentedAgreementSchema, proposed.body.data);
    const url = `${base}/${proposed.body.data.id}`;
    const responded = await t.icb.client.post(`${url}/responses`, { kind: "consent_with_comment", comment: "Please report quarterly" });
    expect(responded.status).toBe(200);
    expectShape(PresentedAgreementSchema, responded.body.data);
    // an edit after the response makes it stale: the answer lists what changed
    await editPlan(server, t.plan.id, t.facilitator.user.id, (doc) => setSectionBody(doc, sectionIds(doc)[0]!, bodyDoc([paragraph("A paragraph the ICB never saw")])));
    const stale = await t.facilitator.client.get(url);
    expect(stale.body.data.staleResponses.length).toBe(1);
    expectShape(PresentedAgreementSchema, stale.body.data);
    const reasked = await t.facilitator.client.post(`${url}/reask`, {});
    expect(reasked.status).toBe(200);
    expectShape(PresentedAgreementSchema, reasked.body.data);
    await t.icb.client.post(`${url}/responses`, { kind: "consent" });
    await t.cvs.client.post(`${url}/responses`, { kind: "abstain" });
    const closed = await t.facilitator.client.post(`${url}/close`, { outcome: "Agreed by the board", reviewDate: REVIEW });
    expect(closed.status).toBe(200);
    expectShape(PresentedAgreementSchema, closed.body.data);

    // agreed text changed since, and plan-level items too
    await editPlan(server, t.plan.id, t.facilitator.user.id, (doc) => {
      setSectionBody(doc, sectionIds(doc)[0]!, bodyDoc([paragraph("Rewritten after agreement")]));
      addAction(doc, { title: "Respite for unpaid carers" });
    });
    const overview = await t.facilitator.client.get(base);
    expect(overview.body.data.sections.some((s: { changed: boolean; diff: unknown[] }) => s.changed && s.diff.length > 0)).toBe(true);
    expect(overview.body.data.planItems).not.toBeNull();
    expectShape(AgreementOverviewSchema, overview.body.data);
    const sectionId = overview.body.data.planSections[1].id as string;
    const open = await t.facilitator.client.post(base, { title: "Second section", scope: { kind: "sections", sectionIds: [sectionId] }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE });
    expect(open.status).toBe(201);
    const withdrawn = await t.facilitator.client.post(`${base}/${open.body.data.id}/withdraw`, { reason: "Not yet" });
    expect(withdrawn.status).toBe(200);
    expectShape(PresentedAgreementSchema, withdrawn.body.data);
    expectShape(AgreementOverviewSchema, (await t.icb.client.get(base)).body.data);
  });

  it("a version diff", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/versions`;
    const v1 = await t.facilitator.client.post(base, { name: "Before" });
    await editPlan(server, t.plan.id, t.icb.user.id, (doc) => {
      setSectionBody(doc, sectionIds(doc)[0]!, bodyDoc([paragraph("Rewritten at the workshop")]));
      addAction(doc, { title: "Community health champions", leadOrganisation: "Riverside CVS" });
    });
    const v2 = await t.facilitator.client.post(base, { name: "After" });
    for (const [from, to] of [[v1.body.data.id, v2.body.data.id], [v1.body.data.id, "current"]]) {
      const d = await t.cvs.client.get(`${base}/diff?from=${from}&to=${to}`);
      expect(d.status).toBe(200);
      expectShape(z.looseObject({ diff: PlanDiffSchema }), d.body.data);
    }
  });

  it("the outcomes model, a lens, related terms, coverage and a partnership's outcomes", async () => {
    const model = await me.get("/api/outcomes/model");
    expect(model.status).toBe(200);
    expectShape(OutcomesModelSchema, model.body.data);
    for (const q of ["sector=nhs", "framework=FW-C20A"]) expectShape(LensResultSchema, (await me.get(`/api/outcomes/terms/LU-M7/lens?${q}`)).body.data);
    expectShape(LensResultSchema, (await me.get("/api/outcomes/terms/SO-04/lens?sector=community")).body.data);
    const related = (await me.get("/api/outcomes/terms/LU-M7/related")).body.data as unknown[];
    expect(related.length).toBeGreaterThan(0);
    for (const r of related) expectShape(RelatedTermSchema, r);
    expectShape(CoverageResultSchema, (await me.post("/api/outcomes/coverage", { outcomeIds: ["SO-04", "SO-99"] })).body.data);
    // with a local item of each kind merged into the partnership's model
    const term = await me.post(`/api/partnerships/${pid}/outcomes/terms`, { label: "Riverside thriving places", plainEnglish: "Places people want to live.", sector: "council" });
    expect(term.status).toBe(201);
    await me.post(`/api/partnerships/${pid}/outcomes/outcomes`, { label: "Warm homes in Riverside" });
    const po = await me.get(`/api/partnerships/${pid}/outcomes`);
    expect(po.status).toBe(200);
    expect(po.body.data.items.length).toBeGreaterThan(0);
    expectShape(PartnershipOutcomesSchema, po.body.data);
    expectShape(z.looseObject({ extendOutcomes: z.boolean() }), po.body.policies);
  });

  it("an indicator import preview and result", async () => {
    const t = await agreementTeam(server);
    const send = (query: Record<string, string>, preview: boolean) =>
      t.icb.client.request("POST", `/api/plans/${t.plan.id}/indicator-imports${preview ? "/preview" : ""}?${new URLSearchParams(query)}`, HLE, { "content-type": "text/csv" });
    const first = await send({}, true);
    expect(first.status).toBe(200);
    expectShape(IndicatorImportPreviewSchema, first.body.data);
    const series = first.body.data.groups[1].key as string;
    const chosen = await send({ series, area: "E06009991" }, true);
    expect(chosen.body.data.selected).not.toBeNull();
    expectShape(IndicatorImportPreviewSchema, chosen.body.data);
    const done = await send({ series, area: "E06009991" }, false);
    expect(done.status).toBe(201);
    expectShape(IndicatorImportResultSchema, done.body.data);
    const again = await send({ series, area: "E06009991", indicator: done.body.data.indicatorId }, false);
    expect(again.body.data.created).toBe(false);
    expectShape(IndicatorImportResultSchema, again.body.data);
  });
});
