import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { PLAN_TEMPLATES } from "@jigsaw/shared/domain/plan";
import { readPlan } from "@jigsaw/shared/plan/index";
import type { ApiClient } from "../utils/apiClient.ts";
import { createPartnership, createPlan, joinAs, signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("plans", () => {
  let server: TestServer;
  let facilitator: ApiClient;
  let pid: string;
  beforeAll(async () => {
    server = await startTestServer();
    facilitator = (await signedUpClient(server, "Amara")).client;
    pid = (await createPartnership(facilitator)).id;
  });
  afterAll(async () => {
    await server?.close();
  });

  /** The stored Y.Doc of a plan, rebuilt from the store. */
  async function storedDoc(planId: string): Promise<Y.Doc> {
    const stored = await server.ctx.storage.docs.load(planId);
    expect(stored).not.toBeNull();
    const doc = new Y.Doc();
    if (stored!.snapshot) Y.applyUpdate(doc, stored!.snapshot);
    for (const u of stored!.updates) Y.applyUpdate(doc, u.data);
    return doc;
  }

  it.each([...PLAN_TEMPLATES])("creates a plan from the %s template with its initial document stored", async (template) => {
    const r = await facilitator.post(`/api/partnerships/${pid}/plans`, { title: `  ${template} plan  `, template });
    expect(r.status).toBe(201);
    expect(r.body.data).toEqual({
      id: expect.any(String),
      partnershipId: pid,
      title: `${template} plan`,
      template,
      archived: false,
      createdAt: expect.any(String),
      lastActivityAt: expect.any(String),
      agreementStatus: "draft",
    });
    expect(r.body.policies).toMatchObject({ read: true, edit: true, rename: true, archive: true });
    const doc = await storedDoc(r.body.data.id);
    const plan = readPlan(doc);
    expect(plan.meta.title).toBe(`${template} plan`);
    expect(plan.meta.template).toBe(template);
    expect(plan.meta.place).toBe("Riverside");
    if (template === "blank") {
      expect(Y.encodeStateAsUpdate(doc).byteLength).toBeGreaterThan(10);
    } else {
      expect(plan.sections.length).toBeGreaterThan(0);
    }
    doc.destroy();
    const got = await facilitator.get(`/api/plans/${r.body.data.id}`);
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual(r.body.data);
  });

  it("rejects an unknown template and an empty title", async () => {
    const bad = await facilitator.post(`/api/partnerships/${pid}/plans`, { title: "X", template: "novel" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^template:/);
    const empty = await facilitator.post(`/api/partnerships/${pid}/plans`, { title: "   ", template: "blank" });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/^title:/);
  });

  it("editors create plans; commenters and viewers get 403", async () => {
    const editor = await joinAs(server, facilitator, pid, "editor");
    expect((await editor.client.post(`/api/partnerships/${pid}/plans`, { title: "Editor's plan", template: "blank" })).status).toBe(201);
    for (const role of ["commenter", "viewer"] as const) {
      const m = await joinAs(server, facilitator, pid, role);
      const r = await m.client.post(`/api/partnerships/${pid}/plans`, { title: "Not allowed", template: "blank" });
      expect(r.status).toBe(403);
    }
    const titles = (await facilitator.get(`/api/partnerships/${pid}/plans`)).body.data.map((p: { title: string }) => p.title);
    expect(titles).not.toContain("Not allowed");
  });

  it("rename: editors may, viewers may not", async () => {
    const plan = await createPlan(facilitator, pid, "Draft");
    const editor = await joinAs(server, facilitator, pid, "editor");
    const viewer = await joinAs(server, facilitator, pid, "viewer");
    const r = await editor.client.patch(`/api/plans/${plan.id}`, { title: "Riverside Place Plan 2026–2030" });
    expect(r.status).toBe(200);
    expect(r.body.data.title).toBe("Riverside Place Plan 2026–2030");
    expect((await viewer.client.patch(`/api/plans/${plan.id}`, { title: "Viewer's title" })).status).toBe(403);
    expect((await viewer.client.get(`/api/plans/${plan.id}`)).body.data.title).toBe("Riverside Place Plan 2026–2030");
    expect((await viewer.client.get(`/api/plans/${plan.id}`)).body.policies).toMatchObject({ read: true, edit: false, rename: false });
  });

  it("archive and unarchive: facilitators only; archived plans are read-only", async () => {
    const plan = await createPlan(facilitator, pid, "To archive");
    const editor = await joinAs(server, facilitator, pid, "editor");
    expect((await editor.client.patch(`/api/plans/${plan.id}`, { archived: true })).status).toBe(403);

    const archived = await facilitator.patch(`/api/plans/${plan.id}`, { archived: true });
    expect(archived.status).toBe(200);
    expect(archived.body.data.archived).toBe(true);
    expect(archived.body.policies).toMatchObject({ read: true, edit: false, comment: false, rename: false, archive: true });
    const archivedAt = (await server.ctx.storage.plans.findById(plan.id))!.archivedAt;
    expect(archivedAt).not.toBeNull();
    // Archiving again keeps the original time.
    await facilitator.patch(`/api/plans/${plan.id}`, { archived: true });
    expect((await server.ctx.storage.plans.findById(plan.id))!.archivedAt).toBe(archivedAt);

    const editorView = await editor.client.get(`/api/plans/${plan.id}`);
    expect(editorView.body.policies).toMatchObject({ read: true, edit: false, rename: false });
    const renameArchived = await editor.client.patch(`/api/plans/${plan.id}`, { title: "Sneaky" });
    expect(renameArchived.status).toBe(403);
    expect(renameArchived.body.error.message).toMatch(/archived/i);
    expect((await facilitator.patch(`/api/plans/${plan.id}`, { title: "Sneaky" })).status).toBe(403);

    const both = await facilitator.patch(`/api/plans/${plan.id}`, { archived: false, title: "Back in use" });
    expect(both.status).toBe(200);
    expect(both.body.data).toMatchObject({ archived: false, title: "Back in use" });
    expect(both.body.policies.edit).toBe(true);
  });

  it("a rename and archive in one request by an editor changes nothing", async () => {
    const plan = await createPlan(facilitator, pid, "Unchanged");
    const editor = await joinAs(server, facilitator, pid, "editor");
    expect((await editor.client.patch(`/api/plans/${plan.id}`, { title: "Changed", archived: true })).status).toBe(403);
    expect((await facilitator.get(`/api/plans/${plan.id}`)).body.data).toMatchObject({ title: "Unchanged", archived: false });
  });

  it("lists plans with policies, most recent activity first and archived plans last", async () => {
    const { client } = await signedUpClient(server, "Lister");
    const p = await createPartnership(client, "Ordering");
    const a = await createPlan(client, p.id, "A", "blank");
    await sleep(5);
    const b = await createPlan(client, p.id, "B", "blank");
    await sleep(5);
    const c = await createPlan(client, p.id, "C", "blank");
    await sleep(5);
    const list1 = (await client.get(`/api/partnerships/${p.id}/plans`)).body.data as Array<{ id: string; title: string; policies: Record<string, boolean> }>;
    expect(list1.map((x) => x.title)).toEqual(["C", "B", "A"]);
    expect(list1[0]!.policies).toMatchObject({ read: true, edit: true });
    // Renaming A is activity: it moves to the top.
    await client.patch(`/api/plans/${a.id}`, { title: "A2" });
    await sleep(5);
    // Archiving C sends it to the end, whatever its activity.
    await client.patch(`/api/plans/${c.id}`, { archived: true });
    const list2 = (await client.get(`/api/partnerships/${p.id}/plans`)).body.data as Array<{ id: string; lastActivityAt: string; archived: boolean }>;
    expect(list2.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    expect(list2[2]!.archived).toBe(true);
    expect(Date.parse(list2[0]!.lastActivityAt)).toBeGreaterThan(Date.parse(list2[1]!.lastActivityAt));
  });

  it("unknown and malformed plan ids are 404", async () => {
    expect((await facilitator.get("/api/plans/does-not-exist-0000")).status).toBe(404);
    expect((await facilitator.get("/api/plans/%20")).status).toBe(404);
    expect((await facilitator.patch("/api/plans/does-not-exist-0000", { title: "X" })).status).toBe(404);
  });
});
