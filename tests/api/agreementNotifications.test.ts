import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addIndicator, bodyDoc, paragraph, sectionIds, setSectionBody, updateIndicatorField } from "@jigsaw/shared/plan/index";
import type { NotificationList, PresentedNotification } from "@jigsaw/shared/comments/types";
import { sendDigests } from "@jigsaw/server/src/mail/mailSender.ts";
import { sweepAgreementReminders } from "@jigsaw/server/src/commands/agreementReminders.ts";
import { checkAgreementDrift } from "@jigsaw/server/src/commands/agreementDriftChecker.ts";
import type { ApiClient } from "../utils/apiClient.ts";
import { agreementTeam, editPlan, planSnapshot } from "../utils/agreementFixtures.ts";
import { startSmtpSink, type SmtpSink } from "../utils/smtpSink.ts";
import { startTestServer, tempDir, type TestServer } from "../utils/testServer.ts";
import { closeAllSockets, connectSocket, nextEvent } from "../realtime/socketClient.ts";

/*
 * Issue 19: agreement notifications at the key moments, in the bell, live
 * over socket.io and by email through the real mailer (an SMTP sink), as
 * each member chose.
 */

const DEADLINE = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

let server: TestServer;
let smtp: SmtpSink;
beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: "Jigsaw <jigsaw@example.org>" } });
});
afterAll(async () => {
  closeAllSockets();
  await server?.close();
  await smtp?.close();
});

async function bell(client: ApiClient, kind: string, planId: string): Promise<PresentedNotification[]> {
  const list = (await client.get("/api/notifications")).body as NotificationList;
  return list.data.filter((n) => n.kind === kind && n.planId === planId);
}
const setPref = (client: ApiClient, value: string) => client.request("PUT", "/api/notifications/preferences", { agreement_request: value });
const mailsTo = (email: string, re: RegExp) => smtp.messages.filter((m, i) => smtp.recipients[i]!.includes(email) && re.test(m.subject ?? ""));

describe("agreement notifications", () => {
  it("a response or objection reaches the proposer and facilitators live and by email; never the responder or other partners", async () => {
    const t = await agreementTeam(server);
    await setPref(t.facilitator.client, "immediate");
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB", "Riverside CVS"], deadline: DEADLINE });
    const id = r.body.data.id as string;
    const socket = await connectSocket(server, t.facilitator.client);
    const live = nextEvent(socket, "notification.created", (p) => p.notification.kind === "agreement_response");
    expect((await t.cvs.client.post(`${base}/${id}/responses`, { kind: "object", comment: "The housing target is not funded" })).status).toBe(200);
    const event = await live;
    expect(event.notification).toMatchObject({ kind: "agreement_response", planId: t.plan.id, actor: { id: t.cvs.user.id }, path: `/plans/${t.plan.id}?agreement=${id}` });
    expect(event.notification.title).toContain("Riverside CVS objected to");
    expect(event.notification.excerpt).toContain("Reason: The housing target is not funded");
    const mail = await smtp.waitFor((m, rcpt) => rcpt.includes(t.facilitator.user.email) && /objected/.test(m.subject ?? ""));
    expect(mail.text).toContain("The housing target is not funded");
    await t.icb.client.post(`${base}/${id}/responses`, { kind: "consent" });
    await expect.poll(async () => (await bell(t.facilitator.client, "agreement_response", t.plan.id)).length).toBe(2);
    for (const other of [t.cvs, t.icb, t.trust, t.viewer]) expect(await bell(other.client, "agreement_response", t.plan.id), other.organisation).toEqual([]);
  });

  it("a closed round reaches every member of the signing organisations (viewers too), not other partners; preferences off and digest are honoured", async () => {
    const t = await agreementTeam(server);
    await setPref(t.icb.client, "off");
    await setPref(t.viewer.client, "digest");
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE });
    const id = r.body.data.id as string;
    await t.icb.client.post(`${base}/${id}/responses`, { kind: "consent" });
    const socket = await connectSocket(server, t.viewer.client);
    const live = nextEvent(socket, "notification.created", (p) => p.notification.kind === "agreement_closed");
    expect((await t.facilitator.client.post(`${base}/${id}/close`, { outcome: "Agreed for the Health and Wellbeing Board" })).status).toBe(200);
    expect((await live).notification).toMatchObject({ title: `“${r.body.data.title}” was agreed`, excerpt: expect.stringContaining("Agreed for the Health and Wellbeing Board") });
    await expect.poll(async () => (await bell(t.icb.client, "agreement_closed", t.plan.id)).length).toBe(1);
    for (const other of [t.cvs, t.trust, t.facilitator]) expect(await bell(other.client, "agreement_closed", t.plan.id), other.organisation).toEqual([]);
    // off: in the bell, never emailed; digest: not at once, in the daily email
    await new Promise((res) => setTimeout(res, 300));
    expect(mailsTo(t.icb.user.email, /was agreed/)).toEqual([]);
    expect(mailsTo(t.viewer.user.email, /was agreed/)).toEqual([]);
    await sendDigests(server.ctx, new Date(Date.now() + 1000));
    const digest = await smtp.waitFor((m, rcpt) => rcpt.includes(t.viewer.user.email) && (m.text ?? "").includes("was agreed"));
    expect(digest.text).toContain("Agreed for the Health and Wellbeing Board");
    expect(smtp.recipients.filter((rcpt, i) => rcpt.includes(t.icb.user.email) && (smtp.messages[i]!.text ?? "").includes("was agreed"))).toEqual([]);
  });

  it("agreed text changed after agreement notifies every signing organisation once per change burst, not per edit", async () => {
    const t = await agreementTeam(server);
    await setPref(t.cvs.client, "immediate");
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB", "Riverside CVS"], deadline: DEADLINE });
    const id = r.body.data.id as string;
    await t.icb.client.post(`${base}/${id}/responses`, { kind: "consent" });
    await t.cvs.client.post(`${base}/${id}/responses`, { kind: "consent" });
    await t.facilitator.client.post(`${base}/${id}/close`, { outcome: "Agreed" });
    const title = (await planSnapshot(server, t.plan.id)).sections[0]!.title;
    // a burst of edits, each followed by the drift check the sync endpoint triggers
    for (const words of ["A new vision", "A new vision for", "A new vision for Riverside"]) {
      await editPlan(server, t.plan.id, t.trust.user.id, (doc) => setSectionBody(doc, sectionIds(doc)[0]!, bodyDoc([paragraph(words)])));
      await checkAgreementDrift(server.ctx, (await server.ctx.storage.plans.findById(t.plan.id))!);
    }
    await expect.poll(async () => (await bell(t.cvs.client, "agreement_changed", t.plan.id)).length).toBe(1);
    const [n] = await bell(t.icb.client, "agreement_changed", t.plan.id);
    expect(n!.title).toContain(`“${title}”`);
    expect(n!.excerpt).toContain("Changed since Riverside ICB agreed it");
    expect(await bell(t.trust.client, "agreement_changed", t.plan.id)).toEqual([]);
    await smtp.waitFor((m, rcpt) => rcpt.includes(t.cvs.user.email) && /Agreed text changed/.test(m.subject ?? ""));
    await new Promise((res) => setTimeout(res, 500));
    expect((await bell(t.cvs.client, "agreement_changed", t.plan.id)).length).toBe(1);
    expect(mailsTo(t.cvs.user.email, /Agreed text changed/).length).toBe(1);
  });
});

describe("agreed plan-level items", () => {
  it("a changed indicator target after a whole-plan agreement is told once per change burst, and again after it was put back and changed anew", async () => {
    const t = await agreementTeam(server);
    let indicatorId = "";
    await editPlan(server, t.plan.id, t.facilitator.user.id, (doc) => {
      indicatorId = addIndicator(doc, { label: "Physically active adults", target: { value: 70, date: "2029-03-31" } });
    });
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE });
    await t.icb.client.post(`${base}/${r.body.data.id}/responses`, { kind: "consent" });
    await t.facilitator.client.post(`${base}/${r.body.data.id}/close`, { outcome: "Agreed" });
    const drift = async () => checkAgreementDrift(server.ctx, (await server.ctx.storage.plans.findById(t.plan.id))!);
    const setTarget = async (value: number) => {
      await editPlan(server, t.plan.id, t.cvs.user.id, (doc) => updateIndicatorField(doc, indicatorId, "target", { value, date: "2029-03-31" }));
      await drift();
    };
    await setTarget(50);
    await setTarget(45);
    await expect.poll(async () => (await bell(t.icb.client, "agreement_changed", t.plan.id)).length).toBe(1);
    expect((await bell(t.icb.client, "agreement_changed", t.plan.id))[0]!.title).toContain("“Indicators, risks and actions”");
    await setTarget(70); // as agreed again
    await setTarget(40);
    await expect.poll(async () => (await bell(t.icb.client, "agreement_changed", t.plan.id)).length).toBe(2);
    expect(await bell(t.cvs.client, "agreement_changed", t.plan.id)).toEqual([]);
  });
});

describe("closing soon reminders", () => {
  it("are sent once, the day before the deadline, to organisations that have not responded", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB", "Riverside CVS"], deadline: DEADLINE });
    const id = r.body.data.id as string;
    await t.icb.client.post(`${base}/${id}/responses`, { kind: "consent" });
    const eve = new Date(Date.parse(`${DEADLINE}T00:00:00Z`) - 86_400_000);
    await sweepAgreementReminders(server.ctx, new Date(eve.getTime() - 60_000));
    expect(await bell(t.cvs.client, "agreement_reminder", t.plan.id)).toEqual([]);
    await sweepAgreementReminders(server.ctx, new Date(eve.getTime() + 60_000));
    const [n] = await bell(t.cvs.client, "agreement_reminder", t.plan.id);
    expect(n!.title).toBe(`Reminder: Riverside CVS has not yet responded to “${r.body.data.title}”, due by ${DEADLINE}`);
    expect(await bell(t.icb.client, "agreement_reminder", t.plan.id)).toEqual([]);
    expect(await bell(t.viewer.client, "agreement_reminder", t.plan.id)).toEqual([]);
    await sweepAgreementReminders(server.ctx, new Date(eve.getTime() + 3_600_000));
    expect((await bell(t.cvs.client, "agreement_reminder", t.plan.id)).length).toBe(1);
  });

  it("a reminder that fell due while the server was down goes out at start, and a restart never sends it again", async () => {
    const dataDir = tempDir();
    let s = await startTestServer({ dataDir });
    const t = await agreementTeam(s);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside CVS"], deadline: tomorrow });
    const id = r.body.data.id as string;
    // the round was proposed two days ago (so its reminder, due today, was not covered by the request)
    const stored = (await s.ctx.storage.agreements.findById(id))!;
    await s.ctx.storage.agreements.replace({ ...stored, proposedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(), revision: stored.revision + 1 }, stored.revision);
    await s.close();
    const count = async () => (await s.ctx.storage.notifications.listForUser(t.cvs.user.id, { limit: 50 })).filter((n) => n.kind === "agreement_reminder").length;
    s = await startTestServer({ dataDir });
    try {
      await expect.poll(count, { timeout: 10_000 }).toBe(1);
      await s.close();
      s = await startTestServer({ dataDir });
      await sweepAgreementReminders(s.ctx);
      await new Promise((res) => setTimeout(res, 300));
      expect(await count()).toBe(1);
    } finally {
      await s.close();
    }
  });
});
