import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canonicalCommentBody, renderCommentHtml } from "@jigsaw/shared/comments/commentBody";
import type { PresentedThread } from "@jigsaw/shared/comments/types";
import { XSS_PAYLOADS } from "@jigsaw/shared/comments/xssCorpus";
import type { ApiClient } from "../utils/apiClient.ts";
import { isCleanErrorBody } from "../utils/apiFixtures.ts";
import { addLedAction, anchorOn, commentWorld, editText, firstSectionId, writeSection } from "../utils/commentFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { commentsForExport } from "@jigsaw/server/src/queries/commentExport.ts";
import { closeAllSockets, command, connectSocket, nextEvent } from "../realtime/socketClient.ts";

describe("comments API", () => {
  let server: TestServer;
  let w: Awaited<ReturnType<typeof commentWorld>>;
  let sectionId: string;
  const TEXT = "Damp and mould in private rented homes drives asthma admissions in Northfield.";

  beforeAll(async () => {
    server = await startTestServer();
    w = await commentWorld(server);
    sectionId = await firstSectionId(server, w.plan.id);
    await writeSection(server, w.plan.id, sectionId, [TEXT, "Warm homes grants reach few private tenants."], w.facilitator.user.id);
  });
  afterAll(async () => {
    closeAllSockets();
    await server?.close();
  });

  const commentsUrl = () => `/api/plans/${w.plan.id}/comments`;

  async function startThread(client: ApiClient, body = "Which data source is this?", phrase = "asthma admissions"): Promise<PresentedThread> {
    const anchor = await anchorOn(server, w.plan.id, sectionId, phrase);
    const r = await client.post(commentsUrl(), { anchor, body });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.data as PresentedThread;
  }

  it("starts a thread on a text range, replies, and lists it with its anchor attached", async () => {
    const t = await startThread(w.commenter.client);
    expect(t).toMatchObject({
      planId: w.plan.id,
      status: "open",
      anchorState: "attached",
      anchor: { kind: "text", sectionId, quote: "asthma admissions" },
      policies: { reply: true, resolve: true, reopen: false },
    });
    expect(t.comments[0]).toMatchObject({ author: { id: w.commenter.user.id, displayName: "Cora" }, body: "Which data source is this?", deleted: false });
    const reply = await w.editor.client.post(`/api/comments/${t.id}/replies`, { body: "The JSNA 2025 chapter." });
    expect(reply.status).toBe(201);
    expect(reply.body.data.comments.map((c: { body: string }) => c.body)).toEqual(["Which data source is this?", "The JSNA 2025 chapter."]);

    const list = await w.viewer.client.get(commentsUrl());
    expect(list.status).toBe(200);
    expect(list.body.policies).toEqual({ comment: false });
    const mine = (list.body.data as PresentedThread[]).find((x) => x.id === t.id)!;
    expect(mine.comments).toHaveLength(2);
    expect(mine.policies).toEqual({ reply: false, resolve: false, reopen: false });
  });

  it("enforces who may do what, for every role, and hides everything from another partnership", async () => {
    const roles = { facilitator: w.facilitator, editor: w.editor, commenter: w.commenter, viewer: w.viewer, outsider: w.outsider } as const;
    // start: commenter and up; viewer 403; outsider 404
    const expectStart = { facilitator: 201, editor: 201, commenter: 201, viewer: 403, outsider: 404 };
    const anchor = await anchorOn(server, w.plan.id, sectionId, "Northfield");
    for (const [name, m] of Object.entries(roles)) {
      const r = await m.client.post(commentsUrl(), { anchor, body: `from ${name}` });
      expect(r.status, name).toBe(expectStart[name as keyof typeof expectStart]);
      if (r.status >= 400) expect(isCleanErrorBody(r.body)).toBe(true);
    }
    expect((await w.outsider.client.get(commentsUrl())).status).toBe(404);

    const t = await startThread(w.commenter.client, "Thread by Cora");
    const cid = t.id;
    const statusFor = async (m: (typeof roles)[keyof typeof roles], method: "post" | "patch" | "delete" | "put", path: string, body?: unknown) =>
      (await m.client.request(method.toUpperCase(), path, body ?? (method === "delete" ? undefined : {}))).status;

    // reply and react: commenter and up
    for (const [name, m] of Object.entries(roles)) {
      const reply = await statusFor(m, "post", `/api/comments/${cid}/replies`, { body: `reply from ${name}` });
      const react = await statusFor(m, "put", `/api/comments/${cid}/reactions/agree`);
      const want = name === "viewer" ? 403 : name === "outsider" ? 404 : null;
      expect(reply, `reply ${name}`).toBe(want ?? 201);
      expect(react, `react ${name}`).toBe(want ?? 200);
    }
    // edit/delete: only the author (even a facilitator cannot edit someone else's words)
    for (const [name, m] of Object.entries(roles)) {
      if (name === "commenter") continue;
      const want = name === "outsider" ? 404 : 403;
      expect(await statusFor(m, "patch", `/api/comments/${cid}`, { body: "hijack" }), `edit ${name}`).toBe(want);
      expect(await statusFor(m, "delete", `/api/comments/${cid}`), `delete ${name}`).toBe(want);
    }
    expect(await statusFor(w.commenter2, "patch", `/api/comments/${cid}`, { body: "hijack" })).toBe(403);
    const edited = await w.commenter.client.patch(`/api/comments/${cid}`, { body: "Thread by Cora (edited)" });
    expect(edited.status).toBe(200);
    expect(edited.body.data.comments[0]).toMatchObject({ body: "Thread by Cora (edited)", editedAt: expect.any(String) });

    // resolve/reopen: the thread's author, editors and facilitators; not another commenter or a viewer
    expect(await statusFor(w.commenter2, "post", `/api/comments/${cid}/resolve`)).toBe(403);
    expect(await statusFor(w.viewer, "post", `/api/comments/${cid}/resolve`)).toBe(403);
    expect(await statusFor(w.outsider, "post", `/api/comments/${cid}/resolve`)).toBe(404);
    for (const m of [w.commenter, w.editor, w.facilitator]) {
      const res = await m.client.post(`/api/comments/${cid}/resolve`);
      expect(res.status).toBe(200);
      expect(res.body.data).toMatchObject({ status: "resolved", resolvedBy: { id: m.user.id } });
      expect(await statusFor(w.commenter2, "post", `/api/comments/${cid}/reopen`)).toBe(403);
      const reopened = await m.client.post(`/api/comments/${cid}/reopen`);
      expect(reopened.body.data).toMatchObject({ status: "open", resolvedAt: null });
    }
    // the author of a reply may not resolve someone else's thread by resolving "their" reply
    const replyId = (await w.commenter2.client.post(`/api/comments/${cid}/replies`, { body: "mine" })).body.data.comments.at(-1).id as string;
    expect(await statusFor(w.commenter2, "post", `/api/comments/${replyId}/resolve`)).toBe(403);

    // filters
    await w.commenter.client.post(`/api/comments/${cid}/resolve`);
    const open = (await w.viewer.client.get(`${commentsUrl()}?status=open`)).body.data as PresentedThread[];
    const resolved = (await w.viewer.client.get(`${commentsUrl()}?status=resolved`)).body.data as PresentedThread[];
    expect(open.some((x) => x.id === cid)).toBe(false);
    expect(resolved.map((x) => x.id)).toContain(cid);
    expect((await w.viewer.client.get(`${commentsUrl()}?status=bogus`)).status).toBe(400);

    // comments of another partnership's plan are invisible by id too
    const theirs = await w.outsider.client.post(`/api/plans/${w.otherPlan.id}/comments`, {
      anchor: { kind: "section", sectionId: await firstSectionId(server, w.otherPlan.id) },
      body: "Their private note",
    });
    expect(theirs.status).toBe(201);
    for (const m of [w.facilitator, w.commenter]) {
      expect((await m.client.post(`/api/comments/${theirs.body.data.id}/replies`, { body: "x" })).status).toBe(404);
      expect((await m.client.get(`/api/plans/${w.otherPlan.id}/comments/${theirs.body.data.id}`)).status).toBe(404);
      expect((await m.client.delete(`/api/comments/${theirs.body.data.id}`)).status).toBe(404);
    }
  });

  it("keeps deleted comments as tombstones and counts reactions per viewer", async () => {
    const t = await startThread(w.commenter.client, "To be deleted");
    await w.editor.client.request("PUT", `/api/comments/${t.id}/reactions/agree`);
    await w.facilitator.client.request("PUT", `/api/comments/${t.id}/reactions/agree`);
    await w.facilitator.client.request("PUT", `/api/comments/${t.id}/reactions/agree`);
    const asEditor = (await w.editor.client.get(`${commentsUrl()}/${t.id}`)).body.data as PresentedThread;
    expect(asEditor.comments[0]!.reactions.agree).toEqual({ count: 2, mine: true });
    const asViewer = (await w.viewer.client.get(`${commentsUrl()}/${t.id}`)).body.data as PresentedThread;
    expect(asViewer.comments[0]!.reactions.agree).toEqual({ count: 2, mine: false });
    await w.editor.client.delete(`/api/comments/${t.id}/reactions/agree`);
    expect(((await w.editor.client.get(`${commentsUrl()}/${t.id}`)).body.data as PresentedThread).comments[0]!.reactions.agree.count).toBe(1);

    const del = await w.commenter.client.delete(`/api/comments/${t.id}`);
    expect(del.status).toBe(200);
    expect(del.body.data.comments[0]).toMatchObject({ deleted: true, body: "", policies: { edit: false, delete: false } });
    expect((await w.commenter.client.delete(`/api/comments/${t.id}`)).status).toBe(403);
    const listed = ((await w.viewer.client.get(commentsUrl())).body.data as PresentedThread[]).find((x) => x.id === t.id);
    expect(listed?.comments[0]?.deleted).toBe(true);
  });

  it("anchors follow edits around and inside the range; a deleted range is detached with its quote kept", async () => {
    const section2 = await firstSectionId(server, w.plan.id, 1);
    await writeSection(server, w.plan.id, section2, ["Social prescribing links 300 people a year to community groups."]);
    const anchor = await anchorOn(server, w.plan.id, section2, "300 people a year");
    const created = await w.commenter.client.post(commentsUrl(), { anchor, body: "Source?" });
    const id = created.body.data.id as string;
    await editText(server, w.plan.id, section2, w.editor.user.id, (t) => t.insert(0, "In 2025, "), "Social prescribing");
    await editText(server, w.plan.id, section2, w.editor.user.id, (t, text) => t.insert(text.indexOf("people"), "more "), "people a year");
    let t = (await w.commenter.client.get(`${commentsUrl()}/${id}`)).body.data as PresentedThread;
    expect(t.anchorState).toBe("attached");

    await editText(server, w.plan.id, section2, w.editor.user.id, (x, text) => x.delete(text.indexOf("300"), "300 more people a year".length), "300 more");
    t = (await w.commenter.client.get(`${commentsUrl()}/${id}`)).body.data as PresentedThread;
    expect(t.anchorState).toBe("detached");
    expect(t.anchor).toMatchObject({ kind: "text", quote: "300 people a year" });
    expect(t.comments[0]!.body).toBe("Source?");

    // exports keep it too, with its quote and detached state (never silently dropped)
    const plan = (await server.ctx.storage.plans.findById(w.plan.id))!;
    const exported = await commentsForExport(server.ctx, plan);
    expect(exported.find((x) => x.quote === "300 people a year")).toMatchObject({ anchorState: "detached", status: "open", comments: [{ author: "Cora", text: "Source?" }] });

    // and the real export's appendix of unresolved threads carries it, through the export API
    const md = await w.commenter.client.post(`/api/plans/${w.plan.id}/export`, { format: "md", version: "current", includeComments: true });
    expect(md.status, JSON.stringify(md.body)).toBe(200);
    expect(String(md.body)).toContain("300 people a year");
    expect(String(md.body)).toContain("Source?");
  });

  it("anchors to structured items and refuses anchors to items that do not exist", async () => {
    const actionId = await addLedAction(server, w.plan.id, "Warm homes outreach", "Riverside CVS");
    const ok = [
      { kind: "section", sectionId },
      { kind: "action", actionId },
    ];
    for (const anchor of ok) {
      const r = await w.commenter.client.post(commentsUrl(), { anchor, body: "On the item" });
      expect(r.status, JSON.stringify(anchor)).toBe(201);
      expect(r.body.data.anchorState).toBe("attached");
    }
    const bad = [
      { kind: "action", actionId: "no-such-action" },
      { kind: "section", sectionId: "no-such-section" },
      { kind: "indicator", indicatorId: "nope" },
      { kind: "text", sectionId, start: "!!!!", end: "AAAA", quote: "x" },
      { kind: "text", sectionId, start: "AAAA", end: "AAAA", quote: "" },
      { kind: "weird" },
    ];
    for (const anchor of bad) {
      const r = await w.commenter.client.post(commentsUrl(), { anchor, body: "x" });
      expect(r.status, JSON.stringify(anchor)).toBe(400);
      expect(isCleanErrorBody(r.body)).toBe(true);
    }
    expect((await w.commenter.client.post(commentsUrl(), { anchor: ok[0], body: "   " })).status).toBe(400);
    expect((await w.commenter.client.post(commentsUrl(), { anchor: ok[0], body: "x".repeat(5001) })).status).toBe(400);
    expect((await w.commenter.client.post(commentsUrl(), { anchor: ok[0], body: "x", extra: 1 })).status).toBe(400);
  });

  it("keeps mentions only of members, under their real names", async () => {
    const body = `Hi @[The Boss](user:${w.editor.user.id}) and @[Otto](user:${w.outsider.user.id})`;
    const t = await startThread(w.commenter.client, body);
    expect(t.comments[0]!.body).toBe(`Hi @[Eddie](user:${w.editor.user.id}) and @Otto`);
  });

  it(`stores all ${XSS_PAYLOADS.length} XSS corpus payloads as inert canonical text`, async () => {
    const anchor = { kind: "section", sectionId };
    for (const payload of XSS_PAYLOADS) {
      const r = await w.commenter.client.post(commentsUrl(), { anchor, body: payload });
      expect(r.status, payload).toBe(201);
      const stored = r.body.data.comments[0].body as string;
      expect(canonicalCommentBody(stored), payload).toBe(stored);
      const html = renderCommentHtml(stored);
      expect(html.replace(/<(?:\/?strong|\/?em|br|\/a|a href="(?:https?|mailto):[^"<>]*" rel="noopener noreferrer")>/g, ""), payload).not.toMatch(/[<>]/);
    }
  }, 120_000);

  it("refuses comments on archived plans but keeps them readable", async () => {
    const t = await startThread(w.commenter.client, "Before archiving");
    expect((await w.facilitator.client.patch(`/api/plans/${w.plan.id}`, { archived: true })).status).toBe(200);
    try {
      expect((await w.commenter.client.post(`/api/comments/${t.id}/replies`, { body: "late" })).status).toBe(403);
      expect((await w.commenter.client.post(`/api/comments/${t.id}/resolve`)).status).toBe(403);
      expect((await w.viewer.client.get(`${commentsUrl()}/${t.id}`)).status).toBe(200);
    } finally {
      await w.facilitator.client.patch(`/api/plans/${w.plan.id}`, { archived: false });
    }
  });

  it("tells everyone in the plan room that a thread changed", async () => {
    const socket = await connectSocket(server, w.viewer.client);
    const join = await command(socket, "plan.join", { planId: w.plan.id });
    expect(join.ok).toBe(true);
    const seen = nextEvent(socket, "comment.changed", (p) => p.planId === w.plan.id && p.change === "created");
    const t = await startThread(w.commenter.client, "Live?");
    expect(await seen).toMatchObject({ threadId: t.id, actorId: w.commenter.user.id });
    socket.close();
  });
});
