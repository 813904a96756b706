import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../utils/apiClient.ts";
import { createPartnership, createPlan, isCleanErrorBody, signedUpClient } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

describe("health, readiness, headers and error bodies", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("GET /healthz is 200 ok", async () => {
    const res = await fetch(`${server.origin}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("GET /readyz reports the store", async () => {
    const res = await fetch(`${server.origin}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready", checks: expect.objectContaining({ store: true }) });
  });

  it.each(["/healthz", "/api/auth/me", "/api/no-such-route", "/"])("security headers on %s", async (path) => {
    const res = await fetch(server.origin + path);
    const csp = res.headers.get("content-security-policy");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-powered-by")).toBeNull();
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    // Plain http: no HSTS (it would pin localhost to https).
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });

  it("the CSP lets the page open websockets to its own origin only", async () => {
    const csp = (await fetch(`${server.origin}/healthz`)).headers.get("content-security-policy")!;
    const connect = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("connect-src"))!;
    expect(connect.split(/\s+/).slice(1).sort()).toEqual(["'self'", server.origin.replace(/^http/, "ws")].sort());
  });

  it("API responses are not cached", async () => {
    const res = await fetch(`${server.origin}/api/auth/me`);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("unknown API routes are a clean 404", async () => {
    const c = new ApiClient(server.origin);
    const r = await c.get("/api/does/not/exist");
    expect(r.status).toBe(404);
    expect(r.body.error.id).toBe("not_found");
    expect(isCleanErrorBody(r.body)).toBe(true);
  });

  it("error bodies of every kind are {error:{id,message}} with no stack trace", async () => {
    const { client } = await signedUpClient(server, "errors");
    const p = await createPartnership(client);
    const bodies: unknown[] = [];
    bodies.push((await client.request("POST", "/api/partnerships", "{bad json")).body); // 400 invalid_json
    bodies.push((await client.post("/api/partnerships", { nope: 1 })).body); // 400 validation
    bodies.push((await new ApiClient(server.origin).get("/api/auth/me")).body); // 401
    bodies.push((await new ApiClient(server.origin, "https://evil.example").post("/api/auth/signout")).body); // 403 origin
    bodies.push((await client.get("/api/partnerships/unknown-partnership-id")).body); // 404
    bodies.push((await client.get("/api/partnerships/!!")).body); // 404 malformed id
    bodies.push((await client.delete(`/api/partnerships/${p.id}/members/${(await client.get("/api/auth/me")).body.data.id}`)).body); // 409
    bodies.push((await client.request("POST", "/api/partnerships", JSON.stringify({ name: "x".repeat(300 * 1024) }))).body); // 413
    for (const b of bodies) {
      expect(isCleanErrorBody(b), JSON.stringify(b).slice(0, 200)).toBe(true);
    }
    const ids = bodies.map((b) => (b as { error: { id: string } }).error.id);
    expect(ids).toEqual([
      "invalid_json",
      "validation_error",
      "authentication_required",
      "origin_not_allowed",
      "not_found",
      "not_found",
      "last_facilitator",
      "payload_too_large",
    ]);
  });
});

describe("requests Express itself cannot read are 4xx, never 500", () => {
  let server: TestServer;
  let client: ApiClient;
  beforeAll(async () => {
    server = await startTestServer();
    client = (await signedUpClient(server, "mangled")).client;
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(["/api/plans/%ZZ", "/api/partnerships/%E0%A4%A", "/api/invites/%", "/api/partnerships/%ZZ/members"])(
    "a malformed %%-escape in %s → 400",
    async (path) => {
      const r = await client.get(path);
      expect(r.status).toBe(400);
      expect(r.body.error.id).toBe("validation_error");
      expect(isCleanErrorBody(r.body)).toBe(true);
    },
  );

  it("a body claiming gzip that is not gzip → 400", async () => {
    const r = await client.request("POST", "/api/partnerships", '{"name":"x"}', { "content-encoding": "gzip" });
    expect(r.status).toBe(400);
    expect(isCleanErrorBody(r.body)).toBe(true);
  });

  it("an unsupported charset or encoding → 415", async () => {
    const charset = await client.request("POST", "/api/partnerships", '{"name":"x"}', { "content-type": "application/json; charset=klingon" });
    expect(charset.status).toBe(415);
    const encoding = await client.request("POST", "/api/partnerships", '{"name":"x"}', { "content-encoding": "compress-9000" });
    expect(encoding.status).toBe(415);
  });
});

describe("when the store fails", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("a 500 says nothing about the internals and /readyz turns 503", async () => {
    const { client } = await signedUpClient(server, "broken");
    const p = await createPartnership(client);
    await createPlan(client, p.id);
    await server.ctx.storage.close(); // pull the store out from under the server
    const r = await client.get(`/api/partnerships/${p.id}/plans`);
    expect(r.status).toBe(500);
    expect(r.body).toEqual({ error: { id: "internal_error", message: expect.any(String) } });
    expect(isCleanErrorBody(r.body)).toBe(true);
    expect(JSON.stringify(r.body)).not.toMatch(/sqlite|database|connection/i);
    const ready = await fetch(`${server.origin}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: "not_ready", checks: expect.objectContaining({ store: false }) });
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);
  });
});
