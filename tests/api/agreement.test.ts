import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setSectionBody, sectionIds, bodyDoc, paragraph } from "@jigsaw/shared/plan/index";
import type { PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import type { EmbeddedStorage } from "@jigsaw/server/src/storage/embedded/embeddedStorage.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { signedUpClient } from "../utils/apiFixtures.ts";
import { agreementTeam, editPlan, planSnapshot } from "../utils/agreementFixtures.ts";
import { closeAllSockets, command, connectSocket } from "../realtime/socketClient.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  closeAllSockets();
  await server.close();
});

const DEADLINE = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
const REVIEW = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

describe("agreement workflow over the API", () => {
  it("propose → respond → refused close → objection resolved → close, with live updates, audit and the agreed version", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/agreements`;
    const requested: unknown[] = [];
    const off = server.ctx.events.on("agreement.requested", (e) => requested.push(e));

    // non-facilitators cannot propose; outsiders see nothing
    const body = { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB", "Riverside CVS", "Riverside Community Trust"], deadline: DEADLINE };
    expect((await t.icb.client.post(base, body)).status).toBe(403);
    const outsider = await signedUpClient(server, "outsider");
    expect((await outsider.client.post(base, body)).status).toBe(404);
    expect((await outsider.client.get(base)).status).toBe(404);

    const overview0 = await t.facilitator.client.get(base);
    expect(overview0.body.data.organisations).toEqual(["Riverside Borough Council", "Riverside Community Trust", "Riverside CVS", "Riverside ICB"]);
    expect(overview0.body.data.canPropose).toBe(true);

    // the CVS member watches the plan room
    const socket = await connectSocket(server, t.cvs.client);
    expect((await command(socket, "plan.join", { planId: t.plan.id })).ok).toBe(true);
    const seen: Array<{ change: string; round: { responses: unknown[] } | null }> = [];
    socket.on("agreement.updated", (p) => seen.push(p as never));

    const proposed = await t.facilitator.client.post(base, body);
    expect(proposed.status).toBe(201);
    const round = proposed.body.data as PresentedAgreement;
    expect(round.status).toBe("open");
    expect(round.tally.waiting).toBe(3);
    off();
    expect(requested).toEqual([
      expect.objectContaining({ planId: t.plan.id, agreementId: round.id, requiredOrganisations: body.requiredOrganisations, deadline: DEADLINE, proposedBy: t.facilitator.user.id }),
    ]);
    expect((await planSnapshot(server, t.plan.id)).sections.every((s) => s.status === "in_review")).toBe(true);

    // a second overlapping round is refused
    expect((await t.facilitator.client.post(base, body)).status).toBe(409);

    const url = `${base}/${round.id}`;
    // who may respond
    expect((await t.viewer.client.post(`${url}/responses`, { kind: "consent" })).status).toBe(403);
    const council = await t.facilitator.client.post(`${url}/responses`, { kind: "consent" });
    expect(council.status).toBe(403);
    expect(council.body.error.message).toContain("not asked");
    // policies tell the client
    const asIcb = await t.icb.client.get(url);
    expect(asIcb.body.data.policies).toEqual({ respond: true, respondAs: "Riverside ICB", close: false, reask: false, withdraw: false });

    expect((await t.icb.client.post(`${url}/responses`, { kind: "consent" })).status).toBe(200);
    expect((await t.trust.client.post(`${url}/responses`, { kind: "consent_with_comment", comment: "Please report quarterly" })).status).toBe(200);
    const noReason = await t.cvs.client.post(`${url}/responses`, { kind: "object" });
    expect(noReason.status).toBe(400);
    const objected = await t.cvs.client.post(`${url}/responses`, { kind: "object", comment: "There is no action for unpaid carers" });
    expect(objected.status).toBe(200);
    expect(objected.body.data.tally).toMatchObject({ consented: 2, objected: 1, quorum: false });

    // closing without quorum is refused with a clear error
    const refused = await t.facilitator.client.post(`${url}/close`, { outcome: "Agreed" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.id).toBe("no_quorum");
    expect(refused.body.error.message).toContain("Riverside CVS objects");

    // the objection is resolved: CVS changes its response
    const resolved = await t.cvs.client.post(`${url}/responses`, { kind: "consent", comment: "Carers action added" });
    expect(resolved.body.data.tally.quorum).toBe(true);
    const facView = await t.facilitator.client.get(url);
    expect(facView.body.data.policies).toMatchObject({ close: true, withdraw: true });

    const closed = await t.facilitator.client.post(`${url}/close`, { outcome: "Partners agree the Riverside Place Plan 2026-29", reviewDate: REVIEW });
    expect(closed.status).toBe(200);
    expect(closed.body.data).toMatchObject({ status: "agreed", outcome: "Partners agree the Riverside Place Plan 2026-29", reviewDate: REVIEW });
    const version = closed.body.version;
    expect(version).toMatchObject({ kind: "agreed", immutable: true, agreementId: round.id });
    expect(version.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(version.signOff.entries.map((e: { organisation: string; response: string }) => [e.organisation, e.response])).toEqual([
      ["Riverside ICB", "consent"],
      ["Riverside CVS", "consent"],
      ["Riverside Community Trust", "consent_with_comment"],
    ]);
    expect((await planSnapshot(server, t.plan.id)).sections.every((s) => s.status === "agreed")).toBe(true);

    // closed rounds are immutable on every route
    expect((await t.cvs.client.post(`${url}/responses`, { kind: "object", comment: "late" })).status).toBe(409);
    expect((await t.facilitator.client.post(`${url}/close`, { outcome: "again" })).status).toBe(409);
    expect((await t.facilitator.client.post(`${url}/withdraw`, {})).status).toBe(409);
    for (const method of ["PATCH", "PUT", "DELETE"]) {
      const r = await t.facilitator.client.request(method, url, method === "DELETE" ? undefined : { outcome: "changed" });
      expect(r.status, method).toBe(409);
      expect(r.body.error.id).toBe("immutable");
    }

    // members saw every change live
    await expect.poll(() => seen.map((s) => s.change)).toEqual(["proposed", "responded", "responded", "responded", "responded", "closed"]);
    expect(seen[3]!.round!.responses).toHaveLength(3);

    // the audit trail: who, what, when, which organisation; append-only
    const audit = await t.cvs.client.get(`/api/plans/${t.plan.id}/audit?limit=100`);
    expect(audit.status).toBe(200);
    const entries = (audit.body.data as Array<{ action: string; actor: { organisation: string | null; displayName: string }; at: string }>).reverse();
    const agreementEntries = entries.filter((e) => e.action.startsWith("agreement."));
    expect(agreementEntries.map((e) => [e.action, e.actor.organisation])).toEqual([
      ["agreement.proposed", "Riverside Borough Council"],
      ["agreement.responded", "Riverside ICB"],
      ["agreement.responded", "Riverside Community Trust"],
      ["agreement.responded", "Riverside CVS"],
      ["agreement.response_changed", "Riverside CVS"],
      ["agreement.closed", "Riverside Borough Council"],
    ]);
    expect(entries.some((e) => e.action === "version.agreed")).toBe(true);
    for (const method of ["POST", "PATCH", "PUT", "DELETE"]) {
      expect((await t.facilitator.client.request(method, `/api/plans/${t.plan.id}/audit`, method === "DELETE" ? undefined : {})).status, method).toBe(404);
    }
    const db = (server.ctx.storage as EmbeddedStorage).db;
    expect(() => db.prepare("UPDATE audit_events SET actor_name = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare("DELETE FROM audit_events").run()).toThrow(/append-only/);
  });

  it("an edit to an agreed section marks it changed since agreement with the diff, visible to all; re-agreement clears it", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/agreements`;
    const first = (await planSnapshot(server, t.plan.id)).sections[0]!;
    const proposed = await t.facilitator.client.post(base, { scope: { kind: "sections", sectionIds: [first.id] }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE });
    expect(proposed.status).toBe(201);
    const id = proposed.body.data.id as string;
    await t.icb.client.post(`${base}/${id}/responses`, { kind: "consent" });
    expect((await t.facilitator.client.post(`${base}/${id}/close`, { outcome: "Vision agreed" })).status).toBe(200);
    let snap = await planSnapshot(server, t.plan.id);
    expect(snap.sections[0]!.status).toBe("agreed");
    expect(snap.sections[1]!.status).toBe("draft");

    // an editor changes the agreed section
    await editPlan(server, t.plan.id, t.icb.user.id, (doc) => {
      setSectionBody(doc, sectionIds(doc)[0]!, bodyDoc([paragraph("A completely different vision for Riverside")]));
    });
    const overview = await t.cvs.client.get(base);
    expect(overview.status).toBe(200);
    const state = overview.body.data.sections.find((s: { sectionId: string }) => s.sectionId === first.id);
    expect(state).toMatchObject({ changed: true, removed: false, roundId: id });
    expect(state.diff.some((d: { op: string; text: string }) => d.op === "insert" && d.text.includes("completely different"))).toBe(true);
    snap = await planSnapshot(server, t.plan.id);
    expect(snap.sections[0]!.status).toBe("changed_since_agreement");
    const audit = await t.cvs.client.get(`/api/plans/${t.plan.id}/audit`);
    expect(audit.body.data.some((e: { action: string; subjectId: string }) => e.action === "section.changed_since_agreement" && e.subjectId === first.id)).toBe(true);

    // re-agreement
    const again = await t.facilitator.client.post(base, { scope: { kind: "sections", sectionIds: [first.id] }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE });
    const againId = again.body.data.id as string;
    await t.icb.client.post(`${base}/${againId}/responses`, { kind: "consent" });
    await t.facilitator.client.post(`${base}/${againId}/close`, { outcome: "New vision agreed" });
    const after = await t.cvs.client.get(base);
    expect(after.body.data.sections.find((s: { sectionId: string }) => s.sectionId === first.id)).toMatchObject({ changed: false, roundId: againId });
    expect((await planSnapshot(server, t.plan.id)).sections[0]!.status).toBe("agreed");
  });

  it("after the sync endpoint reports a content change, an edited agreed section is marked without anyone asking", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE });
    await t.icb.client.post(`${base}/${r.body.data.id}/responses`, { kind: "consent" });
    expect((await t.facilitator.client.post(`${base}/${r.body.data.id}/close`, { outcome: "Agreed" })).status).toBe(200);
    await editPlan(server, t.plan.id, t.icb.user.id, (doc) => setSectionBody(doc, sectionIds(doc)[1]!, bodyDoc([paragraph("Edited after sign-off")])));
    server.ctx.events.emit("plan.contentChanged", { planId: t.plan.id });
    await expect.poll(async () => (await planSnapshot(server, t.plan.id)).sections.map((s) => s.status), { timeout: 15_000 }).toEqual(
      (await planSnapshot(server, t.plan.id)).sections.map((_, i) => (i === 1 ? "changed_since_agreement" : "agreed")),
    );
  });

  it("withdrawing a round without quorum returns sections from review", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside CVS"], deadline: DEADLINE });
    const id = r.body.data.id as string;
    await t.cvs.client.post(`${base}/${id}/responses`, { kind: "object", comment: "Not ready" });
    expect((await t.icb.client.post(`${base}/${id}/withdraw`, {})).status).toBe(403);
    const w = await t.facilitator.client.post(`${base}/${id}/withdraw`, { reason: "Back to the drawing board" });
    expect(w.status).toBe(200);
    expect(w.body.data).toMatchObject({ status: "withdrawn", withdrawnReason: "Back to the drawing board" });
    expect((await planSnapshot(server, t.plan.id)).sections.every((s) => s.status === "draft")).toBe(true);
    expect((await server.ctx.storage.versions.listForPlan(t.plan.id)).some((v) => v.kind === "agreed")).toBe(false);
  });

  it("concurrent responses from many organisations are all kept (compare-and-set + retry)", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, {
      scope: { kind: "plan" },
      requiredOrganisations: ["Riverside ICB", "Riverside CVS", "Riverside Community Trust"],
      deadline: DEADLINE,
    });
    const id = r.body.data.id as string;
    const results = await Promise.all([
      t.icb.client.post(`${base}/${id}/responses`, { kind: "consent" }),
      t.cvs.client.post(`${base}/${id}/responses`, { kind: "object", comment: "Concern" }),
      t.trust.client.post(`${base}/${id}/responses`, { kind: "abstain" }),
      t.icb.client.post(`${base}/${id}/responses`, { kind: "consent_with_comment", comment: "Fine" }),
    ]);
    expect(results.map((x) => x.status)).toEqual([200, 200, 200, 200]);
    const round = (await t.facilitator.client.get(`${base}/${id}`)).body.data as PresentedAgreement;
    expect(round.responses.map((x) => x.organisation).sort()).toEqual(["Riverside CVS", "Riverside Community Trust", "Riverside ICB"]);
    expect(round.revision).toBe(5);
    const audit = (await t.facilitator.client.get(`/api/plans/${t.plan.id}/audit`)).body.data as Array<{ action: string }>;
    expect(audit.filter((e) => e.action.startsWith("agreement.respon")).length).toBe(4);
  });

  it("validates input", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/agreements`;
    const bad = [
      { scope: { kind: "plan" }, requiredOrganisations: [], deadline: DEADLINE },
      { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: "2020-01-01" },
      { scope: { kind: "plan" }, requiredOrganisations: ["Nobody"], deadline: DEADLINE },
      { scope: { kind: "sections", sectionIds: ["nope-nope"] }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE },
      { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE, extra: 1 },
    ];
    for (const b of bad) expect((await t.facilitator.client.post(base, b)).status, JSON.stringify(b)).toBe(400);
  });
});
