import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PresentedPlan } from "@jigsaw/shared/domain/plan";
import { timerRemainingMs } from "@jigsaw/shared/realtime/meeting";
import type { ApiClient } from "../utils/apiClient.ts";
import { createPartnership, createPlan, signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { closeAllSockets, command, connectSocket, joinPartnership, nextEvent, type TestSocket } from "./socketClient.ts";

let server: TestServer;
let facilitator: ApiClient;
let facUser: { id: string };
let editor: { client: ApiClient; user: { id: string } };
let viewer: { client: ApiClient; user: { id: string } };
let partnershipId: string;

beforeAll(async () => {
  server = await startTestServer();
  ({ client: facilitator, user: facUser } = await signedUpClient(server, "Fiona"));
  partnershipId = (await createPartnership(facilitator)).id;
  editor = await joinPartnership(server, facilitator, partnershipId, "editor", "voluntary", "Riverside CVS", "Ed");
  viewer = await joinPartnership(server, facilitator, partnershipId, "viewer", "nhs", "Riverside NHS Trust", "Nia");
});
afterEach(() => closeAllSockets());
afterAll(async () => {
  await server?.close();
});

const agenda = [
  { sectionId: "sec-vision", title: "Our shared vision" },
  { sectionId: "sec-prio", title: "Priorities" },
  { sectionId: "sec-actions", title: "Actions" },
];

/** A fresh plan with the facilitator, editor and viewer in its room. */
async function room(): Promise<{ plan: PresentedPlan; fac: TestSocket; ed: TestSocket; vi: TestSocket }> {
  const plan = await createPlan(facilitator, partnershipId, `Meeting plan ${Math.random().toString(36).slice(2, 8)}`);
  const [fac, ed, vi] = await Promise.all([connectSocket(server, facilitator), connectSocket(server, editor.client), connectSocket(server, viewer.client)]);
  for (const s of [fac, ed, vi]) expect((await command(s, "plan.join", { planId: plan.id })).ok).toBe(true);
  return { plan, fac, ed, vi };
}

const forbidden = { ok: false, error: { id: "forbidden", message: "You do not have permission to do that" } };

describe("meeting mode", () => {
  it("lets only facilitators start, steer, time and end a meeting", async () => {
    const { plan, fac, ed, vi } = await room();
    expect(await command(ed, "meeting.start", { planId: plan.id, agenda })).toEqual(forbidden);
    expect(await command(vi, "meeting.start", { planId: plan.id, agenda })).toEqual(forbidden);

    const started = await command(fac, "meeting.start", { planId: plan.id, agenda });
    expect(started.ok).toBe(true);
    expect(await command(fac, "meeting.start", { planId: plan.id, agenda })).toEqual({
      ok: false,
      error: { id: "conflict", message: "A meeting is already running on this plan" },
    });
    expect(await command(ed, "meeting.setFocus", { planId: plan.id, sectionId: "sec-prio" })).toEqual(forbidden);
    expect(await command(ed, "meeting.controlTimer", { planId: plan.id, action: "start" })).toEqual(forbidden);
    expect(await command(ed, "meeting.setAgenda", { planId: plan.id, agenda })).toEqual(forbidden);
    expect(await command(vi, "meeting.end", { planId: plan.id })).toEqual(forbidden);

    // Refused commands changed nothing.
    const late = await connectSocket(server, editor.client);
    const snapshot = await command(late, "plan.join", { planId: plan.id });
    expect(snapshot.ok && snapshot.data.meeting).toMatchObject({ version: 1, focusSectionId: "sec-vision", timer: { status: "idle" } });
    expect(snapshot.ok && snapshot.data.canRunMeeting).toBe(false);

    expect(await command(fac, "meeting.setFocus", { planId: plan.id, sectionId: "not-on-agenda" })).toEqual({
      ok: false,
      error: { id: "validation_error", message: "sectionId: That section is not on the agenda" },
    });
    const ended = Promise.all([nextEvent(ed, "meeting.ended"), nextEvent(vi, "meeting.ended")]);
    expect(await command(fac, "meeting.end", { planId: plan.id })).toEqual({ ok: true, data: null });
    for (const e of await ended) expect(e).toMatchObject({ planId: plan.id, endedBy: facUser.id, reason: "ended" });
  });

  it("broadcasts start, focus and timer to every participant with server timestamps", async () => {
    const { plan, fac, ed, vi } = await room();
    const started = Promise.all([nextEvent(ed, "meeting.started"), nextEvent(vi, "meeting.started")]);
    await command(fac, "meeting.start", { planId: plan.id, agenda, timerDurationMs: 120_000 });
    for (const e of await started) {
      expect(e.meeting).toMatchObject({ planId: plan.id, focusSectionId: "sec-vision", agenda, startedBy: { userId: facUser.id, displayName: "Fiona" } });
    }

    const focus = Promise.all([nextEvent(ed, "meeting.focus"), nextEvent(vi, "meeting.focus")]);
    await command(fac, "meeting.setFocus", { planId: plan.id, sectionId: "sec-prio" });
    for (const e of await focus) expect(e.meeting).toMatchObject({ focusSectionId: "sec-prio", version: 2, timer: { sectionId: "sec-prio", status: "idle" } });

    const timer = Promise.all([nextEvent(ed, "meeting.timer"), nextEvent(vi, "meeting.timer")]);
    const before = Date.now();
    await command(fac, "meeting.controlTimer", { planId: plan.id, action: "start" });
    const [forEd, forVi] = await timer;
    expect(forEd.meeting.timer).toEqual(forVi.meeting.timer);
    expect(forEd.meeting.timer).toMatchObject({ status: "running", durationMs: 120_000, remainingMs: 120_000, sectionId: "sec-prio" });
    const startedAt = forEd.meeting.timer.startedAt!;
    expect(startedAt).toBeGreaterThanOrEqual(before);
    expect(forEd.serverNow).toBeGreaterThanOrEqual(startedAt);
    // Any client computes the same remaining time for the same server instant.
    expect(timerRemainingMs(forEd.meeting.timer, startedAt + 30_000)).toBe(90_000);

    const paused = nextEvent(vi, "meeting.timer", (p) => p.meeting.timer.status === "paused");
    await command(fac, "meeting.controlTimer", { planId: plan.id, action: "pause" });
    const p = await paused;
    expect(p.meeting.timer.startedAt).toBeNull();
    expect(p.meeting.timer.remainingMs).toBeLessThanOrEqual(120_000);
    expect(p.meeting.timer.remainingMs).toBeGreaterThan(100_000);

    const reset = nextEvent(ed, "meeting.timer", (x) => x.meeting.timer.status === "idle");
    await command(fac, "meeting.controlTimer", { planId: plan.id, action: "reset", durationMs: 300_000 });
    expect((await reset).meeting.timer).toEqual({ sectionId: "sec-prio", status: "idle", durationMs: 300_000, remainingMs: 300_000, startedAt: null });
    await command(fac, "meeting.end", { planId: plan.id });
  });

  it("gives a late joiner the current meeting state and everyone the room list grouped by sector", async () => {
    const { plan, fac } = await room();
    await command(fac, "meeting.start", { planId: plan.id, agenda });
    await command(fac, "meeting.setFocus", { planId: plan.id, sectionId: "sec-actions" });
    const running = await command(fac, "meeting.controlTimer", { planId: plan.id, action: "start", durationMs: 600_000 });
    expect(running.ok).toBe(true);
    if (!running.ok) return;

    const commenter = await joinPartnership(server, facilitator, partnershipId, "commenter", "community", "Riverside Tenants Forum", "Cai");
    const sock = await connectSocket(server, commenter.client);
    const presence = nextEvent(fac, "presence.updated", (p) => p.members.some((m) => m.userId === commenter.user.id));
    const join = await command(sock, "plan.join", { planId: plan.id });
    expect(join.ok).toBe(true);
    if (!join.ok) return;
    expect(join.data.meeting).toEqual(running.data);
    expect(join.data.serverNow).toBeGreaterThanOrEqual(running.data.timer.startedAt!);
    expect(join.data.canRunMeeting).toBe(false);

    const expected = [
      { userId: facUser.id, displayName: "Fiona", organisation: "Riverside Borough Council", sector: "council", role: "facilitator" },
      { userId: viewer.user.id, displayName: "Nia", organisation: "Riverside NHS Trust", sector: "nhs", role: "viewer" },
      { userId: editor.user.id, displayName: "Ed", organisation: "Riverside CVS", sector: "voluntary", role: "editor" },
      { userId: commenter.user.id, displayName: "Cai", organisation: "Riverside Tenants Forum", sector: "community", role: "commenter" },
    ];
    expect(join.data.members).toEqual(expected);
    expect((await presence).members).toEqual(expected);

    // Leaving updates everyone's list; a second tab of the same person counts once.
    const second = await connectSocket(server, commenter.client);
    await command(second, "plan.join", { planId: plan.id });
    const after = nextEvent(fac, "presence.updated", (p) => !p.members.some((m) => m.userId === commenter.user.id));
    await command(sock, "plan.leave", { planId: plan.id });
    second.close();
    expect((await after).members.map((m) => m.sector)).toEqual(["council", "nhs", "voluntary"]);
    await command(fac, "meeting.end", { planId: plan.id });
  });

  it("ends the meeting when the plan is archived", async () => {
    const { plan, fac, ed } = await room();
    await command(fac, "meeting.start", { planId: plan.id, agenda });
    const ended = nextEvent(ed, "meeting.ended");
    expect((await facilitator.patch(`/api/plans/${plan.id}`, { archived: true })).status).toBe(200);
    expect(await ended).toMatchObject({ planId: plan.id, endedBy: null, reason: "archived" });
    const again = await command(fac, "plan.join", { planId: plan.id });
    expect(again.ok && again.data.meeting).toBeNull();
    expect(again.ok && again.data.canRunMeeting).toBe(false);
  });
});
