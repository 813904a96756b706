import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { totpCode } from "@jigsaw/server/src/services/totp.ts";
import { ApiClient } from "../utils/apiClient.ts";
import { agreementTeam } from "../utils/agreementFixtures.ts";
import { anchorOn, firstSectionId, writeSection } from "../utils/commentFixtures.ts";
import { closeAllSockets } from "../realtime/socketClient.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

const PASSWORD = "correct horse battery staple";
const DEADLINE = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

/**
 * "Your data" and erasure through the real server: a member downloads
 * everything held about them; erasing the account keeps their comments and
 * sign-offs attributed to "Former member (organisation)" with organisation,
 * role and time, removes their personal data, and is itself audited.
 */
describe("your data and erasure", () => {
  let server: TestServer;
  let t: Awaited<ReturnType<typeof agreementTeam>>;
  let roundId = "";
  let threadId = "";

  beforeAll(async () => {
    server = await startTestServer();
    t = await agreementTeam(server);
    const sectionId = await firstSectionId(server, t.plan.id);
    await writeSection(server, t.plan.id, sectionId, ["Asthma admissions fell by a fifth."], t.facilitator.user.id);
    // the CVS member comments, then responds to an agreement round
    const anchor = await anchorOn(server, t.plan.id, sectionId, "Asthma admissions");
    const thread = await t.cvs.client.post(`/api/plans/${t.plan.id}/comments`, { anchor, body: "Which data source is this?" });
    expect(thread.status, JSON.stringify(thread.body)).toBe(201);
    threadId = thread.body.data.id as string;
    const proposed = await t.facilitator.client.post(`/api/plans/${t.plan.id}/agreements`, {
      scope: { kind: "plan" },
      requiredOrganisations: ["Riverside CVS", "Riverside ICB"],
      deadline: DEADLINE,
    });
    expect(proposed.status).toBe(201);
    roundId = proposed.body.data.id as string;
    const responded = await t.cvs.client.post(`/api/plans/${t.plan.id}/agreements/${roundId}/responses`, { kind: "consent_with_comment", comment: "With thanks" });
    expect(responded.status, JSON.stringify(responded.body)).toBe(200);
    expect((await t.icb.client.post(`/api/plans/${t.plan.id}/agreements/${roundId}/responses`, { kind: "consent" })).status).toBe(200);
    const closed = await t.facilitator.client.post(`/api/plans/${t.plan.id}/agreements/${roundId}/close`, { outcome: "Partners agree the plan" });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
  });
  afterAll(async () => {
    closeAllSockets();
    await server?.close();
  });

  it("a member downloads everything held about them as JSON, without secrets", async () => {
    const r = await fetch(`${server.origin}/api/account/data`, { headers: { cookie: t.cvs.client.cookieHeader ?? "" } });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/application\/json/);
    expect(r.headers.get("content-disposition")).toMatch(/^attachment; filename="jigsaw-your-data-\d{4}-\d{2}-\d{2}\.json"$/);
    const text = await r.text();
    const data = JSON.parse(text) as Record<string, any>;
    expect(data.format).toBe("jigsaw-your-data/1");
    expect(data.account).toMatchObject({ id: t.cvs.user.id, email: t.cvs.user.email, displayName: t.cvs.user.displayName, twoFactorEnabled: false });
    expect(data.memberships).toEqual([expect.objectContaining({ partnershipId: t.partnership.id, organisation: "Riverside CVS", role: "editor" })]);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.comments).toEqual([expect.objectContaining({ id: threadId, body: "Which data source is this?" })]);
    expect(data.agreements).toEqual([expect.objectContaining({ roundId, action: "responded", response: "consent_with_comment", comment: "With thanks", organisation: "Riverside CVS", role: "editor" })]);
    expect(data.auditEntries.some((e: { action: string }) => e.action === "membership.joined")).toBe(true);
    expect(data.notifications.some((n: { kind: string }) => /agreement/.test(n.kind))).toBe(true);
    // no secrets, and nothing of other people's accounts
    const stored = (await server.ctx.storage.users.findById(t.cvs.user.id))!;
    expect(text).not.toContain(stored.passwordHash);
    expect(text).not.toMatch(/passwordHash|totpSecret|tokenHash/);
    expect(text).not.toContain(t.icb.user.email);
    // signed out: nothing
    expect((await new ApiClient(server.origin).get("/api/account/data")).status).toBe(401);
  });

  it("erasing needs the password; then the person is gone but their work stays, attributed to Former member (organisation)", async () => {
    const wrong = await t.cvs.client.post("/api/account/erase", { password: "not the password at all" });
    expect(wrong.status).toBe(401);
    expect(await server.ctx.storage.users.findById(t.cvs.user.id)).toMatchObject({ erasedAt: null });

    const r = await t.cvs.client.post("/api/account/erase", { password: PASSWORD });
    expect(r.status).toBe(204);
    // signed out, cannot sign in again, email free
    expect((await t.cvs.client.get("/api/auth/me")).status).toBe(401);
    expect((await new ApiClient(server.origin).post("/api/auth/signin", { email: t.cvs.user.email, password: PASSWORD })).status).toBe(401);
    expect(await server.ctx.storage.users.findByEmail(t.cvs.user.email)).toBeNull();
    expect(await server.ctx.storage.preferences.get(t.cvs.user.id)).toBeNull();
    expect(await server.ctx.storage.notifications.listForUser(t.cvs.user.id, { limit: 10 })).toEqual([]);
    expect(await server.ctx.storage.sessions.listForUser(t.cvs.user.id)).toEqual([]);
    // no longer a member
    const members = await t.facilitator.client.get(`/api/partnerships/${t.partnership.id}/members`);
    expect(members.body.data.map((m: { userId: string }) => m.userId)).not.toContain(t.cvs.user.id);

    // the comment stays, attributed to the former member of their organisation
    const threads = await t.facilitator.client.get(`/api/plans/${t.plan.id}/comments`);
    const thread = (threads.body.data as Array<{ id: string; comments: Array<{ author: { displayName: string }; body: string }> }>).find((x) => x.id === threadId)!;
    expect(thread.comments[0]).toMatchObject({ author: expect.objectContaining({ displayName: "Former member (Riverside CVS)" }), body: "Which data source is this?" });

    // the sign-off keeps organisation, role and time; only the name changed
    const round = (await server.ctx.storage.agreements.findById(roundId))!;
    expect(round.responses.find((x) => x.organisation === "Riverside CVS")).toMatchObject({
      kind: "consent_with_comment",
      comment: "With thanks",
      by: { userId: t.cvs.user.id, displayName: "Former member (Riverside CVS)", organisation: "Riverside CVS", role: "editor" },
    });

    // the agreed version's frozen sign-off keeps organisation, response, role and time, under the label
    const version = (await server.ctx.storage.versions.findById(round.versionId!))!;
    expect(version.kind).toBe("agreed");
    expect(version.signOff).not.toContain(t.cvs.user.displayName);
    const cvsEntry = (JSON.parse(version.signOff!) as { entries: Array<{ organisation: string; by: string; response: string; trail: Array<{ by: string; role: string }> }> }).entries.find((e) => e.organisation === "Riverside CVS")!;
    expect(cvsEntry).toMatchObject({ by: "Former member (Riverside CVS)", response: "consent_with_comment" });
    expect(cvsEntry.trail).toEqual([expect.objectContaining({ by: "Former member (Riverside CVS)", role: "editor" })]);
    expect(version.signOff).toContain(t.icb.user.displayName); // other people's names stay

    // nothing anywhere still carries the name or the email
    const audit = await server.ctx.storage.audit.listForPartnership(t.partnership.id, 500);
    expect(JSON.stringify(audit)).not.toContain(t.cvs.user.displayName);
    expect(JSON.stringify(audit)).not.toContain(t.cvs.user.email);
    expect(JSON.stringify(await server.ctx.storage.agreements.listForPlan(t.plan.id))).not.toContain(t.cvs.user.displayName);
    // the erasure itself is audited
    expect(audit.find((e) => e.action === "account.erased")).toMatchObject({
      actorId: t.cvs.user.id,
      actorName: "Former member (Riverside CVS)",
      organisation: "Riverside CVS",
      subjectType: "user",
      subjectId: t.cvs.user.id,
    });
  });

  it("the last facilitator cannot erase their account; a code is needed when two-factor is on", async () => {
    const fac = t.facilitator.client;
    const last = await fac.post("/api/account/erase", { password: PASSWORD });
    expect(last.status).toBe(409);
    expect(last.body.error.id).toBe("last_facilitator");

    const secret = ((await t.icb.client.post("/api/auth/totp/setup", {})).body.data as { secret: string }).secret;
    expect((await t.icb.client.post("/api/auth/totp/enable", { secret, code: totpCode(secret) })).status).toBe(200);
    expect((await t.icb.client.post("/api/account/erase", { password: PASSWORD })).body.error.id).toBe("two_factor_required");
    expect(await server.ctx.storage.users.findById(t.icb.user.id)).toMatchObject({ erasedAt: null });
  });

  it("a facilitator erases the account of a member who left; not of a current member, and not as a non-facilitator", async () => {
    const pid = t.partnership.id;
    const url = (userId: string) => `/api/partnerships/${pid}/former-members/${userId}/erase`;
    // still a member: refused
    expect((await t.facilitator.client.post(url(t.trust.user.id), {})).status).toBe(403);
    // the member leaves
    expect((await t.trust.client.request("DELETE", `/api/partnerships/${pid}/members/${t.trust.user.id}`)).status).toBe(204);
    // only facilitators may
    expect((await t.viewer.client.post(url(t.trust.user.id), {})).status).toBe(403);
    const r = await t.facilitator.client.post(url(t.trust.user.id), {});
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.data).toEqual({ userId: t.trust.user.id, attributedTo: "Former member (Riverside Community Trust)" });
    expect(await server.ctx.storage.users.findById(t.trust.user.id)).toMatchObject({ displayName: "Former member (Riverside Community Trust)" });
    const audit = await server.ctx.storage.audit.listForPartnership(pid, 500);
    expect(audit.find((e) => e.action === "account.erased" && e.subjectId === t.trust.user.id)).toMatchObject({ actorId: t.facilitator.user.id, organisation: "Riverside Borough Council" });
    // twice: not found
    expect((await t.facilitator.client.post(url(t.trust.user.id), {})).status).toBe(404);
  });
});
