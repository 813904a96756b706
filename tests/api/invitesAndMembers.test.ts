import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@jigsaw/shared/domain/role";
import { ApiClient } from "../utils/apiClient.ts";
import { createInvite, createPartnership, joinAs, sha256, signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

const ACCEPT = { organisation: "Northfield Residents' Association", sector: "community" };

describe("invites", () => {
  let server: TestServer;
  let facilitator: ApiClient;
  let facilitatorUser: { id: string; displayName: string };
  let pid: string;
  beforeAll(async () => {
    server = await startTestServer();
    const f = await signedUpClient(server, "Amara");
    facilitator = f.client;
    facilitatorUser = f.user;
    pid = (await createPartnership(facilitator)).id;
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Store an invite directly (to control its expiry) and return its secret token. */
  async function storedInvite(overrides: { expiresAt?: string; revokedAt?: string | null } = {}): Promise<{ token: string; id: string }> {
    const token = crypto.randomBytes(32).toString("base64url");
    const id = crypto.randomBytes(9).toString("base64url");
    await server.ctx.storage.invites.create({
      id,
      partnershipId: pid,
      tokenHash: sha256(token),
      role: "editor",
      organisation: null,
      sector: null,
      createdBy: facilitatorUser.id,
      createdAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      expiresAt: overrides.expiresAt ?? new Date(Date.now() + 86_400_000).toISOString(),
      acceptedAt: null,
      acceptedBy: null,
      revokedAt: overrides.revokedAt ?? null,
    });
    return { token, id };
  }

  it("a facilitator creates an invite: 201 with a one-time secret link, listed without the link", async () => {
    const r = await facilitator.post(`/api/partnerships/${pid}/invites`, { role: "commenter", organisation: "Riverside CVS", sector: "voluntary", expiresInDays: 3 });
    expect(r.status).toBe(201);
    expect(r.body.data).toMatchObject({ partnershipId: pid, role: "commenter", organisation: "Riverside CVS", sector: "voluntary", acceptedAt: null, revokedAt: null });
    expect(r.body.data.url).toMatch(new RegExp(`^${server.origin}/invite/[A-Za-z0-9_-]{40,}$`));
    const days = (Date.parse(r.body.data.expiresAt) - Date.parse(r.body.data.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(3, 5);
    const list = await facilitator.get(`/api/partnerships/${pid}/invites`);
    expect(list.status).toBe(200);
    const listed = list.body.data.find((i: { id: string }) => i.id === r.body.data.id);
    expect(listed).toBeDefined();
    expect(listed.url).toBeUndefined();
    expect(JSON.stringify(list.body)).not.toContain(r.body.data.url.split("/invite/")[1]);
    // The token is stored only as a hash.
    const token = r.body.data.url.split("/invite/")[1] as string;
    expect((await server.ctx.storage.invites.findById(r.body.data.id))!.tokenHash).toBe(sha256(token));
  });

  it("the default expiry is 7 days", async () => {
    const r = await facilitator.post(`/api/partnerships/${pid}/invites`, { role: "viewer" });
    expect((Date.parse(r.body.data.expiresAt) - Date.parse(r.body.data.createdAt)) / 86_400_000).toBeCloseTo(7, 5);
  });

  it("preview shows the invitee what they are joining; needs sign-in", async () => {
    const { token } = await createInvite(facilitator, pid, "editor", { organisation: "Riverside ICB", sector: "nhs" });
    expect((await new ApiClient(server.origin).get(`/api/invites/${token}`)).status).toBe(401);
    const { client } = await signedUpClient(server, "invitee");
    const r = await client.get(`/api/invites/${token}`);
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({
      partnershipName: "Riverside Place Partnership",
      place: "Riverside",
      role: "editor",
      organisation: "Riverside ICB",
      sector: "nhs",
      expiresAt: expect.any(String),
      invitedBy: "Amara",
    });
  });

  it("accept makes the invitee a member with the invited role and returns the partnership and policies", async () => {
    const { token, id } = await createInvite(facilitator, pid, "editor");
    const { client, user } = await signedUpClient(server, "joiner");
    expect((await client.get(`/api/partnerships/${pid}`)).status).toBe(404);
    const r = await client.post(`/api/invites/${token}/accept`, ACCEPT);
    expect(r.status).toBe(201);
    expect(r.body.data.id).toBe(pid);
    expect(r.body.data.membership).toMatchObject({ userId: user.id, role: "editor", ...ACCEPT });
    expect(r.body.policies).toEqual({ read: true, update: false, manageMembers: false, invite: false, createPlan: true, extendOutcomes: false });
    expect((await client.get(`/api/partnerships/${pid}`)).status).toBe(200);
    const list = await facilitator.get(`/api/partnerships/${pid}/invites`);
    expect(list.body.data.find((i: { id: string }) => i.id === id).acceptedAt).not.toBeNull();
  });

  it("a used invite is 410 invite_used for preview and accept, and nobody else joins", async () => {
    const { token } = await createInvite(facilitator, pid, "editor");
    const first = await signedUpClient(server, "first");
    expect((await first.client.post(`/api/invites/${token}/accept`, ACCEPT)).status).toBe(201);
    const second = await signedUpClient(server, "second");
    const again = await second.client.post(`/api/invites/${token}/accept`, ACCEPT);
    expect(again.status).toBe(410);
    expect(again.body.error.id).toBe("invite_used");
    expect((await second.client.get(`/api/invites/${token}`)).status).toBe(410);
    expect((await second.client.get(`/api/partnerships/${pid}`)).status).toBe(404);
  });

  it("an expired invite is 410 invite_expired and writes nothing", async () => {
    const { token, id } = await storedInvite({ expiresAt: new Date(Date.now() - 1000).toISOString() });
    const { client, user } = await signedUpClient(server, "late");
    const preview = await client.get(`/api/invites/${token}`);
    expect(preview.status).toBe(410);
    expect(preview.body.error.id).toBe("invite_expired");
    const r = await client.post(`/api/invites/${token}/accept`, ACCEPT);
    expect(r.status).toBe(410);
    expect(r.body.error.id).toBe("invite_expired");
    expect(await server.ctx.storage.memberships.find(pid, user.id)).toBeNull();
    expect((await server.ctx.storage.invites.findById(id))!.acceptedAt).toBeNull();
  });

  it("a revoked invite is 410 invite_used", async () => {
    const { token, id } = await createInvite(facilitator, pid, "viewer");
    expect((await facilitator.delete(`/api/partnerships/${pid}/invites/${id}`)).status).toBe(204);
    const { client, user } = await signedUpClient(server, "revoked");
    const r = await client.post(`/api/invites/${token}/accept`, ACCEPT);
    expect(r.status).toBe(410);
    expect(r.body.error.id).toBe("invite_used");
    expect(await server.ctx.storage.memberships.find(pid, user.id)).toBeNull();
    const listed = (await facilitator.get(`/api/partnerships/${pid}/invites`)).body.data.find((i: { id: string }) => i.id === id);
    expect(listed.revokedAt).not.toBeNull();
  });

  it("an existing member accepting another invite gets 409 and the invite stays usable", async () => {
    const { token, id } = await createInvite(facilitator, pid, "facilitator");
    const r = await facilitator.post(`/api/invites/${token}/accept`, ACCEPT);
    expect(r.status).toBe(409);
    expect((await server.ctx.storage.invites.findById(id))!.acceptedAt).toBeNull();
    const { client } = await signedUpClient(server, "other");
    expect((await client.post(`/api/invites/${token}/accept`, ACCEPT)).status).toBe(201);
  });

  it("two people racing to accept one invite: exactly one joins", async () => {
    const { token } = await createInvite(facilitator, pid, "editor");
    const a = await signedUpClient(server, "racerA");
    const b = await signedUpClient(server, "racerB");
    const [ra, rb] = await Promise.all([
      a.client.post(`/api/invites/${token}/accept`, ACCEPT),
      b.client.post(`/api/invites/${token}/accept`, ACCEPT),
    ]);
    expect([ra.status, rb.status].sort()).toEqual([201, 410]);
    const joined = [await server.ctx.storage.memberships.find(pid, a.user.id), await server.ctx.storage.memberships.find(pid, b.user.id)];
    expect(joined.filter(Boolean)).toHaveLength(1);
  });

  it("unknown and malformed tokens are 404", async () => {
    const { client } = await signedUpClient(server, "guesser");
    const unknown = crypto.randomBytes(32).toString("base64url");
    expect((await client.get(`/api/invites/${unknown}`)).status).toBe(404);
    expect((await client.post(`/api/invites/${unknown}/accept`, ACCEPT)).status).toBe(404);
    expect((await client.get("/api/invites/short")).status).toBe(404);
    expect((await client.get(`/api/invites/${"a".repeat(150)}`)).status).toBe(404);
  });

  it.each<Role>(["editor", "commenter", "viewer"])("a %s cannot list, create or revoke invites (403)", async (role) => {
    const { client } = await joinAs(server, facilitator, pid, role);
    const { id } = await createInvite(facilitator, pid, "viewer");
    expect((await client.get(`/api/partnerships/${pid}/invites`)).status).toBe(403);
    expect((await client.post(`/api/partnerships/${pid}/invites`, { role: "facilitator" })).status).toBe(403);
    expect((await client.delete(`/api/partnerships/${pid}/invites/${id}`)).status).toBe(403);
    expect((await server.ctx.storage.invites.findById(id))!.revokedAt).toBeNull();
  });
});

describe("members: roles, removal, leaving, last facilitator", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  async function setup() {
    const f = await signedUpClient(server, "Facilitator");
    const p = await createPartnership(f.client);
    return { f, pid: p.id };
  }

  it("members list shows every member with role, organisation and sector, but no emails", async () => {
    const { f, pid } = await setup();
    const e = await joinAs(server, f.client, pid, "editor");
    const r = await e.client.get(`/api/partnerships/${pid}/members`);
    expect(r.status).toBe(200);
    expect(r.body.data).toHaveLength(2);
    const editor = r.body.data.find((m: { userId: string }) => m.userId === e.user.id);
    expect(editor).toEqual({ partnershipId: pid, userId: e.user.id, displayName: "editor", role: "editor", joinedAt: expect.any(String), ...ACCEPT_AS });
    expect(JSON.stringify(r.body)).not.toContain("@example.org");
  });

  it("a facilitator changes a member's role; the member's policies follow", async () => {
    const { f, pid } = await setup();
    const v = await joinAs(server, f.client, pid, "viewer");
    expect((await v.client.get(`/api/partnerships/${pid}`)).body.policies.createPlan).toBe(false);
    const r = await f.client.patch(`/api/partnerships/${pid}/members/${v.user.id}`, { role: "editor" });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ userId: v.user.id, role: "editor" });
    const after = await v.client.get(`/api/partnerships/${pid}`);
    expect(after.body.data.membership.role).toBe("editor");
    expect(after.body.policies.createPlan).toBe(true);
  });

  it("role changes need a facilitator (403), and members cannot promote themselves", async () => {
    const { f, pid } = await setup();
    const e = await joinAs(server, f.client, pid, "editor");
    const v = await joinAs(server, f.client, pid, "viewer");
    expect((await e.client.patch(`/api/partnerships/${pid}/members/${v.user.id}`, { role: "editor" })).status).toBe(403);
    expect((await v.client.patch(`/api/partnerships/${pid}/members/${v.user.id}`, { role: "facilitator" })).status).toBe(403);
    expect((await e.client.patch(`/api/partnerships/${pid}/members/${v.user.id}`, { organisation: "Hijacked" })).status).toBe(403);
    const members = (await f.client.get(`/api/partnerships/${pid}/members`)).body.data as Array<{ userId: string; role: string; organisation: string }>;
    expect(members.find((m) => m.userId === v.user.id)).toMatchObject({ role: "viewer", organisation: ACCEPT_AS.organisation });
  });

  it("organisation and sector are set by a facilitator, never by the member themselves (it is who they sign for)", async () => {
    const { f, pid } = await setup();
    const v = await joinAs(server, f.client, pid, "viewer");
    const own = await v.client.patch(`/api/partnerships/${pid}/members/${v.user.id}`, { organisation: "Riverside Library", sector: "council" });
    expect(own.status).toBe(403);
    const r = await f.client.patch(`/api/partnerships/${pid}/members/${v.user.id}`, { organisation: "Riverside Library", sector: "council" });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ organisation: "Riverside Library", sector: "council", role: "viewer" });
  });

  it("a facilitator removes a member, who then sees 404", async () => {
    const { f, pid } = await setup();
    const c = await joinAs(server, f.client, pid, "commenter");
    expect((await f.client.delete(`/api/partnerships/${pid}/members/${c.user.id}`)).status).toBe(204);
    expect((await c.client.get(`/api/partnerships/${pid}`)).status).toBe(404);
    expect((await c.client.get("/api/partnerships")).body.data).toEqual([]);
    expect((await f.client.delete(`/api/partnerships/${pid}/members/${c.user.id}`)).status).toBe(404);
  });

  it("a member can leave; a non-facilitator cannot remove others", async () => {
    const { f, pid } = await setup();
    const e = await joinAs(server, f.client, pid, "editor");
    const v = await joinAs(server, f.client, pid, "viewer");
    expect((await e.client.delete(`/api/partnerships/${pid}/members/${v.user.id}`)).status).toBe(403);
    expect((await v.client.delete(`/api/partnerships/${pid}/members/${v.user.id}`)).status).toBe(204);
    expect((await v.client.get(`/api/partnerships/${pid}`)).status).toBe(404);
  });

  it("the last facilitator cannot step down or leave (409 last_facilitator); with two, one can", async () => {
    const { f, pid } = await setup();
    const demote = await f.client.patch(`/api/partnerships/${pid}/members/${f.user.id}`, { role: "editor" });
    expect(demote.status).toBe(409);
    expect(demote.body.error.id).toBe("last_facilitator");
    const leave = await f.client.delete(`/api/partnerships/${pid}/members/${f.user.id}`);
    expect(leave.status).toBe(409);
    expect(leave.body.error.id).toBe("last_facilitator");
    expect((await f.client.get(`/api/partnerships/${pid}`)).body.data.membership.role).toBe("facilitator");

    const second = await joinAs(server, f.client, pid, "facilitator");
    expect((await f.client.patch(`/api/partnerships/${pid}/members/${f.user.id}`, { role: "editor" })).status).toBe(200);
    // Now `second` is the last one.
    const r = await second.client.delete(`/api/partnerships/${pid}/members/${second.user.id}`);
    expect(r.status).toBe(409);
    // ...and the demoted founder can no longer manage members.
    expect((await f.client.patch(`/api/partnerships/${pid}/members/${second.user.id}`, { role: "viewer" })).status).toBe(403);
  });

  it("changing or removing someone who is not a member is 404", async () => {
    const { f, pid } = await setup();
    const stranger = await signedUpClient(server, "stranger");
    expect((await f.client.patch(`/api/partnerships/${pid}/members/${stranger.user.id}`, { role: "editor" })).status).toBe(404);
    expect((await f.client.delete(`/api/partnerships/${pid}/members/${stranger.user.id}`)).status).toBe(404);
    expect(await server.ctx.storage.memberships.find(pid, stranger.user.id)).toBeNull();
  });

  it("partnership settings: facilitators update, others get 403", async () => {
    const { f, pid } = await setup();
    const e = await joinAs(server, f.client, pid, "editor");
    expect((await e.client.patch(`/api/partnerships/${pid}`, { name: "Editor's name" })).status).toBe(403);
    const r = await f.client.patch(`/api/partnerships/${pid}`, { name: "Riverside Health and Growth Partnership", description: "New" });
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ name: "Riverside Health and Growth Partnership", description: "New", place: "Riverside" });
    expect(r.body.policies.update).toBe(true);
  });
});

/** What `joinAs` accepts invites with. */
const ACCEPT_AS = { organisation: "Riverside CVS", sector: "voluntary" };
