import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../utils/apiClient.ts";
import { createInvite, createPartnership, createPlan, joinAs, signedUpClient } from "../utils/apiFixtures.ts";
import { declaredRoutes, routeKey } from "../utils/routeInventory.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

/** Ids of the two partnerships' things. */
interface World {
  A: string;
  B: string;
  planA: string;
  planB: string;
  inviteB: string;
  memberB: string;
  /** A local outcomes-model term of B. */
  termB: string;
  self: string;
}

/** One attempt by a member of A on B's things. */
interface Attempt {
  label: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  path: (w: World) => string;
  body?: (w: World) => unknown;
  /**
   * Goes through A's own path with B's ids. A member of A without the ability
   * gets 403 there (about A, revealing nothing of B); everyone else 404.
   */
  viaA?: true;
}

/**
 * Every partnership-scoped route, replayed with partnership B's ids by members
 * of partnership A. Bodies are valid so that only authorization can refuse them.
 * Keyed by the route as declared in server/src/routes.
 */
const CASES: Record<string, Attempt[]> = {
  "GET /api/partnerships/:partnershipId": [{ label: "read B", method: "GET", path: (w) => `/api/partnerships/${w.B}` }],
  "PATCH /api/partnerships/:partnershipId": [
    { label: "rename B", method: "PATCH", path: (w) => `/api/partnerships/${w.B}`, body: () => ({ name: "Hijacked" }) },
  ],
  "GET /api/partnerships/:partnershipId/members": [{ label: "list B's members", method: "GET", path: (w) => `/api/partnerships/${w.B}/members` }],
  "PATCH /api/partnerships/:partnershipId/members/:userId": [
    { label: "change a B member's role", method: "PATCH", path: (w) => `/api/partnerships/${w.B}/members/${w.memberB}`, body: () => ({ role: "viewer" }) },
    { label: "change own (non-)membership of B", method: "PATCH", path: (w) => `/api/partnerships/${w.B}/members/${w.self}`, body: () => ({ organisation: "Sneaky" }) },
    { label: "promote self in B", method: "PATCH", path: (w) => `/api/partnerships/${w.B}/members/${w.self}`, body: () => ({ role: "facilitator" }) },
    { label: "change a B member through A's path", method: "PATCH", path: (w) => `/api/partnerships/${w.A}/members/${w.memberB}`, body: () => ({ role: "viewer" }), viaA: true },
  ],
  "DELETE /api/partnerships/:partnershipId/members/:userId": [
    { label: "remove a B member", method: "DELETE", path: (w) => `/api/partnerships/${w.B}/members/${w.memberB}` },
    { label: "leave B without being in it", method: "DELETE", path: (w) => `/api/partnerships/${w.B}/members/${w.self}` },
    { label: "remove a B member through A's path", method: "DELETE", path: (w) => `/api/partnerships/${w.A}/members/${w.memberB}`, viaA: true },
  ],
  "GET /api/partnerships/:partnershipId/invites": [{ label: "list B's invites", method: "GET", path: (w) => `/api/partnerships/${w.B}/invites` }],
  "POST /api/partnerships/:partnershipId/invites": [
    { label: "invite self into B", method: "POST", path: (w) => `/api/partnerships/${w.B}/invites`, body: () => ({ role: "facilitator" }) },
  ],
  "DELETE /api/partnerships/:partnershipId/invites/:inviteId": [
    { label: "revoke B's invite", method: "DELETE", path: (w) => `/api/partnerships/${w.B}/invites/${w.inviteB}` },
    { label: "revoke B's invite through A's path", method: "DELETE", path: (w) => `/api/partnerships/${w.A}/invites/${w.inviteB}`, viaA: true },
  ],
  "GET /api/partnerships/:partnershipId/plans": [{ label: "list B's plans", method: "GET", path: (w) => `/api/partnerships/${w.B}/plans` }],
  "POST /api/partnerships/:partnershipId/plans": [
    { label: "create a plan in B", method: "POST", path: (w) => `/api/partnerships/${w.B}/plans`, body: () => ({ title: "Planted", template: "blank" }) },
  ],
  "GET /api/plans/:planId": [{ label: "read B's plan", method: "GET", path: (w) => `/api/plans/${w.planB}` }],
  "PATCH /api/plans/:planId": [
    { label: "rename B's plan", method: "PATCH", path: (w) => `/api/plans/${w.planB}`, body: () => ({ title: "Hijacked" }) },
    { label: "archive B's plan", method: "PATCH", path: (w) => `/api/plans/${w.planB}`, body: () => ({ archived: true }) },
    { label: "unarchive+rename B's plan", method: "PATCH", path: (w) => `/api/plans/${w.planB}`, body: () => ({ archived: false, title: "X" }) },
  ],
  "GET /api/partnerships/:partnershipId/outcomes": [{ label: "read B's outcomes", method: "GET", path: (w) => `/api/partnerships/${w.B}/outcomes` }],
  "POST /api/partnerships/:partnershipId/outcomes/:collection": [
    { label: "add a term to B", method: "POST", path: (w) => `/api/partnerships/${w.B}/outcomes/terms`, body: () => ({ label: "Planted term" }) },
  ],
  "PATCH /api/partnerships/:partnershipId/outcomes/:collection/:itemId": [
    { label: "edit B's term", method: "PATCH", path: (w) => `/api/partnerships/${w.B}/outcomes/terms/${w.termB}`, body: () => ({ label: "Hijacked" }) },
    { label: "edit B's term through A's path", method: "PATCH", path: (w) => `/api/partnerships/${w.A}/outcomes/terms/${w.termB}`, body: () => ({ label: "Hijacked" }), viaA: true },
  ],
  "DELETE /api/partnerships/:partnershipId/outcomes/:collection/:itemId": [
    { label: "retire B's term", method: "DELETE", path: (w) => `/api/partnerships/${w.B}/outcomes/terms/${w.termB}` },
    { label: "retire B's term through A's path", method: "DELETE", path: (w) => `/api/partnerships/${w.A}/outcomes/terms/${w.termB}`, viaA: true },
  ],
  "GET /api/outcomes/terms": [
    { label: "search B's local terms", method: "GET", path: (w) => `/api/outcomes/terms?q=term&partnershipId=${w.B}` },
  ],
};

/** Routes that take no partnership-scoped id, and why they are out of scope here. */
const EXEMPT: Record<string, string> = {
  "POST /api/auth/signup": "no partnership",
  "POST /api/auth/signin": "no partnership",
  "POST /api/auth/signout": "no partnership",
  "POST /api/auth/signout-all": "no partnership",
  "GET /api/auth/me": "no partnership",
  "GET /api/auth/oidc/providers": "no partnership: the configured sign-in providers",
  "GET /api/auth/oidc/:provider/start": "no partnership (tests/api/oidc.test.ts)",
  "GET /api/auth/oidc/:provider/callback": "no partnership: state, nonce and PKCE are the authorization (tests/api/oidc.test.ts)",
  "POST /api/auth/password-reset/request": "no partnership (tests/api/accountSecurity.test.ts)",
  "POST /api/auth/password-reset": "capability link: the secret is the authorization (tests/api/accountSecurity.test.ts)",
  "POST /api/auth/verify-email": "capability link: the secret is the authorization (tests/api/accountSecurity.test.ts)",
  "POST /api/auth/verify-email/resend": "the caller's own account",
  "POST /api/auth/totp/setup": "the caller's own account",
  "POST /api/auth/totp/enable": "the caller's own account",
  "POST /api/auth/totp/disable": "the caller's own account",
  "GET /api/account/data": "the caller's own data only (tests/api/yourData.test.ts)",
  "POST /api/account/erase": "the caller's own account, confirmed with their password (tests/api/yourData.test.ts)",
  "GET /api/partnerships": "lists only the caller's partnerships (asserted below)",
  "POST /api/partnerships": "creates a new partnership",
  "GET /api/invites/:token": "capability URL: the secret token is the authorization (tests/api/invitesAndMembers.test.ts)",
  "POST /api/invites/:token/accept": "capability URL: the secret token is the authorization (tests/api/invitesAndMembers.test.ts)",
  "GET /api/outcomes/model": "the shared, published outcomes model: no partnership data",
  "GET /api/outcomes/terms/:termId/lens": "the shared outcomes model: no partnership data",
  "GET /api/outcomes/terms/:termId/related": "the shared outcomes model: no partnership data",
  "POST /api/outcomes/coverage": "computed over the shared outcomes model: no partnership data",
  "GET /api/notifications": "the caller's own notifications",
  "POST /api/notifications/read": "the caller's own notifications",
  "POST /api/notifications/read-all": "the caller's own notifications",
  "GET /api/notifications/preferences": "the caller's own preferences",
  "PUT /api/notifications/preferences": "the caller's own preferences",
  "GET /api/search": "scoped to the caller's memberships (asserted below)",
};

/** A syntactically valid id that names nothing. */
const NO_SUCH_ID = "zzNoSuchThing0001";

/**
 * Routes declared in server/src/routes with no hand-written case above are
 * still replayed generically: `:partnershipId` → B, `:planId` → B's plan, any
 * other parameter → an id that names nothing, writes with `{}`. This proves
 * the partnership/plan check, not the check on child ids (comments, versions,
 * ...): those need a hand-written case with one of B's real child ids.
 */
function genericPath(pattern: string, w: World): string {
  return pattern
    .replace(":partnershipId", w.B)
    .replace(":planId", w.planB)
    .replace(/:[A-Za-z]+/g, NO_SUCH_ID);
}

describe("cross-partnership denial (IDOR)", () => {
  let server: TestServer;
  let world: Omit<World, "self">;
  let bFacilitator: ApiClient;
  const actors: Record<string, { client: ApiClient; id: string }> = {};
  let bBefore: Record<string, unknown>;

  /** Everything a B facilitator can see about B, to prove nothing changed. */
  async function snapshotB(): Promise<Record<string, unknown>> {
    return {
      partnership: (await bFacilitator.get(`/api/partnerships/${world.B}`)).body,
      members: (await bFacilitator.get(`/api/partnerships/${world.B}/members`)).body,
      invites: (await bFacilitator.get(`/api/partnerships/${world.B}/invites`)).body,
      plans: (await bFacilitator.get(`/api/partnerships/${world.B}/plans`)).body,
      plan: (await bFacilitator.get(`/api/plans/${world.planB}`)).body,
      outcomes: (await bFacilitator.get(`/api/partnerships/${world.B}/outcomes`)).body,
    };
  }

  beforeAll(async () => {
    server = await startTestServer();
    const bf = await signedUpClient(server, "Bfacilitator");
    bFacilitator = bf.client;
    const B = (await createPartnership(bFacilitator, "Partnership B")).id;
    const memberB = (await joinAs(server, bFacilitator, B, "editor")).user.id;
    const planB = (await createPlan(bFacilitator, B, "B's plan")).id;
    const inviteB = (await createInvite(bFacilitator, B, "editor")).id;
    const term = await bFacilitator.post(`/api/partnerships/${B}/outcomes/terms`, { id: "local:b-term", label: "B's own term" });
    if (term.status !== 201) throw new Error(`create term failed: ${term.status} ${JSON.stringify(term.body)}`);
    const termB = term.body.data.id as string;

    const af = await signedUpClient(server, "Afacilitator");
    const A = (await createPartnership(af.client, "Partnership A")).id;
    const planA = (await createPlan(af.client, A, "A's plan")).id;
    const av = await joinAs(server, af.client, A, "viewer");
    const outsider = await signedUpClient(server, "outsider");
    actors["facilitator of A"] = { client: af.client, id: af.user.id };
    actors["viewer of A"] = { client: av.client, id: av.user.id };
    actors["signed-in non-member"] = { client: outsider.client, id: outsider.user.id };
    world = { A, B, planA, planB, inviteB, memberB, termB };
    bBefore = await snapshotB();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("has no hand-written cases for routes that no longer exist", () => {
    const declared = declaredRoutes().map(routeKey);
    expect(declared.length).toBeGreaterThan(10);
    const stale = [...Object.keys(CASES), ...Object.keys(EXEMPT)].filter((k) => !declared.includes(k));
    expect(stale, "cases for routes that no longer exist").toEqual([]);
  });

  const generic = declaredRoutes().filter((r) => !(routeKey(r) in CASES) && !(routeKey(r) in EXEMPT));
  for (const actorName of ["facilitator of A", "signed-in non-member"]) {
    describe(`${actorName}, generic replay (no hand-written case yet)`, () => {
      it.each(generic.map((r) => ({ ...r, key: routeKey(r) })))("$key with B's ids → refused", async (r) => {
        const actor = actors[actorName]!;
        const w: World = { ...world, self: actor.id };
        const res = await actor.client.request(r.method, genericPath(r.path, w), r.method === "GET" ? undefined : {});
        const allowed = r.method === "GET" || r.method === "DELETE" ? [403, 404] : [400, 403, 404];
        expect(allowed, `${r.key} answered ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`).toContain(res.status);
        expect(JSON.stringify(res.body)).not.toContain("B's plan");
        expect(JSON.stringify(res.body)).not.toContain("Partnership B");
      });
    });
  }

  it("search never returns B's content to A's members", async () => {
    const own = (await bFacilitator.get("/api/search?q=Riverside")).body.data as Array<{ partnershipId: string }>;
    expect(own.length, "B's facilitator finds B's plan, so the check below is not vacuous").toBeGreaterThan(0);
    for (const { client } of Object.values(actors)) {
      const r = await client.get("/api/search?q=Riverside");
      expect(r.status).toBe(200);
      expect((r.body.data as Array<{ partnershipId: string }>).filter((h) => h.partnershipId === world.B)).toEqual([]);
    }
  });

  const attempts = Object.entries(CASES).flatMap(([route, list]) => list.map((a) => ({ route, ...a })));
  for (const actorName of ["facilitator of A", "viewer of A", "signed-in non-member"]) {
    describe(actorName, () => {
      it.each(attempts)("$method $route ($label) → refused, revealing nothing", async (a) => {
        const actor = actors[actorName]!;
        const w: World = { ...world, self: actor.id };
        const r = await actor.client.request(a.method, a.path(w), a.body ? a.body(w) : a.method === "GET" ? undefined : {});
        const expected = a.viaA && actorName === "viewer of A" ? 403 : 404;
        expect(r.status).toBe(expected);
        expect(r.body.error.id).toBe(expected === 404 ? "not_found" : "forbidden");
        expect(JSON.stringify(r.body)).not.toContain("Partnership B");
        expect(JSON.stringify(r.body)).not.toContain("B's plan");
        expect(JSON.stringify(r.body)).not.toContain("B's own term");
      });
    });
  }

  it("nothing about B changed after every attempt", async () => {
    expect(await snapshotB()).toEqual(bBefore);
  });

  it("B never shows up in A members' partnership lists", async () => {
    for (const { client } of Object.values(actors)) {
      const list = (await client.get("/api/partnerships")).body.data as Array<{ id: string }>;
      expect(list.map((p) => p.id)).not.toContain(world.B);
    }
  });

  it("the same requests on A's own things succeed for A's facilitator (the denials are not vacuous)", async () => {
    const { client } = actors["facilitator of A"]!;
    expect((await client.get(`/api/partnerships/${world.A}`)).status).toBe(200);
    expect((await client.get(`/api/partnerships/${world.A}/members`)).status).toBe(200);
    expect((await client.get(`/api/partnerships/${world.A}/invites`)).status).toBe(200);
    expect((await client.get(`/api/partnerships/${world.A}/plans`)).status).toBe(200);
    expect((await client.get(`/api/plans/${world.planA}`)).status).toBe(200);
    expect((await client.patch(`/api/plans/${world.planA}`, { title: "A's plan, renamed" })).status).toBe(200);
  });

  it("a signed-out caller gets 401 on every partnership-scoped route", async () => {
    const anon = new ApiClient(server.origin);
    for (const a of attempts) {
      const w: World = { ...world, self: "nobody-0000" };
      const r = await anon.request(a.method, a.path(w), a.body ? a.body(w) : a.method === "GET" ? undefined : {});
      expect({ route: a.route, label: a.label, status: r.status }).toEqual({ route: a.route, label: a.label, status: 401 });
    }
  });
});
