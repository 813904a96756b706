import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../utils/apiClient.ts";
import { createInvite, createPartnership, createPlan, isCleanErrorBody, joinAs, signedUpClient, uniqueEmail } from "../utils/apiFixtures.ts";
import { declaredRoutes, routeKey } from "../utils/routeInventory.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

/** What each write route needs: a client, a path, a valid body, a wrongly-typed body, and a way to read the state it would change. */
interface WriteRoute {
  route: string;
  client: () => ApiClient;
  path: () => string;
  valid: () => Record<string, unknown>;
  /** A body with one field of the wrong type, and that field's name. */
  wrongType: () => { body: Record<string, unknown>; field: string };
  /** Everything the route could change, read back through GETs. */
  state: () => Promise<unknown>;
}

/** Write routes that take no body (they are checked for invalid JSON only). */
const BODYLESS = new Set([
  "POST /api/auth/signout",
  "POST /api/auth/signout-all",
  "DELETE /api/partnerships/:partnershipId/members/:userId",
  "DELETE /api/partnerships/:partnershipId/invites/:inviteId",
  "DELETE /api/partnerships/:partnershipId/outcomes/:collection/:itemId",
]);

describe("bad input on every write route", () => {
  let server: TestServer;
  let facilitator: ApiClient;
  let member: { client: ApiClient; user: { id: string } };
  let invitee: ApiClient;
  let anon: ApiClient;
  let pid: string;
  let planId: string;
  let inviteToken: string;
  let signUpEmail: string;
  let signInEmail: string;

  const get = async (c: ApiClient, path: string) => (await c.get(path)).body;

  beforeAll(async () => {
    server = await startTestServer();
    facilitator = (await signedUpClient(server, "facilitator")).client;
    pid = (await createPartnership(facilitator)).id;
    planId = (await createPlan(facilitator, pid)).id;
    member = await joinAs(server, facilitator, pid, "editor");
    inviteToken = (await createInvite(facilitator, pid, "commenter")).token;
    const term = await facilitator.post(`/api/partnerships/${pid}/outcomes/terms`, { id: "local:warm-homes", label: "Warm homes" });
    if (term.status !== 201) throw new Error(`create term failed: ${term.status} ${JSON.stringify(term.body)}`);
    invitee = (await signedUpClient(server, "invitee")).client;
    anon = new ApiClient(server.origin);
    signUpEmail = uniqueEmail("never-created");
    signInEmail = uniqueEmail("existing");
    await new ApiClient(server.origin).signUp(signInEmail);
  });
  afterAll(async () => {
    await server?.close();
  });

  const ROUTES: WriteRoute[] = [
    {
      route: "POST /api/auth/signup",
      client: () => anon,
      path: () => "/api/auth/signup",
      valid: () => ({ email: signUpEmail, password: "correct horse battery staple", displayName: "New" }),
      wrongType: () => ({ body: { email: signUpEmail, password: 123456789012345, displayName: "New" }, field: "password" }),
      state: async () => ({
        me: (await anon.get("/api/auth/me")).status,
        signIn: (await new ApiClient(server.origin).post("/api/auth/signin", { email: signUpEmail, password: "correct horse battery staple" })).status,
      }),
    },
    {
      route: "POST /api/auth/signin",
      client: () => anon,
      path: () => "/api/auth/signin",
      valid: () => ({ email: signInEmail, password: "correct horse battery staple" }),
      wrongType: () => ({ body: { email: [signInEmail], password: "correct horse battery staple" }, field: "email" }),
      state: async () => ({ me: (await anon.get("/api/auth/me")).status }),
    },
    {
      route: "POST /api/partnerships",
      client: () => facilitator,
      path: () => "/api/partnerships",
      valid: () => ({ name: "Second", place: "Northfield", organisation: "Riverside ICB", sector: "nhs" }),
      wrongType: () => ({ body: { name: "Second", place: "Northfield", organisation: "Riverside ICB", sector: 3 }, field: "sector" }),
      state: () => get(facilitator, "/api/partnerships"),
    },
    {
      route: "PATCH /api/partnerships/:partnershipId",
      client: () => facilitator,
      path: () => `/api/partnerships/${pid}`,
      valid: () => ({ name: "Renamed" }),
      wrongType: () => ({ body: { description: { html: "<b>x</b>" } }, field: "description" }),
      state: () => get(facilitator, `/api/partnerships/${pid}`),
    },
    {
      route: "PATCH /api/partnerships/:partnershipId/members/:userId",
      client: () => facilitator,
      path: () => `/api/partnerships/${pid}/members/${member.user.id}`,
      valid: () => ({ role: "viewer" }),
      wrongType: () => ({ body: { role: true }, field: "role" }),
      state: () => get(facilitator, `/api/partnerships/${pid}/members`),
    },
    {
      route: "POST /api/partnerships/:partnershipId/invites",
      client: () => facilitator,
      path: () => `/api/partnerships/${pid}/invites`,
      valid: () => ({ role: "viewer" }),
      wrongType: () => ({ body: { role: "viewer", expiresInDays: "7" }, field: "expiresInDays" }),
      state: () => get(facilitator, `/api/partnerships/${pid}/invites`),
    },
    {
      route: "POST /api/invites/:token/accept",
      client: () => invitee,
      path: () => `/api/invites/${inviteToken}/accept`,
      valid: () => ({ organisation: "Riverside CVS", sector: "voluntary" }),
      wrongType: () => ({ body: { organisation: null, sector: "voluntary" }, field: "organisation" }),
      state: async () => ({
        invitee: (await invitee.get(`/api/partnerships/${pid}`)).status,
        invites: await get(facilitator, `/api/partnerships/${pid}/invites`),
      }),
    },
    {
      route: "POST /api/partnerships/:partnershipId/plans",
      client: () => facilitator,
      path: () => `/api/partnerships/${pid}/plans`,
      valid: () => ({ title: "Another plan", template: "blank" }),
      wrongType: () => ({ body: { title: 7, template: "blank" }, field: "title" }),
      state: () => get(facilitator, `/api/partnerships/${pid}/plans`),
    },
    {
      route: "PATCH /api/plans/:planId",
      client: () => facilitator,
      path: () => `/api/plans/${planId}`,
      valid: () => ({ title: "Renamed plan" }),
      wrongType: () => ({ body: { archived: "yes" }, field: "archived" }),
      state: () => get(facilitator, `/api/plans/${planId}`),
    },
    {
      route: "POST /api/outcomes/coverage",
      client: () => facilitator,
      path: () => "/api/outcomes/coverage",
      valid: () => ({ outcomeIds: [] }),
      wrongType: () => ({ body: { outcomeIds: "OUT-1" }, field: "outcomeIds" }),
      // Read-only computation: nothing can be written.
      state: async () => null,
    },
    {
      route: "POST /api/partnerships/:partnershipId/outcomes/:collection",
      client: () => facilitator,
      path: () => `/api/partnerships/${pid}/outcomes/terms`,
      valid: () => ({ label: "Good work" }),
      wrongType: () => ({ body: { label: 5 }, field: "label" }),
      state: async () => {
        const d = (await facilitator.get(`/api/partnerships/${pid}/outcomes`)).body.data;
        return { revision: d.revision, items: d.items };
      },
    },
    {
      route: "PATCH /api/partnerships/:partnershipId/outcomes/:collection/:itemId",
      client: () => facilitator,
      path: () => `/api/partnerships/${pid}/outcomes/terms/local:warm-homes`,
      valid: () => ({ label: "Warmer homes" }),
      wrongType: () => ({ body: { label: ["Warm"] }, field: "label" }),
      state: async () => {
        const d = (await facilitator.get(`/api/partnerships/${pid}/outcomes`)).body.data;
        return { revision: d.revision, items: d.items };
      },
    },
  ];

  it("has no cases for routes that no longer exist", () => {
    const declared = declaredRoutes().map(routeKey);
    const stale = [...ROUTES.map((r) => r.route), ...BODYLESS].filter((k) => !declared.includes(k));
    expect(stale).toEqual([]);
  });

  /*
   * Write routes without a hand-written case above still get the checks that
   * need no knowledge of their body: malformed JSON and oversized bodies.
   * Unknown-field and wrong-type checks need a case in ROUTES.
   */
  const covered = new Set([...ROUTES.map((r) => r.route), ...BODYLESS]);
  const generic = declaredRoutes()
    .filter((r) => r.method !== "GET" && !covered.has(routeKey(r)))
    .map((r) => ({ ...r, key: routeKey(r) }));
  const genericPath = (pattern: string) =>
    pattern.replace(":partnershipId", pid).replace(":planId", planId).replace(/:[A-Za-z]+/g, "zzNoSuchThing0001");
  it.each(generic)("$key (generic): malformed JSON → 400 invalid_json, oversized → 413", async (r) => {
    const bad = await facilitator.request(r.method, genericPath(r.path), '{"oops": ');
    expect(bad.status).toBe(400);
    expect(bad.body.error.id).toBe("invalid_json");
    const big = await facilitator.request(r.method, genericPath(r.path), { padding: "x".repeat(260 * 1024) });
    expect(big.status).toBe(413);
    expect(isCleanErrorBody(big.body)).toBe(true);
  });

  const MALFORMED = ['{"name": ', "{'name': 'single quotes'}", "{name: 1}", '{"a":1,}', "nul"];

  for (const r of ROUTES) {
    describe(r.route, () => {
      async function expectUnchanged(attempt: () => Promise<{ status: number; body: unknown }>, status: number, id: string) {
        const before = await r.state();
        const res = await attempt();
        expect(res.status).toBe(status);
        expect((res.body as { error: { id: string } }).error.id).toBe(id);
        expect(isCleanErrorBody(res.body)).toBe(true);
        expect(await r.state()).toEqual(before);
        return res;
      }
      const method = r.route.split(" ")[0]!;

      it.each(MALFORMED)("malformed JSON %j → 400 invalid_json", async (text) => {
        await expectUnchanged(() => r.client().request(method, r.path(), text), 400, "invalid_json");
      });

      it("a body over 256 KiB → 413 payload_too_large", async () => {
        const big = { ...r.valid(), padding: "x".repeat(260 * 1024) };
        await expectUnchanged(() => r.client().request(method, r.path(), big), 413, "payload_too_large");
      });

      it("an unknown field → 400 naming the field", async () => {
        const res = await expectUnchanged(() => r.client().request(method, r.path(), { ...r.valid(), isAdmin: true }), 400, "validation_error");
        expect((res.body as { error: { message: string } }).error.message).toContain("isAdmin");
      });

      it("__proto__ smuggling → 400, nothing polluted", async () => {
        const text = JSON.stringify(r.valid()).replace(/^\{/, '{"__proto__":{"polluted":true},');
        await expectUnchanged(() => r.client().request(method, r.path(), text), 400, "validation_error");
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });

      it("a wrongly typed field → 400 naming the field", async () => {
        const { body, field } = r.wrongType();
        const res = await expectUnchanged(() => r.client().request(method, r.path(), body), 400, "validation_error");
        expect((res.body as { error: { message: string } }).error.message).toMatch(new RegExp(`^${field}:`));
      });

      it.each([["an array", "[]"], ["a string", '"text"'], ["a number", "42"], ["null", "null"]])("%s instead of an object → 400", async (_l, text) => {
        const before = await r.state();
        const res = await r.client().request(method, r.path(), text);
        expect(res.status).toBe(400);
        expect(["invalid_json", "validation_error"]).toContain(res.body.error.id);
        expect(await r.state()).toEqual(before);
      });

      it("JSON sent as text/plain is not parsed → 400", async () => {
        await expectUnchanged(
          () => r.client().request(method, r.path(), JSON.stringify(r.valid()), { "content-type": "text/plain" }),
          400,
          "validation_error",
        );
      });
    });
  }

  it.each([...BODYLESS])("%s rejects malformed JSON with 400 invalid_json", async (route) => {
    const [method, pattern] = route.split(" ") as [string, string];
    const path = pattern
      .replace(":partnershipId", pid)
      .replace(":userId", member.user.id)
      .replace(":inviteId", "some-invite-id")
      .replace(":collection", "terms")
      .replace(":itemId", "local:no-such-item");
    const res = await facilitator.request(method, path, '{"oops"');
    expect(res.status).toBe(400);
    expect(res.body.error.id).toBe("invalid_json");
    expect((await facilitator.get("/api/auth/me")).status).toBe(200);
    expect((await facilitator.get(`/api/partnerships/${pid}/members`)).body.data).toHaveLength(2);
  });

  it("the valid bodies used above really are accepted (the refusals are not vacuous)", async () => {
    for (const r of ROUTES) {
      const method = r.route.split(" ")[0]!;
      const res = await r.client().request(method, r.path(), r.valid());
      expect({ route: r.route, status: res.status }).toEqual({ route: r.route, status: expect.toSatisfy((s: number) => s === 200 || s === 201) });
    }
  });
});
