import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../utils/apiClient.ts";
import { createPartnership, isCleanErrorBody, uniqueEmail } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

/** Same-origin proof for every state-changing request (CSRF defence). */
describe("same-origin proof", () => {
  let server: TestServer;
  let client: ApiClient;
  let partnershipId: string;
  beforeAll(async () => {
    server = await startTestServer();
    client = new ApiClient(server.origin);
    await client.signUp(uniqueEmail("origin"));
    partnershipId = (await createPartnership(client)).id;
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Send a request with the signed-in cookie and exactly these extra headers (no automatic Origin). */
  async function raw(method: string, path: string, headers: Record<string, string>, body: unknown = { name: "Renamed by attacker" }) {
    const res = await fetch(server.origin + path, {
      method,
      headers: { cookie: client.cookieHeader!, "content-type": "application/json", ...headers },
      body: method === "GET" ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
  }

  async function nameNow(): Promise<string> {
    return (await client.get(`/api/partnerships/${partnershipId}`)).body.data.name as string;
  }

  it("allows the exact public origin", async () => {
    const r = await raw("PATCH", `/api/partnerships/${partnershipId}`, { origin: server.origin }, { name: "Allowed rename" });
    expect(r.status).toBe(200);
    expect(await nameNow()).toBe("Allowed rename");
  });

  const port = () => new URL(server.origin).port;
  const refused: Array<[string, () => Record<string, string>]> = [
    ["no Origin and no Referer", () => ({})],
    ["Origin: null", () => ({ origin: "null" })],
    ["a foreign origin", () => ({ origin: "https://evil.example" })],
    ["a prefix look-alike origin", () => ({ origin: `http://127.0.0.1:${port()}.evil.com` })],
    ["a look-alike with userinfo", () => ({ origin: `http://127.0.0.1:${port()}@evil.com` })],
    ["the right host on another port", () => ({ origin: `http://127.0.0.1:${Number(port()) + 1}` })],
    ["the right host over https", () => ({ origin: `https://127.0.0.1:${port()}` })],
    ["localhost instead of 127.0.0.1", () => ({ origin: `http://localhost:${port()}` })],
    ["the origin with a trailing slash", () => ({ origin: `http://127.0.0.1:${port()}/` })],
    ["a foreign Referer and no Origin", () => ({ referer: "https://evil.example/page" })],
    ["a look-alike Referer and no Origin", () => ({ referer: `http://127.0.0.1:${port()}.evil.com/x` })],
  ];

  it.each(refused)("refuses %s with 403 origin_not_allowed and changes nothing", async (_label, headers) => {
    const before = await nameNow();
    const r = await raw("PATCH", `/api/partnerships/${partnershipId}`, headers());
    expect(r.status).toBe(403);
    expect(r.body).toEqual({ error: { id: "origin_not_allowed", message: expect.any(String) } });
    expect(await nameNow()).toBe(before);
  });

  it("refuses a POST without Origin on every kind of route, before parsing the body", async () => {
    const writes: Array<[string, string]> = [
      ["POST", "/api/auth/signup"],
      ["POST", "/api/auth/signin"],
      ["POST", "/api/auth/signout"],
      ["POST", "/api/auth/signout-all"],
      ["POST", "/api/partnerships"],
      ["POST", `/api/partnerships/${partnershipId}/invites`],
      ["POST", `/api/partnerships/${partnershipId}/plans`],
      ["DELETE", `/api/partnerships/${partnershipId}/members/someone-else`],
      ["PATCH", "/api/plans/some-plan-id"],
    ];
    for (const [method, path] of writes) {
      const r = await raw(method, path, {});
      expect({ method, path, status: r.status }).toEqual({ method, path, status: 403 });
      expect((r.body as { error: { id: string } }).error.id).toBe("origin_not_allowed");
      // A cross-origin request gets nothing but the refusal, even with a broken body.
      const broken = await fetch(server.origin + path, { method, headers: { origin: "https://evil.example", "content-type": "application/json" }, body: "{nope" });
      expect(broken.status).toBe(403);
    }
    // Still signed in: sign-out without an Origin did nothing.
    expect((await client.get("/api/auth/me")).status).toBe(200);
  });

  it("accepts a same-origin Referer when a browser omits Origin", async () => {
    const r = await raw("PATCH", `/api/partnerships/${partnershipId}`, { referer: `${server.origin}/partnerships/${partnershipId}` }, { name: "Via referer" });
    expect(r.status).toBe(200);
  });

  it("GET needs no Origin", async () => {
    const r = await raw("GET", `/api/partnerships/${partnershipId}`, {});
    expect(r.status).toBe(200);
  });

  it("refusals are clean error bodies", async () => {
    const r = await raw("POST", "/api/partnerships", { origin: "https://evil.example" });
    expect(isCleanErrorBody(r.body)).toBe(true);
  });
});

describe("extra allowed origins (ALLOWED_ORIGINS)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { ALLOWED_ORIGINS: "https://plans.example.org" } });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("accepts a listed origin exactly, and nothing that merely starts with it", async () => {
    const ok = new ApiClient(server.origin, "https://plans.example.org");
    await ok.signUp(uniqueEmail("listed"));
    const lookalike = new ApiClient(server.origin, "https://plans.example.org.evil.com");
    const r = await lookalike.post("/api/auth/signup", { email: uniqueEmail(), password: "correct horse battery staple", displayName: "X" });
    expect(r.status).toBe(403);
  });
});
