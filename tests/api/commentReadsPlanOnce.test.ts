import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addLedAction, commentWorld, firstSectionId, writeSection } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

/**
 * A comment on an action led by an organisation needs the plan's document
 * three ways (validate the anchor, find the action's lead to notify, resolve
 * the anchor state of the returned thread): the plan is read once for all three.
 */
describe("a comment reads the plan's document once", () => {
  let server: TestServer;
  let w: Awaited<ReturnType<typeof commentWorld>>;
  let actionId: string;

  beforeAll(async () => {
    server = await startTestServer();
    w = await commentWorld(server);
    const sectionId = await firstSectionId(server, w.plan.id);
    await writeSection(server, w.plan.id, sectionId, ["Warm homes grants reach few private tenants."], w.facilitator.user.id);
    actionId = await addLedAction(server, w.plan.id, "Warm homes outreach", "Riverside CVS");
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await server?.close();
  });

  it("starting a thread on a led action reads the document once and still notifies the lead organisation", async () => {
    const snapshots = vi.spyOn(server.collab!, "getDocSnapshot");
    const r = await w.commenter.client.post(`/api/plans/${w.plan.id}/comments`, { anchor: { kind: "action", actionId }, body: "Who funds this?" });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.data.anchorState).toBe("attached");
    expect(snapshots.mock.calls.filter(([planId]) => planId === w.plan.id)).toHaveLength(1);
    snapshots.mockRestore();
    const led = await w.commenter2.client.get("/api/notifications");
    expect(led.body.data.map((n: { kind: string }) => n.kind)).toContain("lead_comment");
  });

  it("a reply reads the document once", async () => {
    const t = await w.commenter.client.post(`/api/plans/${w.plan.id}/comments`, { anchor: { kind: "action", actionId }, body: "Second thread" });
    const snapshots = vi.spyOn(server.collab!, "getDocSnapshot");
    const r = await w.editor.client.post(`/api/comments/${t.body.data.id}/replies`, { body: "The ICB." });
    expect(r.status).toBe(201);
    expect(snapshots.mock.calls.filter(([planId]) => planId === w.plan.id)).toHaveLength(1);
    snapshots.mockRestore();
  });
});
