import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addAction,
  addIndicator,
  bodyDoc,
  paragraph,
  sectionIds,
  setSectionBody,
  setSectionOutcomes,
  setSectionStatus,
  updateActionField,
  updateIndicatorField,
} from "@jigsaw/shared/plan/index";
import type { AgreementOverview, PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import type { PresentedVersion } from "@jigsaw/shared/versions/schema";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import type { ApiClient } from "../utils/apiClient.ts";
import { createInvite } from "../utils/apiFixtures.ts";
import { agreementTeam, editPlan, joinOrganisation, planSnapshot } from "../utils/agreementFixtures.ts";
import { signedUpClient } from "../utils/apiFixtures.ts";
import { closeAllSockets, command, connectSocket } from "../realtime/socketClient.ts";

/*
 * Agreement that partners can trust (issue 19): who signs, what they signed,
 * and what counts. Every test goes through the real server.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  closeAllSockets();
  await server.close();
});

const DEADLINE = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
const YESTERDAY = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** Run an export job to the end and return the file's text. */
async function exportText(client: ApiClient, planId: string, body: Record<string, unknown>): Promise<string> {
  const created = await client.post(`/api/plans/${planId}/exports`, body);
  expect(created.status).toBe(202);
  let job = created.body.data as { id: string; status: string };
  for (let i = 0; i < 600 && job.status !== "done" && job.status !== "failed"; i++) {
    await new Promise((r) => setTimeout(r, 50));
    job = (await client.get(`/api/plans/${planId}/exports/${job.id}`)).body.data;
  }
  expect(job.status).toBe("done");
  const res = await fetch(`${server.origin}/api/plans/${planId}/exports/${job.id}/download`, { headers: { cookie: client.cookieHeader!, origin: server.origin } });
  return res.text();
}

interface AuditEntry {
  action: string;
  subjectId: string;
  actor: { displayName: string; organisation: string | null };
  details: Record<string, unknown>;
}

describe("who signs", () => {
  it("a member cannot change their own organisation; a facilitator can, audited; a signature keeps the organisation and role it was given with", async () => {
    const t = await agreementTeam(server);
    const gareth = await joinOrganisation(server, t.facilitator.client, t.partnership.id, "commenter", "Northfield Residents' Association", "voluntary", "gareth");
    const members = `/api/partnerships/${t.partnership.id}/members`;

    // the reported exploit: a commenter re-labels himself as the ICB
    const self = await gareth.client.patch(`${members}/${gareth.user.id}`, { organisation: "Riverside ICB" });
    expect(self.status).toBe(403);
    expect(self.body.error.message).toContain("facilitator");
    expect((await t.icb.client.patch(`${members}/${t.icb.user.id}`, { sector: "council" })).status).toBe(403);

    // commenters cannot sign, and cannot be named as a signing organisation
    const base = `/api/plans/${t.plan.id}/agreements`;
    const overview = (await t.facilitator.client.get(base)).body.data as AgreementOverview;
    expect(overview.organisations).not.toContain("Northfield Residents' Association");
    const refused = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Northfield Residents' Association"], deadline: DEADLINE });
    expect(refused.status).toBe(400);

    // the ICB editor signs; the facilitator later moves them to another organisation and role
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE });
    const url = `${base}/${r.body.data.id}`;
    expect((await gareth.client.post(`${url}/responses`, { kind: "consent" })).status).toBe(403);
    expect((await t.icb.client.post(`${url}/responses`, { kind: "consent" })).status).toBe(200);
    const moved = await t.facilitator.client.patch(`${members}/${t.icb.user.id}`, { organisation: "Riverside CVS", sector: "voluntary", role: "commenter" });
    expect(moved.status).toBe(200);
    const closed = await t.facilitator.client.post(`${url}/close`, { outcome: "Agreed" });
    expect(closed.status).toBe(200);
    const entry = (closed.body.version as PresentedVersion).signOff!.entries[0]!;
    expect(entry).toMatchObject({ organisation: "Riverside ICB", response: "consent", by: t.icb.user.displayName });
    expect(entry.trail).toEqual([expect.objectContaining({ response: "consent", role: "editor", by: t.icb.user.displayName })]);
    const round = (await t.cvs.client.get(url)).body.data as PresentedAgreement;
    expect(round.responses[0]!.by).toMatchObject({ organisation: "Riverside ICB", role: "editor" });

    // every membership change is in the partnership's audit trail, for facilitators
    const audit = await t.facilitator.client.get(`/api/partnerships/${t.partnership.id}/audit?limit=200`);
    expect(audit.status).toBe(200);
    const entries = audit.body.data as AuditEntry[];
    const change = entries.find((e) => e.action === "membership.changed" && e.subjectId === t.icb.user.id)!;
    expect(change.actor.displayName).toBe(t.facilitator.user.displayName);
    expect(change.details).toMatchObject({
      before: { organisation: "Riverside ICB", role: "editor", sector: "nhs" },
      after: { organisation: "Riverside CVS", role: "commenter", sector: "voluntary" },
    });
    expect(entries.filter((e) => e.action === "membership.joined").map((e) => e.subjectId)).toContain(gareth.user.id);
    expect((await gareth.client.get(`/api/partnerships/${t.partnership.id}/audit`)).status).toBe(403);
    // leaving is audited too
    expect((await gareth.client.delete(`${members}/${gareth.user.id}`)).status).toBe(204);
    const after = (await t.facilitator.client.get(`/api/partnerships/${t.partnership.id}/audit`)).body.data as AuditEntry[];
    expect(after.some((e) => e.action === "membership.removed" && e.subjectId === gareth.user.id)).toBe(true);
  });

  it("a comment keeps the organisation its author represented when writing it", async () => {
    const t = await agreementTeam(server);
    const sectionId = (await planSnapshot(server, t.plan.id)).sections[0]!.id;
    const posted = await t.cvs.client.post(`/api/plans/${t.plan.id}/comments`, { anchor: { kind: "section", sectionId }, body: "Carers are missing" });
    expect(posted.status).toBe(201);
    expect((await t.facilitator.client.patch(`/api/partnerships/${t.partnership.id}/members/${t.cvs.user.id}`, { organisation: "Riverside ICB", sector: "nhs" })).status).toBe(200);
    const later = await t.cvs.client.post(`/api/comments/${posted.body.data.id}/replies`, { body: "Now writing for the ICB" });
    const authors = (later.body.data.comments as Array<{ author: { organisation: string; sector: string } }>).map((c) => [c.author.organisation, c.author.sector]);
    expect(authors).toEqual([
      ["Riverside CVS", "voluntary"],
      ["Riverside ICB", "nhs"],
    ]);
  });

  it("an invite that names the organisation cannot be accepted as another one", async () => {
    const t = await agreementTeam(server);
    const joiner = await signedUpClient(server, "joiner");
    const { token } = await createInvite(t.facilitator.client, t.partnership.id, "editor", { organisation: "Riverside Hospice", sector: "voluntary" });
    const accepted = await joiner.client.post(`/api/invites/${token}/accept`, { organisation: "Riverside ICB", sector: "nhs" });
    expect(accepted.status).toBe(201);
    const members = (await t.facilitator.client.get(`/api/partnerships/${t.partnership.id}/members`)).body.data as Array<{ userId?: string; id?: string; organisation: string }>;
    const me = members.find((m) => (m.userId ?? m.id) === joiner.user.id)!;
    expect(me.organisation).toBe("Riverside Hospice");
  });
});

describe("what counts", () => {
  it("standing aside is counted and never blocks; only an objection does", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB", "Riverside Community Trust"], deadline: DEADLINE });
    const url = `${base}/${r.body.data.id}`;
    await t.icb.client.post(`${url}/responses`, { kind: "consent" });
    const aside = await t.trust.client.post(`${url}/responses`, { kind: "abstain" });
    expect(aside.body.data.tally).toMatchObject({ consented: 1, stoodAside: 1, quorum: true, blockers: [] });
    expect(aside.body.data.closingRule).toContain("Standing aside never blocks");
    const closed = await t.facilitator.client.post(`${url}/close`, { outcome: "Agreed, the Trust stands aside" });
    expect(closed.status).toBe(200);
    expect(closed.body.version.signOff.entries.map((e: { response: string }) => e.response)).toEqual(["consent", "abstain"]);
    // the JSON export carries each organisation's trail for the paper renderers
    const json = JSON.parse(await exportText(t.viewer.client, t.plan.id, { format: "json", version: "agreed" })) as { signOff: { entries: Array<{ trail: Array<{ response: string; role: string }> }> } };
    expect(json.signOff.entries[1]!.trail).toEqual([expect.objectContaining({ response: "abstain", role: "editor" })]);
  });

  it("after a closing deadline, non-responders are recorded as no response and do not block", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, {
      scope: { kind: "plan" },
      requiredOrganisations: ["Riverside ICB", "Riverside CVS"],
      deadline: DEADLINE,
      closeAfterDeadline: true,
    });
    expect(r.body.data.closeAfterDeadline).toBe(true);
    const url = `${base}/${r.body.data.id}`;
    await t.icb.client.post(`${url}/responses`, { kind: "consent" });
    expect((await t.facilitator.client.post(`${url}/close`, { outcome: "Agreed" })).body.error.id).toBe("no_quorum");
    // the deadline passes (moved in the store: the API refuses past deadlines)
    const stored = (await server.ctx.storage.agreements.findById(r.body.data.id))!;
    await server.ctx.storage.agreements.replace({ ...stored, deadline: YESTERDAY, revision: stored.revision + 1 }, stored.revision);
    const view = (await t.facilitator.client.get(url)).body.data as PresentedAgreement;
    expect(view.tally).toMatchObject({ noResponse: 1, quorum: true });
    const closed = await t.facilitator.client.post(`${url}/close`, { outcome: "Agreed; CVS did not respond by the deadline" });
    expect(closed.status).toBe(200);
    expect(closed.body.version.signOff.entries.map((e: { organisation: string; response: string }) => [e.organisation, e.response])).toEqual([
      ["Riverside ICB", "consent"],
      ["Riverside CVS", "none"],
    ]);
  });
});

describe("what they signed", () => {
  it("a response is tied to the text: closing after an edit is refused naming the stale responses and what changed; re-asking clears them and the trail keeps every response", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB", "Riverside CVS"], deadline: DEADLINE });
    const id = r.body.data.id as string;
    const url = `${base}/${id}`;
    await t.cvs.client.post(`${url}/responses`, { kind: "object", comment: "No action for unpaid carers" });
    const icb = await t.icb.client.post(`${url}/responses`, { kind: "consent" });
    expect(icb.body.data.responses[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
    await t.cvs.client.post(`${url}/responses`, { kind: "consent", comment: "Carers action added" });

    // the facilitator adds a paragraph after both consented
    await editPlan(server, t.plan.id, t.facilitator.user.id, (doc) => setSectionBody(doc, sectionIds(doc)[0]!, bodyDoc([paragraph("A paragraph David never saw")])));
    const refused = await t.facilitator.client.post(`${url}/close`, { outcome: "Agreed" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.id).toBe("stale_responses");
    expect(refused.body.error.message).toContain("Riverside ICB");
    expect(refused.body.error.message).toContain("Text changed");
    const view = (await t.facilitator.client.get(url)).body.data as PresentedAgreement;
    expect(view.staleResponses.map((s) => s.organisation)).toEqual(["Riverside ICB", "Riverside CVS"]);
    expect(view.staleResponses[0]!.changes.some((c) => c.includes("Text changed"))).toBe(true);
    expect(view.policies).toMatchObject({ close: false, reask: true });

    // a structured change alone also makes responses stale (and the room hears when responses go out of date)
    const socket = await connectSocket(server, t.cvs.client);
    expect((await command(socket, "plan.join", { planId: t.plan.id })).ok).toBe(true);
    const heard: string[] = [];
    socket.on("agreement.updated", (p: { change: string }) => heard.push(p.change));
    const requested: unknown[] = [];
    const off = server.ctx.events.on("agreement.requested", (e) => requested.push(e));
    expect((await t.facilitator.client.post(`${url}/reask`, {})).status).toBe(200);
    off();
    expect(requested).toEqual([expect.objectContaining({ agreementId: id, requiredOrganisations: ["Riverside ICB", "Riverside CVS"] })]);
    await t.icb.client.post(`${url}/responses`, { kind: "consent" });
    await editPlan(server, t.plan.id, t.facilitator.user.id, (doc) => addAction(doc, { title: "Respite for unpaid carers", sectionId: sectionIds(doc)[0]! }));
    server.ctx.events.emit("plan.contentChanged", { planId: t.plan.id });
    await expect.poll(() => heard, { timeout: 15_000 }).toContain("content_changed");
    const stale = (await t.facilitator.client.get(url)).body.data as PresentedAgreement;
    expect(stale.staleResponses).toEqual([expect.objectContaining({ organisation: "Riverside ICB", changes: [expect.stringContaining("Action “Respite for unpaid carers” added")] })]);
    expect((await t.cvs.client.post(`${url}/reask`, {})).status).toBe(403);
    const reasked = await t.facilitator.client.post(`${url}/reask`, { organisations: ["Riverside ICB"] });
    expect(reasked.body.data.tally.waiting).toBe(2);
    expect((await t.facilitator.client.post(`${url}/reask`, { organisations: ["Riverside ICB"] })).status).toBe(400);

    await t.icb.client.post(`${url}/responses`, { kind: "consent" });
    await t.cvs.client.post(`${url}/responses`, { kind: "abstain" });
    const closed = await t.facilitator.client.post(`${url}/close`, { outcome: "Agreed" });
    expect(closed.status).toBe(200);
    expect(closed.body.data.agreedContentHash).toBe(closed.body.data.responses[0].contentHash);

    // the trail: every response, in order, with reasons and times
    const cvs = (closed.body.version as PresentedVersion).signOff!.entries.find((e) => e.organisation === "Riverside CVS")!;
    expect(cvs.trail!.map((x) => [x.response, x.comment])).toEqual([
      ["object", "No action for unpaid carers"],
      ["consent", "Carers action added"],
      ["abstain", null],
    ]);
    expect(closed.body.data.reasks).toHaveLength(2);

    // the audit trail holds every response change and the re-asks
    const audit = (await t.facilitator.client.get(`/api/plans/${t.plan.id}/audit?limit=200`)).body.data as AuditEntry[];
    const actions = audit.map((e) => e.action).reverse().filter((a) => a.startsWith("agreement."));
    expect(actions).toEqual([
      "agreement.proposed",
      "agreement.responded",
      "agreement.responded",
      "agreement.response_changed",
      "agreement.reasked",
      "agreement.responded",
      "agreement.reasked",
      "agreement.responded",
      "agreement.responded",
      "agreement.closed",
    ]);
    const reask = audit.find((e) => e.action === "agreement.reasked")!;
    expect(reask.details.organisations).toEqual(["Riverside ICB"]);
  });
});

describe("status and drift", () => {
  it("a section typed as Agreed without a round goes back to draft; exports and the overview never show it agreed", async () => {
    const t = await agreementTeam(server);
    await editPlan(server, t.plan.id, t.icb.user.id, (doc) => {
      setSectionStatus(doc, sectionIds(doc)[0]!, "agreed");
      setSectionStatus(doc, sectionIds(doc)[1]!, "changed_since_agreement");
    });
    // the sync endpoint reports the change; the drift check corrects it without anyone asking
    server.ctx.events.emit("plan.contentChanged", { planId: t.plan.id });
    await expect.poll(async () => (await planSnapshot(server, t.plan.id)).sections.slice(0, 2).map((s) => s.status), { timeout: 15_000 }).toEqual(["draft", "draft"]);
    const audit = (await t.facilitator.client.get(`/api/plans/${t.plan.id}/audit`)).body.data as AuditEntry[];
    expect(audit.filter((e) => e.action === "section.status_not_agreed")).toHaveLength(2);
    const overview = (await t.viewer.client.get(`/api/plans/${t.plan.id}/agreements`)).body.data as AgreementOverview;
    expect(overview.planSections.some((s) => s.status === "agreed" || s.status === "changed_since_agreement")).toBe(false);
  });

  it("an export of the current draft made right after an editor typed Agreed prints the derived status", async () => {
    const t = await agreementTeam(server);
    await editPlan(server, t.plan.id, t.icb.user.id, (doc) => setSectionStatus(doc, sectionIds(doc)[0]!, "agreed"));
    const md = await exportText(t.viewer.client, t.plan.id, { format: "md", version: "current" });
    expect(md).toContain("Status: Draft");
    expect(md).not.toContain("Status: Agreed");
  });

  it("changing tags, actions or indicators after agreement is drift", async () => {
    const t = await agreementTeam(server);
    let actionId = "";
    let indicatorId = "";
    await editPlan(server, t.plan.id, t.facilitator.user.id, (doc) => {
      actionId = addAction(doc, { title: "Walking groups", sectionId: sectionIds(doc)[0]! });
      indicatorId = addIndicator(doc, { label: "Physically active adults", target: { value: 70, date: "2029-03-31" } });
    });
    const base = `/api/plans/${t.plan.id}/agreements`;
    const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE });
    await t.icb.client.post(`${base}/${r.body.data.id}/responses`, { kind: "consent" });
    expect((await t.facilitator.client.post(`${base}/${r.body.data.id}/close`, { outcome: "Agreed" })).status).toBe(200);
    let o = (await t.viewer.client.get(base)).body.data as AgreementOverview;
    expect(o.sections.every((s) => !s.changed)).toBe(true);
    expect(o.planItems).toMatchObject({ changed: false });

    await editPlan(server, t.plan.id, t.icb.user.id, (doc) => setSectionOutcomes(doc, sectionIds(doc)[1]!, ["PH-01"]));
    await editPlan(server, t.plan.id, t.icb.user.id, (doc) => updateActionField(doc, actionId, "status", "at_risk"));
    await editPlan(server, t.plan.id, t.icb.user.id, (doc) => updateIndicatorField(doc, indicatorId, "target", { value: 50, date: "2029-03-31" }));
    o = (await t.viewer.client.get(base)).body.data as AgreementOverview;
    const [first, second] = o.sections;
    expect(first).toMatchObject({ changed: true, changes: [expect.stringContaining("Action “Walking groups” changed (status)")] });
    expect(second).toMatchObject({ changed: true, changes: ["Outcome tags changed"] });
    expect(o.planItems).toMatchObject({ changed: true, changes: ["Indicator “Physically active adults” changed (target)"] });
    const snap = await planSnapshot(server, t.plan.id);
    expect(snap.sections.slice(0, 2).map((s) => s.status)).toEqual(["changed_since_agreement", "changed_since_agreement"]);
  });
});
