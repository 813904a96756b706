import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../utils/apiClient.ts";
import { isCleanErrorBody, sessionToken, sha256, uniqueEmail } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

const PASSWORD = "correct horse battery staple";

describe("auth", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("sign-up creates the account, starts a session and /me answers", async () => {
    const c = new ApiClient(server.origin);
    const email = uniqueEmail("amara");
    const r = await c.post("/api/auth/signup", { email: `  ${email.toUpperCase()} `, password: PASSWORD, displayName: "Amara Okafor" });
    expect(r.status).toBe(201);
    expect(r.body.data).toMatchObject({ email, displayName: "Amara Okafor" });
    expect(Object.keys(r.body.data).sort()).toEqual(["createdAt", "displayName", "email", "emailVerified", "id", "twoFactorEnabled"]);
    expect(typeof r.body.data.id).toBe("string");
    const me = await c.get("/api/auth/me");
    expect(me.status).toBe(200);
    expect(me.body.data).toEqual(r.body.data);
  });

  it("session cookie is HttpOnly, SameSite=Lax, Path=/, not Secure over http", async () => {
    const res = await fetch(`${server.origin}/api/auth/signup`, {
      method: "POST",
      headers: { origin: server.origin, "content-type": "application/json" },
      body: JSON.stringify({ email: uniqueEmail(), password: PASSWORD, displayName: "Cookie" }),
    });
    expect(res.status).toBe(201);
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^jigsaw_session=[A-Za-z0-9_-]{40,}/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  it("the session id stored is a hash of the cookie token, never the token", async () => {
    const c = new ApiClient(server.origin);
    await c.signUp(uniqueEmail());
    const token = sessionToken(c);
    expect(await server.ctx.storage.sessions.findById(token)).toBeNull();
    expect(await server.ctx.storage.sessions.findById(sha256(token))).not.toBeNull();
  });

  it("a duplicate email gets the same generic answer as an invalid sign-up, without a session", async () => {
    const email = uniqueEmail("dup");
    await new ApiClient(server.origin).signUp(email);
    const c = new ApiClient(server.origin);
    const dup = await c.post("/api/auth/signup", { email, password: "another long password", displayName: "Someone" });
    expect(dup.status).toBe(400);
    expect(dup.body.error.id).toBe("validation_error");
    expect(dup.body.error.message).not.toContain(email);
    expect(dup.body.error.message).not.toMatch(/already (exists|registered|taken)/i);
    expect(dup.headers.getSetCookie()).toEqual([]);
    expect((await c.get("/api/auth/me")).status).toBe(401);
    // The original account still works with its own password.
    const signin = await new ApiClient(server.origin).post("/api/auth/signin", { email, password: PASSWORD });
    expect(signin.status).toBe(200);
  });

  it("a wrong password and an unknown email are indistinguishable", async () => {
    const email = uniqueEmail("known");
    await new ApiClient(server.origin).signUp(email);
    const wrong = await new ApiClient(server.origin).post("/api/auth/signin", { email, password: "not the password at all" });
    const unknown = await new ApiClient(server.origin).post("/api/auth/signin", { email: uniqueEmail("nobody"), password: "not the password at all" });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(wrong.status);
    expect(unknown.body).toEqual(wrong.body);
    expect(wrong.body).toEqual({ error: { id: "invalid_credentials", message: expect.any(String) } });
    expect(wrong.headers.getSetCookie()).toEqual([]);
    expect(unknown.headers.getSetCookie()).toEqual([]);
  });

  it("sign-in rotates the session: the old cookie stops working", async () => {
    const email = uniqueEmail("rotate");
    const c = new ApiClient(server.origin);
    await c.signUp(email);
    const before = sessionToken(c);
    const r = await c.post("/api/auth/signin", { email, password: PASSWORD });
    expect(r.status).toBe(200);
    const after = sessionToken(c);
    expect(after).not.toBe(before);
    expect(await server.ctx.storage.sessions.findById(sha256(before))).toBeNull();
    const stale = new ApiClient(server.origin);
    const res = await fetch(`${server.origin}/api/auth/me`, { headers: { cookie: `jigsaw_session=${before}` } });
    expect(res.status).toBe(401);
    expect((await c.get("/api/auth/me")).status).toBe(200);
    expect((await stale.get("/api/auth/me")).status).toBe(401);
  });

  it("sign-out ends the session and clears the cookie", async () => {
    const c = new ApiClient(server.origin);
    await c.signUp(uniqueEmail("out"));
    const token = sessionToken(c);
    const r = await c.post("/api/auth/signout");
    expect(r.status).toBe(204);
    const [cleared] = r.headers.getSetCookie();
    expect(cleared).toMatch(/^jigsaw_session=;/);
    expect(cleared).toMatch(/Max-Age=0/i);
    expect(await server.ctx.storage.sessions.findById(sha256(token))).toBeNull();
    const res = await fetch(`${server.origin}/api/auth/me`, { headers: { cookie: `jigsaw_session=${token}` } });
    expect(res.status).toBe(401);
  });

  it("sign out everywhere ends every session of that user only", async () => {
    const email = uniqueEmail("everywhere");
    const laptop = new ApiClient(server.origin);
    await laptop.signUp(email);
    const phone = new ApiClient(server.origin);
    expect((await phone.post("/api/auth/signin", { email, password: PASSWORD })).status).toBe(200);
    const other = new ApiClient(server.origin);
    await other.signUp(uniqueEmail("bystander"));

    const r = await laptop.post("/api/auth/signout-all");
    expect(r.status).toBe(200);
    expect(r.body.data.sessionsEnded).toBe(2);
    expect((await phone.get("/api/auth/me")).status).toBe(401);
    expect((await laptop.get("/api/auth/me")).status).toBe(401);
    expect((await other.get("/api/auth/me")).status).toBe(200);
  });

  it("signed-out requests get 401 authentication_required", async () => {
    const c = new ApiClient(server.origin);
    for (const path of ["/api/auth/me", "/api/partnerships"]) {
      const r = await c.get(path);
      expect(r.status).toBe(401);
      expect(r.body.error.id).toBe("authentication_required");
      expect(isCleanErrorBody(r.body)).toBe(true);
    }
    expect((await c.post("/api/auth/signout-all")).status).toBe(401);
  });

  it("a garbage or oversized cookie is simply signed out", async () => {
    for (const cookie of ["jigsaw_session=nonsense", `jigsaw_session=${"a".repeat(500)}`, "jigsaw_session="]) {
      const res = await fetch(`${server.origin}/api/auth/me`, { headers: { cookie } });
      expect(res.status).toBe(401);
    }
  });

  it("a session past its absolute expiry is refused and deleted", async () => {
    const c = new ApiClient(server.origin);
    await c.signUp(uniqueEmail("absolute"));
    const id = sha256(sessionToken(c));
    const s = (await server.ctx.storage.sessions.findById(id))!;
    await server.ctx.storage.sessions.delete(id);
    await server.ctx.storage.sessions.create({ ...s, expiresAt: new Date(Date.now() - 1000).toISOString() });
    expect((await c.get("/api/auth/me")).status).toBe(401);
    expect(await server.ctx.storage.sessions.findById(id)).toBeNull();
  });

  it("activity within a minute of the last touch does not rewrite the session", async () => {
    const c = new ApiClient(server.origin);
    await c.signUp(uniqueEmail("throttle"));
    const id = sha256(sessionToken(c));
    const recent = new Date(Date.now() - 30_000).toISOString();
    await server.ctx.storage.sessions.touch(id, recent);
    expect((await c.get("/api/auth/me")).status).toBe(200);
    expect((await server.ctx.storage.sessions.findById(id))!.lastSeenAt).toBe(recent);
  });

  it("activity more than a minute after the last touch moves lastSeenAt forward", async () => {
    const c = new ApiClient(server.origin);
    await c.signUp(uniqueEmail("touch"));
    const id = sha256(sessionToken(c));
    const old = new Date(Date.now() - 5 * 60_000).toISOString();
    await server.ctx.storage.sessions.touch(id, old);
    const before = Date.now();
    expect((await c.get("/api/auth/me")).status).toBe(200);
    expect(Date.parse((await server.ctx.storage.sessions.findById(id))!.lastSeenAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it("sign-up validates input and names the field", async () => {
    const c = new ApiClient(server.origin);
    const short = await c.post("/api/auth/signup", { email: uniqueEmail(), password: "short", displayName: "X" });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toMatch(/^password:/);
    const badEmail = await c.post("/api/auth/signup", { email: "not-an-email", password: PASSWORD, displayName: "X" });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.message).toMatch(/^email:/);
  });
});

describe("idle session expiry (SESSION_IDLE_MINUTES=1)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { SESSION_IDLE_MINUTES: "1" } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("a session used recently stays valid", async () => {
    const c = new ApiClient(server.origin);
    await c.signUp(uniqueEmail("active"));
    const id = sha256(sessionToken(c));
    await server.ctx.storage.sessions.touch(id, new Date(Date.now() - 30_000).toISOString());
    expect((await c.get("/api/auth/me")).status).toBe(200);
  });

  it("a session idle for longer than the limit is refused and deleted", async () => {
    const c = new ApiClient(server.origin);
    await c.signUp(uniqueEmail("idle"));
    const id = sha256(sessionToken(c));
    await server.ctx.storage.sessions.touch(id, new Date(Date.now() - 61_000).toISOString());
    expect((await c.get("/api/auth/me")).status).toBe(401);
    expect(await server.ctx.storage.sessions.findById(id)).toBeNull();
  });

  it("an active session keeps sliding even though the idle limit is short", async () => {
    const c = new ApiClient(server.origin);
    await c.signUp(uniqueEmail("slide"));
    const id = sha256(sessionToken(c));
    await server.ctx.storage.sessions.touch(id, new Date(Date.now() - 50_000).toISOString());
    const before = Date.now();
    expect((await c.get("/api/auth/me")).status).toBe(200);
    expect(Date.parse((await server.ctx.storage.sessions.findById(id))!.lastSeenAt)).toBeGreaterThanOrEqual(before - 1000);
  });

});

describe("sign-in rate limit (AUTH_RATE_LIMIT=3)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { AUTH_RATE_LIMIT: "3" } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("the fourth attempt within a minute gets 429 rate_limited", async () => {
    const c = new ApiClient(server.origin);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await c.post("/api/auth/signin", { email: "nobody@example.org", password: "wrong password" })).status);
    }
    expect(statuses).toEqual([401, 401, 401]);
    const limited = await c.post("/api/auth/signin", { email: "nobody@example.org", password: "wrong password" });
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ error: { id: "rate_limited", message: expect.any(String) } });
    // The limit also covers sign-up from the same address.
    const signup = await c.post("/api/auth/signup", { email: uniqueEmail(), password: PASSWORD, displayName: "Late" });
    expect(signup.status).toBe(429);
  });
});
