import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ChangesSinceVisit, PresentedThread } from "@jigsaw/shared/comments/types";
import { addSection, setSectionTitle } from "@jigsaw/shared/plan/index";
import { changePlan, commentWorld, editText, firstSectionId, writeSection } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

describe("since your last visit", () => {
  let server: TestServer;
  let w: Awaited<ReturnType<typeof commentWorld>>;
  let s1: string;
  let s2: string;

  beforeAll(async () => {
    server = await startTestServer();
    w = await commentWorld(server);
    s1 = await firstSectionId(server, w.plan.id, 0);
    s2 = await firstSectionId(server, w.plan.id, 1);
    await writeSection(server, w.plan.id, s1, ["Healthy life expectancy is 8 years lower in Northfield."], w.facilitator.user.id);
  });
  afterAll(async () => {
    await server?.close();
  });

  const changes = async (m: { client: { get(p: string): Promise<{ status: number; body: { data: ChangesSinceVisit } }> } }) => {
    const r = await m.client.get(`/api/plans/${w.plan.id}/changes-since-visit`);
    expect(r.status).toBe(200);
    return r.body.data;
  };

  it("reports nothing before the first visit, and nothing when nothing changed", async () => {
    expect(await changes(w.viewer)).toEqual({ lastVisitAt: null, changes: [], newThreads: [], resolvedThreads: [], attributionComplete: true });
    expect((await w.viewer.client.post(`/api/plans/${w.plan.id}/visit`)).status).toBe(204);
    const c = await changes(w.viewer);
    expect(c.lastVisitAt).toEqual(expect.any(String));
    expect(c.changes).toEqual([]);
  });

  it("lists the sections others changed, with who changed them, and threads opened and resolved since", async () => {
    await w.viewer.client.post(`/api/plans/${w.plan.id}/visit`);
    const resolvedLater = (await w.commenter.client.post(`/api/plans/${w.plan.id}/comments`, { anchor: { kind: "section", sectionId: s2 }, body: "Old thread" }))
      .body.data as PresentedThread;
    await w.viewer.client.post(`/api/plans/${w.plan.id}/visit`);

    await editText(server, w.plan.id, s1, w.editor.user.id, (t) => t.insert(0, "Since 2020, "), "Healthy life");
    await editText(server, w.plan.id, s1, w.facilitator.user.id, (t, text) => t.delete(text.indexOf("8 years"), 1), "Northfield");
    let added = "";
    await changePlan(server, w.plan.id, w.editor.user.id, (doc) => {
      added = addSection(doc, { title: "Loneliness" });
      setSectionTitle(doc, s2, "Our shared ambitions (draft 2)");
    });
    const thread = (await w.commenter.client.post(`/api/plans/${w.plan.id}/comments`, { anchor: { kind: "section", sectionId: s1 }, body: "New **thread**" }))
      .body.data as PresentedThread;
    await w.editor.client.post(`/api/comments/${resolvedLater.id}/resolve`);

    const c = await changes(w.viewer);
    const byId = new Map(c.changes.map((x) => [x.id, x]));
    expect(byId.get(s1)).toMatchObject({ kind: "section", change: "edited" });
    expect(byId.get(s1)!.changedBy.map((p) => p.displayName).sort()).toEqual(["Eddie", "Fran"]);
    expect(byId.get(added)).toMatchObject({ kind: "section", change: "added", title: "Loneliness", changedBy: [{ id: w.editor.user.id, displayName: "Eddie" }] });
    expect(byId.get(s2)).toMatchObject({ change: "edited", title: "Our shared ambitions (draft 2)", changedBy: [{ displayName: "Eddie" }] });
    expect(c.newThreads).toEqual([{ id: thread.id, authorName: "Cora", excerpt: "New thread", createdAt: thread.createdAt }]);
    expect(c.resolvedThreads).toMatchObject([{ id: resolvedLater.id, resolvedByName: "Eddie", excerpt: "Old thread" }]);
    expect(c.attributionComplete).toBe(true);

    // after visiting again, nothing is new
    await w.viewer.client.post(`/api/plans/${w.plan.id}/visit`);
    expect((await changes(w.viewer)).changes).toEqual([]);
  });

  it("leaves out my own changes and remembers who wrote with which Yjs client", async () => {
    await w.editor.client.post(`/api/plans/${w.plan.id}/visit`);
    await editText(server, w.plan.id, s1, w.editor.user.id, (t) => t.insert(0, "Update: "), "Since 2020");
    await w.editor.client.post(`/api/plans/${w.plan.id}/visit`);
    const owners = await server.ctx.storage.visits.clientOwners(w.plan.id);
    expect(owners.some((o) => o.userId === w.editor.user.id)).toBe(true);
    await w.editor.client.post(`/api/plans/${w.plan.id}/visit`);
    await editText(server, w.plan.id, s1, w.editor.user.id, (t) => t.insert(0, "Again: "), "Update");
    expect((await changes(w.editor)).changes).toEqual([]);
  });

  it("is only for members", async () => {
    expect((await w.outsider.client.get(`/api/plans/${w.plan.id}/changes-since-visit`)).status).toBe(404);
    expect((await w.outsider.client.post(`/api/plans/${w.plan.id}/visit`)).status).toBe(404);
  });
});
