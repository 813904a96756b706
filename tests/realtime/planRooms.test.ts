import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PresentedPlan } from "@jigsaw/shared/domain/plan";
import type { ApiClient } from "../utils/apiClient.ts";
import { createPartnership, createPlan, signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { closeAllSockets, command, connectSocket, flush, nextEvent, rawCommand, recordEvents } from "./socketClient.ts";

let server: TestServer;
let facA: ApiClient;
let facB: ApiClient;
let userA: { id: string };
let partnershipA: string;
let partnershipB: string;
let planA: PresentedPlan;
let planB: PresentedPlan;

beforeAll(async () => {
  server = await startTestServer();
  ({ client: facA, user: userA } = await signedUpClient(server, "ann"));
  ({ client: facB } = await signedUpClient(server, "ben"));
  partnershipA = (await createPartnership(facA, "Riverside")).id;
  partnershipB = (await createPartnership(facB, "Hillside")).id;
  planA = await createPlan(facA, partnershipA, "Riverside plan");
  planB = await createPlan(facB, partnershipB, "Hillside plan");
});
afterEach(() => closeAllSockets());
afterAll(async () => {
  await server?.close();
});

const agenda = [
  { sectionId: "sec-1", title: "Vision" },
  { sectionId: "sec-2", title: "Priorities" },
];

describe("plan rooms", () => {
  it("lets a member join their plan's room and replies with presence and meeting", async () => {
    const socket = await connectSocket(server, facA);
    const ack = await command(socket, "plan.join", { planId: planA.id });
    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.data).toMatchObject({ planId: planA.id, partnershipId: partnershipA, meeting: null, canRunMeeting: true });
    expect(ack.data.members.map((m) => m.userId)).toEqual([userA.id]);
    expect(await command(socket, "plan.leave", { planId: planA.id })).toEqual({ ok: true, data: null });
  });

  it("refuses a plan room of another partnership exactly like a missing plan, and leaks none of its events", async () => {
    const outsider = await connectSocket(server, facA);
    const seen = recordEvents(outsider);
    const foreign = await command(outsider, "plan.join", { planId: planB.id });
    const missing = await command(outsider, "plan.join", { planId: "no-such-plan-123" });
    expect(foreign).toEqual({ ok: false, error: { id: "not_found", message: "Plan not found" } });
    expect(missing).toEqual(foreign);

    const insider = await connectSocket(server, facB);
    expect((await command(insider, "plan.join", { planId: planB.id })).ok).toBe(true);
    const started = nextEvent(insider, "meeting.started");
    expect((await command(insider, "meeting.start", { planId: planB.id, agenda })).ok).toBe(true);
    await started;
    const focused = nextEvent(insider, "meeting.focus");
    expect((await command(insider, "meeting.setFocus", { planId: planB.id, sectionId: "sec-2" })).ok).toBe(true);
    await focused;
    const renamed = nextEvent(insider, "plan.changed");
    expect((await facB.patch(`/api/plans/${planB.id}`, { title: "Hillside plan v2" })).status).toBe(200);
    await renamed;

    // The outsider cannot steer B's meeting either.
    const steer = await command(outsider, "meeting.setFocus", { planId: planB.id, sectionId: "sec-1" });
    expect(steer).toEqual({ ok: false, error: { id: "not_found", message: "Plan not found" } });

    await flush(outsider);
    expect(seen).toEqual([]);
  });

  it("answers malformed payloads with a clear validation error and keeps serving", async () => {
    const socket = await connectSocket(server, facA);
    const cases: Array<[string, unknown[], string]> = [
      ["plan.join", [{}], "planId: "],
      ["plan.join", [{ planId: 42 }], "planId: "],
      ["plan.join", [{ planId: "../../etc/passwd" }], "planId: Not a valid id"],
      ["plan.join", [{ planId: planA.id, room: "plan:other" }], 'Unknown field "room"'],
      ["plan.join", ["plan:abc"], "Invalid input"],
      ["plan.join", [], "Invalid input"],
      ["meeting.start", [{ planId: planA.id, agenda: [] }], "agenda: The agenda needs at least one section"],
      ["meeting.start", [{ planId: planA.id, agenda: [agenda[0], agenda[0]] }], "agenda: Each section can appear only once"],
      ["meeting.start", [{ planId: planA.id, agenda: [{ sectionId: "a b", title: "x" }] }], "agenda.0.sectionId: Not a valid section id"],
      ["meeting.start", [{ planId: planA.id, agenda: [{ sectionId: "s1", title: "x".repeat(201) }] }], "agenda.0.title: Titles can be at most 200 characters"],
      ["meeting.controlTimer", [{ planId: planA.id, action: "explode" }], "action: "],
      ["meeting.controlTimer", [{ planId: planA.id, action: "start", durationMs: 5 }], "durationMs: The timer must be at least 10 seconds"],
    ];
    for (const [event, args, message] of cases) {
      const ack = await rawCommand(socket, event, ...args);
      expect(ack.ok, `${event} ${JSON.stringify(args)}`).toBe(false);
      if (ack.ok) continue;
      expect(ack.error.id).toBe("validation_error");
      expect(ack.error.message.startsWith(message), `${ack.error.message} should start with ${message}`).toBe(true);
    }
    // Events without an ack, and unknown events, are ignored.
    (socket.emit as unknown as (ev: string, p: unknown) => void)("plan.join", { planId: planA.id });
    (socket.emit as unknown as (ev: string, p: unknown) => void)("admin.dropTables", { all: true });
    const ok = await command(socket, "plan.join", { planId: planA.id });
    expect(ok.ok).toBe(true);
    expect(socket.connected).toBe(true);
  });

  it("drops an oversized message without affecting anyone else", async () => {
    const bystander = await connectSocket(server, facA);
    const big = await connectSocket(server, facA);
    const gone = new Promise<string>((r) => big.once("disconnect", r));
    (big.emit as unknown as (ev: string, p: unknown) => void)("meeting.start", { planId: planA.id, agenda: [{ sectionId: "s", title: "x".repeat(400_000) }] });
    expect(await gone).toBe("transport close");
    expect((await command(bystander, "plan.join", { planId: planA.id })).ok).toBe(true);
    expect((await connectSocket(server, facA)).connected).toBe(true);
  });

  it("rate-limits a client that floods commands", async () => {
    const socket = await connectSocket(server, facA);
    const acks = await Promise.all(Array.from({ length: 60 }, () => command(socket, "plan.leave", { planId: planA.id })));
    const limited = acks.filter((a) => !a.ok && a.error.id === "rate_limited");
    expect(limited.length).toBeGreaterThan(0);
    expect(acks.filter((a) => a.ok).length).toBeGreaterThanOrEqual(30);
  });

  it("publishes to users, plan rooms and partnerships through the publisher API", async () => {
    const a = await connectSocket(server, facA);
    const b = await connectSocket(server, facB);
    const seenB = recordEvents(b);
    await command(a, "plan.join", { planId: planA.id });

    const toUser = nextEvent(a, "membership.changed");
    server.realtime!.publishToUser(userA.id, "membership.changed", { partnershipId: partnershipA, role: "facilitator" });
    expect(await toUser).toEqual({ partnershipId: partnershipA, role: "facilitator" });

    const toPlan = nextEvent(a, "presence.updated", (p) => p.members.length === 0);
    server.realtime!.publishToPlan(planA.id, "presence.updated", { planId: planA.id, members: [] });
    expect((await toPlan).planId).toBe(planA.id);

    const toPartnership = nextEvent(a, "plan.changed");
    server.realtime!.publishToPartnership(partnershipA, "plan.changed", { partnershipId: partnershipA, planId: planA.id }, { volatile: true });
    expect(await toPartnership).toEqual({ partnershipId: partnershipA, planId: planA.id });

    await flush(b);
    expect(seenB).toEqual([]);
  });
});
