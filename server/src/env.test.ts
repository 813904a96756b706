import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ConfigError, EnvSchema, loadConfig } from "./env.ts";

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("has working defaults for an empty environment", () => {
    const c = loadConfig({});
    expect(c.env).toBe("development");
    expect(c.port).toBe(3000);
    expect(c.publicUrl).toBe("http://localhost:3000");
    // the Vite dev origin only under `npm run dev` (issue 18: it was trusted whenever NODE_ENV was unset)
    expect(c.allowedOrigins).toEqual(["http://localhost:3000"]);
    expect(c.dataDir).toBe(path.resolve("./data"));
    expect(c.seedDemo).toBe(true);
    expect(c.secureCookies).toBe(false);
    expect(c.sessionIdleMs).toBe(7 * 24 * 60 * 60_000);
    expect(c.sessionAbsoluteMs).toBe(30 * 86_400_000);
    expect(c.authRateLimit).toBe(20);
    expect(c.mongodbUri).toBeNull();
    expect(c.redisUrl).toBeNull();
  });

  it("parses every supplied variable", () => {
    const c = loadConfig({
      NODE_ENV: "production",
      PORT: "8080",
      HOST: "127.0.0.1",
      PUBLIC_URL: "https://plans.example.org/",
      ALLOWED_ORIGINS: "https://a.example.org, https://b.example.org",
      DATA_DIR: "/var/lib/jigsaw",
      SEED_DEMO: "no",
      SESSION_IDLE_MINUTES: "30",
      SESSION_ABSOLUTE_DAYS: "2",
      TRUST_PROXY: "1",
      AUTH_RATE_LIMIT: "5",
      MONGODB_URI: "mongodb://db/jigsaw",
      REDIS_URL: "redis://cache",
    });
    expect(c).toMatchObject({
      env: "production",
      port: 8080,
      host: "127.0.0.1",
      publicUrl: "https://plans.example.org",
      dataDir: "/var/lib/jigsaw",
      seedDemo: false,
      sessionIdleMs: 30 * 60_000,
      sessionAbsoluteMs: 2 * 86_400_000,
      trustProxy: true,
      authRateLimit: 5,
      secureCookies: true,
      mongodbUri: "mongodb://db/jigsaw",
      redisUrl: "redis://cache",
    });
    // Production has no dev-server origin; origins are exact.
    expect(c.allowedOrigins).toEqual(["https://plans.example.org", "https://a.example.org", "https://b.example.org"]);
  });

  it("trusts the Vite dev origin only when `npm run dev` names it, never in production", () => {
    const dev = JSON.parse(fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../package.json"), "utf8")).scripts.dev as string;
    const named = /DEV_CLIENT_ORIGIN=(\S+)/.exec(dev)?.[1];
    expect(named).toBe("http://localhost:5173");
    expect(loadConfig({ DEV_CLIENT_ORIGIN: named }).allowedOrigins).toEqual(["http://localhost:3000", "http://localhost:5173"]);
    expect(loadConfig({ NODE_ENV: "test" }).allowedOrigins).toEqual(["http://localhost:3000"]);
    expect(configError({ NODE_ENV: "production", DEV_CLIENT_ORIGIN: "http://localhost:5173" }).message).toContain("DEV_CLIENT_ORIGIN");
  });

  it("seeds the demo only on the embedded store outside production, unless SEED_DEMO says otherwise", () => {
    expect(loadConfig({}).seedDemo).toBe(true); // `npm install && npm start` on a dev machine
    expect(loadConfig({ NODE_ENV: "production" }).seedDemo).toBe(false);
    expect(loadConfig({ MONGODB_URI: "mongodb://db/jigsaw" }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: "production", SEED_DEMO: "true" }).seedDemo).toBe(true);
    expect(loadConfig({ MONGODB_URI: "mongodb://db/jigsaw", SEED_DEMO: "true" }).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: "false" }).seedDemo).toBe(false);
  });

  it("treats empty optional URLs as unset", () => {
    expect(loadConfig({ MONGODB_URI: "", REDIS_URL: "" })).toMatchObject({ mongodbUri: null, redisUrl: null });
  });

  const bad: Array<[string, Record<string, string>]> = [
    ["PORT", { PORT: "eighty" }],
    ["PORT", { PORT: "70000" }],
    ["NODE_ENV", { NODE_ENV: "staging" }],
    ["PUBLIC_URL", { PUBLIC_URL: "not a url" }],
    ["SEED_DEMO", { SEED_DEMO: "maybe" }],
    ["LOG_LEVEL", { LOG_LEVEL: "loud" }],
    ["SESSION_IDLE_MINUTES", { SESSION_IDLE_MINUTES: "0" }],
    ["SESSION_ABSOLUTE_DAYS", { SESSION_ABSOLUTE_DAYS: "1.5" }],
    ["TRUST_PROXY", { TRUST_PROXY: "sometimes" }],
    ["AUTH_RATE_LIMIT", { AUTH_RATE_LIMIT: "-1" }],
    ["ALLOWED_ORIGINS", { ALLOWED_ORIGINS: "https://ok.example.org,https://bad.example.org/path" }],
    ["ALLOWED_ORIGINS", { ALLOWED_ORIGINS: "nonsense" }],
  ];
  it.each(bad)("a bad %s throws a ConfigError naming it", (name, env) => {
    const err = configError(env);
    expect(err.message).toContain(name);
  });

  it("names every bad variable at once", () => {
    const err = configError({ PORT: "x", LOG_LEVEL: "loud" });
    expect(err.message).toContain("PORT");
    expect(err.message).toContain("LOG_LEVEL");
  });
});

describe("README's configuration table", () => {
  it("has a row for every environment variable Jigsaw reads, and none for a variable it does not", () => {
    const readme = fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../README.md"), "utf8");
    const rows = [...readme.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]);
    expect(rows.sort()).toEqual(Object.keys(EnvSchema.shape).sort());
  });
});
