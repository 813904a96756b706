import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PresentedPlan } from "@jigsaw/shared/domain/plan";
import type { ApiClient } from "../utils/apiClient.ts";
import { createPartnership, createPlan, signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";
import { closeAllSockets, command, connectSocket, flush, joinPartnership, nextEvent, recordEvents } from "./socketClient.ts";

let server: TestServer;
let facilitator: ApiClient;
let partnershipId: string;
let plan: PresentedPlan;

beforeAll(async () => {
  server = await startTestServer();
  ({ client: facilitator } = await signedUpClient(server, "fay"));
  partnershipId = (await createPartnership(facilitator)).id;
  plan = await createPlan(facilitator, partnershipId);
});
afterEach(() => closeAllSockets());
afterAll(async () => {
  await server?.close();
});

const agenda = [
  { sectionId: "sec-1", title: "Vision" },
  { sectionId: "sec-2", title: "Priorities" },
];

describe("membership changes reach open sockets", () => {
  it("evicts a removed member from the plan and partnership rooms at once", async () => {
    const editor = await joinPartnership(server, facilitator, partnershipId, "editor", "voluntary", "Riverside CVS", "ed");
    const fac = await connectSocket(server, facilitator);
    const ed = await connectSocket(server, editor.client);
    expect((await command(fac, "plan.join", { planId: plan.id })).ok).toBe(true);
    const join = await command(ed, "plan.join", { planId: plan.id });
    expect(join.ok && join.data.members.map((m) => m.userId)).toContain(editor.user.id);

    const left = nextEvent(ed, "plan.left");
    const changed = nextEvent(ed, "membership.changed");
    const presence = nextEvent(fac, "presence.updated", (p) => !p.members.some((m) => m.userId === editor.user.id));
    expect((await facilitator.delete(`/api/partnerships/${partnershipId}/members/${editor.user.id}`)).status).toBe(204);
    expect(await left).toEqual({ planId: plan.id, reason: "access_removed" });
    expect(await changed).toEqual({ partnershipId, role: null });
    await presence;

    // From now on the removed member hears nothing from the plan or partnership.
    const seen = recordEvents(ed);
    const started = nextEvent(fac, "meeting.started");
    expect((await command(fac, "meeting.start", { planId: plan.id, agenda })).ok).toBe(true);
    await started;
    const renamed = nextEvent(fac, "plan.changed");
    expect((await facilitator.patch(`/api/plans/${plan.id}`, { title: "Renamed after removal" })).status).toBe(200);
    await renamed;
    await command(fac, "meeting.end", { planId: plan.id });
    await flush(ed);
    expect(seen).toEqual([]);
    expect(await command(ed, "plan.join", { planId: plan.id })).toEqual({ ok: false, error: { id: "not_found", message: "Plan not found" } });
    expect(ed.connected).toBe(true);
  });

  it("keeps a member whose role changes in the room, tells them, and shows the new role", async () => {
    const member = await joinPartnership(server, facilitator, partnershipId, "editor", "nhs", "Riverside NHS Trust", "rae");
    const fac = await connectSocket(server, facilitator);
    const sock = await connectSocket(server, member.client);
    await command(fac, "plan.join", { planId: plan.id });
    await command(sock, "plan.join", { planId: plan.id });

    const changed = nextEvent(sock, "membership.changed");
    const presence = nextEvent(fac, "presence.updated", (p) => p.members.some((m) => m.userId === member.user.id && m.role === "viewer"));
    const r = await facilitator.patch(`/api/partnerships/${partnershipId}/members/${member.user.id}`, { role: "viewer" });
    expect(r.status).toBe(200);
    expect(await changed).toEqual({ partnershipId, role: "viewer" });
    await presence;

    const started = nextEvent(sock, "meeting.started");
    expect((await command(fac, "meeting.start", { planId: plan.id, agenda })).ok).toBe(true);
    expect((await started).meeting.focusSectionId).toBe("sec-1");
    await command(fac, "meeting.end", { planId: plan.id });

    // Promoted to facilitator: the next command is authorised with the new role.
    expect((await command(sock, "meeting.start", { planId: plan.id, agenda })).ok).toBe(false);
    await facilitator.patch(`/api/partnerships/${partnershipId}/members/${member.user.id}`, { role: "facilitator" });
    expect((await command(sock, "meeting.start", { planId: plan.id, agenda })).ok).toBe(true);
    await command(sock, "meeting.end", { planId: plan.id });
  });

  it("joins a new member's open sockets to the partnership room", async () => {
    const { client, user } = await signedUpClient(server, "neo");
    const sock = await connectSocket(server, client);
    const other = await signedUpClient(server, "otto");
    const otherSock = await connectSocket(server, other.client);
    const seenOther = recordEvents(otherSock);

    const invite = await facilitator.post(`/api/partnerships/${partnershipId}/invites`, { role: "commenter" });
    const token = (invite.body.data.url as string).split("/invite/")[1]!;
    const added = nextEvent(sock, "membership.changed");
    expect((await client.post(`/api/invites/${token}/accept`, { organisation: "Riverside Youth", sector: "community" })).status).toBe(201);
    expect(await added).toEqual({ partnershipId, role: "commenter" });

    const renamed = nextEvent(sock, "plan.changed");
    expect((await facilitator.patch(`/api/plans/${plan.id}`, { title: "Renamed for the newcomer" })).status).toBe(200);
    expect(await renamed).toEqual({ partnershipId, planId: plan.id });
    const join = await command(sock, "plan.join", { planId: plan.id });
    expect(join.ok && join.data.members.find((m) => m.userId === user.id)).toMatchObject({ sector: "community", role: "commenter" });

    await flush(otherSock);
    expect(seenOther).toEqual([]);
  });
});
