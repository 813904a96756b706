import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiClient } from "../utils/apiClient.ts";
import { startTestIdp, type TestIdp } from "../utils/oidcProvider.ts";
import { startTestServer, freePort, type TestServer } from "../utils/testServer.ts";

/** Cookies per origin, enough to walk a redirect chain across two sites. */
class Jar {
  private readonly jars = new Map<string, Map<string, string>>();
  header(url: URL): string {
    return [...(this.jars.get(url.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  take(url: URL, res: Response): void {
    const jar = this.jars.get(url.host) ?? new Map<string, string>();
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      const name = pair!.slice(0, i).trim();
      const value = pair!.slice(i + 1).trim();
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(c) || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    this.jars.set(url.host, jar);
  }
  get(host: string, name: string): string | undefined {
    return this.jars.get(host)?.get(name);
  }
}

/**
 * Single sign-on against a real OpenID Provider (`oidc-provider`) started in
 * this process: sign in through the authorization code flow with PKCE, link a
 * first sign-in to an existing account by email, refuse a domain the provider
 * may not sign in, refuse a tampered or missing state, and sign out.
 */
describe("single sign-on (OpenID Connect)", () => {
  let server: TestServer;
  let idp: TestIdp;
  let issuer = "";

  beforeAll(async () => {
    const jigsawPort = await freePort();
    idp = await startTestIdp(jigsawPort);
    issuer = idp.issuer;
    server = await startTestServer({ port: jigsawPort, env: { OIDC_PROVIDERS: idp.envValue } });
  });
  afterAll(async () => {
    await server?.close();
    await idp?.close();
  });

  /** Follow the browser's way: Jigsaw start → provider login (as `email`) → consent → Jigsaw callback. Returns the final redirect. */
  async function signInAs(email: string, jar = new Jar(), tamper?: (url: URL) => URL): Promise<{ jar: Jar; location: string }> {
    let url = new URL(`${server.origin}/api/auth/oidc/test-idp/start?next=/partnerships`);
    for (let hop = 0; hop < 20; hop++) {
      let res = await fetch(url, { redirect: "manual", headers: { cookie: jar.header(url) } });
      jar.take(url, res);
      if (res.status === 200 && url.pathname.startsWith("/interaction/")) {
        const html = await res.text();
        const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? (html.includes('name="login"') ? "login" : "consent");
        const body = new URLSearchParams(prompt === "login" ? { prompt, login: email, password: "x" } : { prompt });
        res = await fetch(url, { method: "POST", redirect: "manual", body, headers: { cookie: jar.header(url), "content-type": "application/x-www-form-urlencoded" } });
        jar.take(url, res);
      }
      const location = res.headers.get("location");
      if (!location) throw new Error(`stuck at ${url.href}: ${res.status}`);
      let next = new URL(location, url);
      if (next.origin === server.origin && next.pathname.endsWith("/callback") && tamper) next = tamper(next);
      if (next.origin === server.origin && !next.pathname.startsWith("/api/")) return { jar, location: next.pathname + next.search };
      url = next;
    }
    throw new Error("too many redirects");
  }

  function clientWith(jar: Jar): ApiClient {
    const c = new ApiClient(server.origin);
    const token = jar.get(new URL(server.origin).host, "jigsaw_session");
    if (token) (c as unknown as { cookie: string }).cookie = `jigsaw_session=${token}`;
    return c;
  }

  it("lists the configured providers for the sign-in page", async () => {
    const r = await new ApiClient(server.origin).get("/api/auth/oidc/providers");
    expect(r.body.data).toEqual([{ id: "test-idp", name: "Riverside NHS", startUrl: "/api/auth/oidc/test-idp/start" }]);
    expect(JSON.stringify(r.body)).not.toContain("secret");
  });

  it("signs a new person in through the provider with PKCE, returning to where they were going", async () => {
    const start = await fetch(`${server.origin}/api/auth/oidc/test-idp/start`, { redirect: "manual" });
    const auth = new URL(start.headers.get("location")!);
    expect(auth.origin).toBe(issuer);
    expect(auth.searchParams.get("code_challenge_method")).toBe("S256");
    expect(auth.searchParams.get("code_challenge")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(auth.searchParams.get("state")).toBeTruthy();
    expect(auth.searchParams.get("nonce")).toBeTruthy();

    const { jar, location } = await signInAs("nina@nhs.example");
    expect(location).toBe("/partnerships");
    const me = await clientWith(jar).get("/api/auth/me");
    expect(me.status).toBe(200);
    expect(me.body.data).toMatchObject({ email: "nina@nhs.example", displayName: "Person nina", emailVerified: true });
  });

  it("a first sign-in links to the existing account with that email (e.g. invited earlier)", async () => {
    const existing = await new ApiClient(server.origin).signUp("omar@nhs.example", "Omar Existing");
    const { jar } = await signInAs("omar@nhs.example");
    const me = await clientWith(jar).get("/api/auth/me");
    expect(me.body.data).toMatchObject({ id: existing.id, displayName: "Omar Existing" });
  });

  it("refuses an email domain the provider may not sign in", async () => {
    const { jar, location } = await signInAs("mallory@gmail.example");
    expect(location).toBe("/signin?sso=domain");
    expect(jar.get(new URL(server.origin).host, "jigsaw_session")).toBeUndefined();
    expect(await server.ctx.storage.users.findByEmail("mallory@gmail.example")).toBeNull();
  });

  it("refuses a tampered state, and a callback without the sign-in cookie", async () => {
    const tampered = await signInAs("tess@nhs.example", new Jar(), (u) => {
      u.searchParams.set("state", "forged-state-value");
      return u;
    });
    expect(tampered.location).toBe("/signin?sso=failed");
    expect(tampered.jar.get(new URL(server.origin).host, "jigsaw_session")).toBeUndefined();

    const bare = await fetch(`${server.origin}/api/auth/oidc/test-idp/callback?code=abc&state=def`, { redirect: "manual" });
    expect(bare.status).toBe(302);
    expect(bare.headers.get("location")).toBe("/signin?sso=expired");
  });

  it("an SSO session signs out like any other", async () => {
    const { jar } = await signInAs("sol@nhs.example");
    const c = clientWith(jar);
    expect((await c.get("/api/auth/me")).status).toBe(200);
    expect((await c.post("/api/auth/signout", {})).status).toBe(204);
    expect((await clientWith(jar).get("/api/auth/me")).status).toBe(401);
  });
});
