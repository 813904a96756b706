import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { addAction, bodyDoc, paragraph, readPlan, removeSection, sectionIds, setSectionBody, updateActionField, actionIds } from "@jigsaw/shared/plan/index";
import type { PresentedVersion } from "@jigsaw/shared/versions/schema";
import type { PlanDiff } from "@jigsaw/shared/versions/snapshotDiff";
import type { EmbeddedStorage } from "@jigsaw/server/src/storage/embedded/embeddedStorage.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { signedUpClient } from "../utils/apiFixtures.ts";
import { agreementTeam, editPlan, planSnapshot } from "../utils/agreementFixtures.ts";
import { connectYjs, waitFor, waitForSync } from "../utils/yjsClient.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const DEADLINE = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);

async function agreedVersion(t: Awaited<ReturnType<typeof agreementTeam>>): Promise<PresentedVersion> {
  const base = `/api/plans/${t.plan.id}/agreements`;
  const r = await t.facilitator.client.post(base, { scope: { kind: "plan" }, requiredOrganisations: ["Riverside ICB"], deadline: DEADLINE });
  await t.icb.client.post(`${base}/${r.body.data.id}/responses`, { kind: "consent" });
  const closed = await t.facilitator.client.post(`${base}/${r.body.data.id}/close`, { outcome: "Agreed" });
  expect(closed.status).toBe(200);
  return closed.body.version as PresentedVersion;
}

describe("versions", () => {
  it("names versions, lists history, diffs any two and restores an old one as a new change", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/versions`;
    expect((await t.icb.client.post(base, { name: "ICB draft" })).status).toBe(403);
    expect((await t.facilitator.client.post(base, { name: "" })).status).toBe(400);
    const outsider = await signedUpClient(server, "outsider");
    expect((await outsider.client.get(base)).status).toBe(404);

    const v1 = await t.facilitator.client.post(base, { name: "Before the workshop" });
    expect(v1.status).toBe(201);
    expect(v1.body.data).toMatchObject({ kind: "named", name: "Before the workshop", immutable: false, createdBy: { userId: t.facilitator.user.id } });
    const original = await planSnapshot(server, t.plan.id);

    // a connected editor, who should see the restore live
    const yc = connectYjs(server, t.icb.client, t.plan.id);
    await waitForSync(yc);

    let newAction = "";
    await editPlan(server, t.plan.id, t.icb.user.id, (doc) => {
      const ids = sectionIds(doc);
      setSectionBody(doc, ids[0]!, bodyDoc([paragraph("Rewritten at the workshop with new priorities")]));
      removeSection(doc, ids[1]!);
      newAction = addAction(doc, { title: "Community health champions", leadOrganisation: "Riverside CVS" });
      updateActionField(doc, actionIds(doc)[0]!, "status", "at_risk");
    });
    const v2 = await t.facilitator.client.post(base, { name: "After the workshop" });

    const list = await t.cvs.client.get(base);
    expect(list.body.data.map((v: PresentedVersion) => v.name)).toEqual(["After the workshop", "Before the workshop"]);
    expect(list.body.data[0].contentHash).not.toBe(list.body.data[1].contentHash);

    const d = await t.cvs.client.get(`${base}/diff?from=${v1.body.data.id}&to=${v2.body.data.id}`);
    expect(d.status).toBe(200);
    const diff = d.body.data.diff as PlanDiff;
    const s0 = diff.sections.find((s) => s.id === original.sections[0]!.id)!;
    expect(s0.change).toBe("changed");
    expect(s0.body.some((c) => c.op === "insert" && c.text.includes("workshop"))).toBe(true);
    expect(s0.body.some((c) => c.op === "delete")).toBe(true);
    expect(diff.sections.find((s) => s.id === original.sections[1]!.id)!.change).toBe("removed");
    expect(diff.actions.find((a) => a.id === newAction)).toMatchObject({ change: "added", label: "Community health champions" });
    expect(diff.actions.find((a) => a.id === original.actions[0]!.id)).toMatchObject({
      change: "changed",
      fields: [{ field: "status", from: original.actions[0]!.status, to: "at_risk" }],
    });
    // version against the live draft
    const live = await t.cvs.client.get(`${base}/diff?from=${v2.body.data.id}&to=current`);
    expect(live.body.data.diff.summary.identical).toBe(true);
    expect((await t.cvs.client.get(`${base}/diff?from=nope-nope-nope`)).status).toBe(404);

    // restore v1: editors only for facilitators
    expect((await t.icb.client.post(`${base}/${v1.body.data.id}/restore`)).status).toBe(403);
    const restored = await t.facilitator.client.post(`${base}/${v1.body.data.id}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.data.before).toMatchObject({ kind: "before_restore" });
    const now = await planSnapshot(server, t.plan.id);
    expect(now.sections.map((s) => [s.id, s.title, s.body])).toEqual(original.sections.map((s) => [s.id, s.title, s.body]));
    expect(now.actions).toEqual(original.actions);
    // the connected editor converges to the restored content
    await waitFor(() => JSON.stringify(readPlan(yc.doc).sections.map((s) => s.body)) === JSON.stringify(original.sections.map((s) => s.body)), "client sees restore");
    yc.destroy();

    // history kept: nothing removed, "before restore" holds the workshop text, v1 untouched
    const after = (await t.cvs.client.get(base)).body.data as PresentedVersion[];
    expect(after.map((v) => v.kind)).toEqual(["before_restore", "named", "named"]);
    const before = await t.cvs.client.get(`${base}/${after[0]!.id}`);
    expect(before.body.data.snapshot.sections[0].body.content[0].content[0].text).toContain("Rewritten at the workshop");
    expect(after.find((v) => v.id === v1.body.data.id)!.contentHash).toBe(v1.body.data.contentHash);
    const audit = (await t.cvs.client.get(`/api/plans/${t.plan.id}/audit`)).body.data as Array<{ action: string }>;
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["version.named", "version.before_restore", "version.restored"]));
  });

  it("agreed versions are immutable on every route; other versions can only be renamed", async () => {
    const t = await agreementTeam(server);
    const base = `/api/plans/${t.plan.id}/versions`;
    const agreed = await agreedVersion(t);
    const url = `${base}/${agreed.id}`;
    const stored = (await server.ctx.storage.versions.findById(agreed.id))!;
    for (const [method, path, body] of [
      ["PATCH", url, { name: "Renamed" }],
      ["PUT", url, { name: "Replaced" }],
      ["DELETE", url, undefined],
      ["POST", url, { name: "Posted" }],
    ] as const) {
      const r = await t.facilitator.client.request(method, path, body);
      expect(r.status, `${method} ${path}`).toBe(409);
      expect(r.body.error.id).toBe("immutable");
    }
    // a non-facilitator gets 403 first, an outsider 404
    expect((await t.icb.client.patch(url, { name: "x" })).status).toBe(403);
    const outsider = await signedUpClient(server, "outsider");
    expect((await outsider.client.delete(url)).status).toBe(404);
    // the store refuses too
    const db = (server.ctx.storage as EmbeddedStorage).db;
    expect(() => db.prepare("UPDATE plan_versions SET name = 'x' WHERE id = ?").run(agreed.id)).toThrow(/immutable/);
    expect(() => db.prepare("DELETE FROM plan_versions WHERE id = ?").run(agreed.id)).toThrow(/immutable/);
    expect(await server.ctx.storage.versions.rename(agreed.id, "x")).toBe(false);

    // restoring from the agreed version is allowed and leaves it untouched
    await editPlan(server, t.plan.id, t.icb.user.id, (doc) => setSectionBody(doc, sectionIds(doc)[0]!, bodyDoc([paragraph("Edited after agreement")])));
    expect((await t.facilitator.client.post(`${url}/restore`)).status).toBe(200);
    const again = (await server.ctx.storage.versions.findById(agreed.id))!;
    expect(again.name).toBe(stored.name);
    expect(again.contentHash).toBe(stored.contentHash);
    expect(Buffer.from(again.state).equals(Buffer.from(stored.state))).toBe(true);
    expect((await planSnapshot(server, t.plan.id)).sections[0]!.body).toEqual(JSON.parse(stored.snapshot).sections[0].body);
    // the restored content matches what was agreed again, so the section is agreed
    await t.cvs.client.get(`/api/plans/${t.plan.id}/agreements`);
    expect((await planSnapshot(server, t.plan.id)).sections[0]!.status).toBe("agreed");

    // a named version: rename yes, content changes and deletes no
    const named = await t.facilitator.client.post(base, { name: "Draft 3" });
    const nurl = `${base}/${named.body.data.id}`;
    const renamed = await t.facilitator.client.patch(nurl, { name: "Draft 3 (board)" });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.name).toBe("Draft 3 (board)");
    expect((await t.facilitator.client.delete(nurl)).status).toBe(409);
    expect((await t.facilitator.client.request("PUT", nurl, { name: "x" })).status).toBe(409);
    expect(() => db.prepare("UPDATE plan_versions SET snapshot = '{}' WHERE id = ?").run(named.body.data.id)).toThrow(/immutable/);
  });

  it("the content hash is the SHA-256 of the canonical snapshot and the stored state rebuilds the same snapshot", async () => {
    const t = await agreementTeam(server);
    const v = await t.facilitator.client.post(`/api/plans/${t.plan.id}/versions`, { name: "Check" });
    const stored = (await server.ctx.storage.versions.findById(v.body.data.id))!;
    const { createHash } = await import("node:crypto");
    expect(createHash("sha256").update(stored.snapshot).digest("hex")).toBe(stored.contentHash);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, stored.state);
    expect(readPlan(doc)).toEqual(JSON.parse(stored.snapshot));
  });

  it("keeps an automatic version when the last person leaves a busy plan (plan.idle), not when nothing changed", async () => {
    const t = await agreementTeam(server);
    const count = async () => (await server.ctx.storage.versions.listForPlan(t.plan.id)).filter((v) => v.kind === "auto").length;
    server.ctx.events.emit("plan.idle", { planId: t.plan.id });
    await waitFor(async () => (await count()) === 1, "first automatic version");
    server.ctx.events.emit("plan.idle", { planId: t.plan.id });
    await new Promise((r) => setTimeout(r, 300));
    expect(await count()).toBe(1);
    await editPlan(server, t.plan.id, t.icb.user.id, (doc) => setSectionBody(doc, sectionIds(doc)[0]!, bodyDoc([paragraph("Busy afternoon")])));
    server.ctx.events.emit("plan.idle", { planId: t.plan.id });
    await waitFor(async () => (await count()) === 2, "second automatic version");
    const list = (await t.cvs.client.get(`/api/plans/${t.plan.id}/versions`)).body.data as PresentedVersion[];
    expect(list[0]).toMatchObject({ kind: "auto", createdBy: null });
  });
});
