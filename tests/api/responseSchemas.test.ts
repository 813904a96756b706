import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { NotificationPreferencesSchema } from "@jigsaw/shared/comments/schemas";
import { ChangesSinceVisitSchema, NotificationListSchema, PresentedThreadSchema, SearchHitSchema } from "@jigsaw/shared/comments/types";
import { PartnershipAbilitiesSchema, PlanAbilitiesSchema } from "@jigsaw/shared/domain/abilities";
import { PresentedExtensionItemSchema, TermSearchHitSchema } from "@jigsaw/shared/domain/outcomesApi";
import {
  PresentedInvitePreviewSchema,
  PresentedInviteSchema,
  PresentedMembershipSchema,
  PresentedPartnershipSchema,
} from "@jigsaw/shared/domain/partnership";
import { PresentedPlanSchema } from "@jigsaw/shared/domain/plan";
import { PresentedUserSchema, SsoProviderSchema, TotpSetupSchema } from "@jigsaw/shared/domain/user";
import { ExportJobViewSchema } from "@jigsaw/shared/export/exportJob";
import { PlanSnapshotSchema } from "@jigsaw/shared/plan/schema";
import { PresentedVersionSchema } from "@jigsaw/shared/versions/schema";
import { createInvite, createPartnership, createPlan, signedUpClient } from "../utils/apiFixtures.ts";
import type { ApiClient } from "../utils/apiClient.ts";
import { firstSectionId } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

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
});
