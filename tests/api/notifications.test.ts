import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParsedMail } from "mailparser";
import type { NotificationList, PresentedThread } from "@jigsaw/shared/comments/types";
import { XSS_PAYLOADS } from "@jigsaw/shared/comments/xssCorpus";
import { sendDigests } from "@jigsaw/server/src/mail/mailSender.ts";
import { ApiClient } from "../utils/apiClient.ts";
import { createPartnership, createPlan, uniqueEmail } from "../utils/apiFixtures.ts";
import { addLedAction, anchorOn, firstSectionId, joinWith, writeSection, type Member } from "../utils/commentFixtures.ts";
import { htmlElements, htmlProblems } from "../utils/htmlInspect.ts";

const htmlElementsOf = (m: ParsedMail) => htmlElements(typeof m.html === "string" ? m.html : "");
import { startSmtpSink, type SmtpSink } from "../utils/smtpSink.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { closeAllSockets, connectSocket, nextEvent, recordEvents } from "../realtime/socketClient.ts";

const EMAIL_ELEMENTS = ["html", "head", "meta", "body", "p", "strong", "em", "br", "ul", "li", "blockquote", "small", "a"] as const;

/** The email's HTML has only our template's elements and safe links: user text stayed text. */
function expectInertHtml(mail: ParsedMail, context: string): void {
  const html = typeof mail.html === "string" ? mail.html : "";
  expect(html.length, context).toBeGreaterThan(0);
  expect(htmlProblems(html, EMAIL_ELEMENTS), context).toEqual([]);
}

describe("notifications API", () => {
  let server: TestServer;
  let smtp: SmtpSink;
  let fac: Member;
  let a: Member;
  let b: Member;
  let lead: Member;
  let partnershipId: string;
  let planId: string;
  let sectionId: string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startTestServer({ env: { SMTP_URL: smtp.url, MAIL_FROM: "Jigsaw <jigsaw@example.org>" } });
    const facClient = new ApiClient(server.origin);
    fac = { client: facClient, user: await facClient.signUp(uniqueEmail("fran"), "Fran") };
    partnershipId = (await createPartnership(fac.client)).id;
    planId = (await createPlan(fac.client, partnershipId)).id;
    a = await joinWith(server, fac.client, partnershipId, "commenter", `Ana <img src=x onerror=alert(1)>`, "Riverside ICB", "nhs");
    b = await joinWith(server, fac.client, partnershipId, "editor", "Ben", "Riverside Borough Council", "council");
    lead = await joinWith(server, fac.client, partnershipId, "commenter", "Lee", "Riverside CVS", "voluntary");
    sectionId = await firstSectionId(server, planId);
    await writeSection(server, planId, sectionId, ["Damp and mould in private rented homes drives asthma admissions."]);
  });
  afterAll(async () => {
    closeAllSockets();
    await server?.close();
    await smtp?.close();
  });

  const mention = (m: Member) => `@[${m.user.displayName}](user:${m.user.id})`;

  it("a mention reaches the member live over socket.io and by email, with the right recipient and no HTML injection", async () => {
    const socket = await connectSocket(server, b.client);
    const live = nextEvent(socket, "notification.created", (p) => p.notification.kind === "mention");
    const anchor = await anchorOn(server, planId, sectionId, "asthma admissions");
    const body = `Hi ${mention(b)}, can you check this? <script>alert("x")</script> **thanks**`;
    const r = await a.client.post(`/api/plans/${planId}/comments`, { anchor, body });
    expect(r.status).toBe(201);
    const thread = r.body.data as PresentedThread;

    const event = await live;
    expect(event.notification).toMatchObject({
      kind: "mention",
      planId,
      threadId: thread.id,
      actor: { id: a.user.id },
      path: `/plans/${planId}?thread=${thread.id}`,
    });
    expect(event.unreadCount).toBeGreaterThanOrEqual(1);

    const mail = await smtp.waitFor((m, rcpt) => rcpt.includes(b.user.email) && /mentioned you/.test(m.subject ?? ""));
    expect(smtp.recipients[smtp.messages.indexOf(mail)]).toEqual([b.user.email]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((v) => v.address) : []).toEqual([b.user.email]);
    expect(mail.text).toContain(`${server.config.publicUrl}/plans/${planId}?thread=${thread.id}`);
    expect(mail.text).toContain('<script>alert("x")</script>'); // plain text part: the words, as typed
    expect(mail.html).toMatch(/&(?:lt|#60);script&(?:gt|#62);/);
    expectInertHtml(mail, "mention email");
    expect(htmlElementsOf(mail).some((e) => e.name === "a" && e.attrs.href === `${server.config.publicUrl}/plans/${planId}?thread=${thread.id}`)).toBe(true);
    // nobody else was emailed about it (every sign-up gets its own "confirm your email address" email)
    const aboutIt = smtp.messages.flatMap((m, i) => (/Confirm your email address/.test(m.subject ?? "") ? [] : smtp.recipients[i]!));
    expect(aboutIt).not.toContain(a.user.email);
    socket.close();
  });

  it("lists, counts and marks notifications read, only ever one's own", async () => {
    const list = (await b.client.get("/api/notifications")).body as NotificationList;
    expect(list.unreadCount).toBeGreaterThanOrEqual(1);
    const n = list.data[0]!;
    expect(n.readAt).toBeNull();
    expect((await a.client.post("/api/notifications/read", { ids: [n.id] })).status).toBe(200);
    expect(((await b.client.get("/api/notifications")).body as NotificationList).data[0]!.readAt).toBeNull();

    const socket = await connectSocket(server, b.client);
    const readEvent = nextEvent(socket, "notification.read");
    const marked = await b.client.post("/api/notifications/read", { ids: [n.id] });
    expect(marked.body.data.unreadCount).toBe(list.unreadCount - 1);
    expect(await readEvent).toEqual({ ids: [n.id], unreadCount: list.unreadCount - 1 });
    await b.client.post("/api/notifications/read-all");
    expect(((await b.client.get("/api/notifications?unread=true")).body as NotificationList).data).toEqual([]);
    expect((await b.client.post("/api/notifications/read", { ids: [{ $ne: null }] })).status).toBe(400);
    expect((await new ApiClient(server.origin).get("/api/notifications")).status).toBe(401);
    socket.close();
  });

  it("notifies thread participants of replies and the leading organisation of comments on its action, and never the author", async () => {
    const t = (await b.client.post(`/api/plans/${planId}/comments`, { anchor: { kind: "section", sectionId }, body: "Opening a thread" })).body
      .data as PresentedThread;
    const aEvents = recordEvents(await connectSocket(server, a.client));
    const bSocket = await connectSocket(server, b.client);
    const bReply = nextEvent(bSocket, "notification.created", (p) => p.notification.kind === "reply" && p.notification.threadId === t.id);
    await a.client.post(`/api/comments/${t.id}/replies`, { body: "A reply" });
    expect((await bReply).notification.title).toContain("replied");

    const actionId = await addLedAction(server, planId, "Warm homes outreach", "riverside cvs ");
    const leadSocket = await connectSocket(server, lead.client);
    const leadEvent = nextEvent(leadSocket, "notification.created", (p) => p.notification.kind === "lead_comment");
    await b.client.post(`/api/plans/${planId}/comments`, { anchor: { kind: "action", actionId }, body: "Who funds this?" });
    expect((await leadEvent).notification.title).toContain("Warm homes outreach");
    expect(aEvents.filter(([name, p]) => name === "notification.created" && (p as { notification: { actor: { id: string } } }).notification.actor.id === a.user.id)).toEqual([]);
  });

  it("honours preferences: off sends no email, digest waits for the daily email", async () => {
    expect((await lead.client.get("/api/notifications/preferences")).body.data).toEqual({
      mention: "immediate",
      reply: "digest",
      lead_comment: "digest",
      agreement_request: "digest",
    });
    const put = await lead.client.request("PUT", "/api/notifications/preferences", { mention: "off" });
    expect(put.body.data.mention).toBe("off");
    expect((await lead.client.request("PUT", "/api/notifications/preferences", { mention: "loud" })).status).toBe(400);
    const before = smtp.messages.length;
    const socket = await connectSocket(server, lead.client);
    const live = nextEvent(socket, "notification.created", (p) => p.notification.kind === "mention");
    await a.client.post(`/api/plans/${planId}/comments`, { anchor: { kind: "section", sectionId }, body: `FYI ${mention(lead)}` });
    await live; // still in the bell
    await new Promise((r) => setTimeout(r, 500));
    expect(smtp.messages.slice(before).filter((_, i) => smtp.recipients[before + i]!.includes(lead.user.email))).toEqual([]);
    await lead.client.request("PUT", "/api/notifications/preferences", { mention: "immediate" });
  });

  it("sends a day's digest items to each member as one email, once", async () => {
    // three replies to a thread Ben started: digest items for Ben
    const t = (await b.client.post(`/api/plans/${planId}/comments`, { anchor: { kind: "section", sectionId }, body: "Digest thread" })).body
      .data as PresentedThread;
    for (const text of ["First reply", "Second reply", "Third <b>reply</b>"]) await a.client.post(`/api/comments/${t.id}/replies`, { body: text });
    const before = smtp.messages.length;
    const run = await sendDigests(server.ctx, new Date(Date.now() + 1000));
    expect(run.failures).toBe(0);
    const digest = await smtp.waitFor((m, rcpt) => rcpt.includes(b.user.email) && /updates? for you/.test(m.subject ?? ""));
    const mine = smtp.messages.slice(before).filter((_, i) => smtp.recipients[before + i]!.includes(b.user.email));
    expect(mine).toHaveLength(1);
    for (const text of ["First reply", "Second reply", "Third <b>reply</b>"]) expect(digest.text).toContain(text);
    expect(digest.html).toMatch(/Third &(?:lt|#60);b&(?:gt|#62);reply/);
    expectInertHtml(digest, "digest");
    const again = await sendDigests(server.ctx, new Date(Date.now() + 2000));
    expect(again.emails).toBe(0);
  });

  it("turns agreement requests into notifications for the required organisations", async () => {
    const socket = await connectSocket(server, b.client);
    const live = nextEvent(socket, "notification.created", (p) => p.notification.kind === "agreement_request");
    server.ctx.events.emit("agreement.requested", {
      partnershipId,
      planId,
      agreementId: "agreement-0001",
      title: "Housing section",
      requiredOrganisations: ["Riverside Borough Council"],
      deadline: "2026-04-01",
      proposedBy: fac.user.id,
    });
    const n = (await live).notification;
    expect(n).toMatchObject({ kind: "agreement_request", planId, actor: { id: fac.user.id } });
    expect(n.title).toContain("Housing section");
    const others = ((await a.client.get("/api/notifications")).body as NotificationList).data.filter((x) => x.kind === "agreement_request");
    expect(others).toEqual([]);
  });

  it(`keeps all ${XSS_PAYLOADS.length} XSS corpus payloads inert in email`, async () => {
    const chunks: string[][] = [];
    for (let i = 0; i < XSS_PAYLOADS.length; i += 12) chunks.push(XSS_PAYLOADS.slice(i, i + 12) as string[]);
    const before = smtp.messages.length;
    for (const chunk of chunks) {
      const r = await a.client.post(`/api/plans/${planId}/comments`, { anchor: { kind: "section", sectionId }, body: `${mention(b)}\n${chunk.join("\n")}` });
      expect(r.status).toBe(201);
    }
    const deadline = Date.now() + 20_000;
    while (smtp.messages.length - before < chunks.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const mails = smtp.messages.slice(before);
    expect(mails.length).toBe(chunks.length);
    mails.forEach((m, i) => expectInertHtml(m, `chunk ${i}`));
  }, 60_000);
});
