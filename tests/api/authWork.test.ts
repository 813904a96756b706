import type * as Argon2 from "@node-rs/argon2";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ApiClient } from "../utils/apiClient.ts";
import { uniqueEmail } from "../utils/apiFixtures.ts";
import { startTestServer, type TestServer } from "../utils/testServer.ts";

/**
 * Counts argon2 operations per request: a deterministic stand-in for "takes the
 * same time", so account existence does not leak through response timing.
 */
const work = vi.hoisted(() => ({ hash: 0, verify: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof Argon2>();
  return {
    ...real,
    hash: (...args: Parameters<typeof real.hash>) => {
      work.hash++;
      return real.hash(...args);
    },
    verify: (...args: Parameters<typeof real.verify>) => {
      work.verify++;
      return real.verify(...args);
    },
  };
});

const PASSWORD = "correct horse battery staple";

describe("password work does not depend on whether an account exists", () => {
  let server: TestServer;
  const known = uniqueEmail("known");
  beforeAll(async () => {
    server = await startTestServer();
    await new ApiClient(server.origin).signUp(known);
    // Warm the timing-equaliser hash so it does not count against the first unknown-email sign-in.
    await new ApiClient(server.origin).post("/api/auth/signin", { email: uniqueEmail("warm"), password: "x" });
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => {
    work.hash = 0;
    work.verify = 0;
  });

  async function cost(fn: () => Promise<unknown>): Promise<{ hash: number; verify: number }> {
    work.hash = 0;
    work.verify = 0;
    await fn();
    return { ...work };
  }

  it("sign-up with a new email and with a registered email cost the same", async () => {
    const fresh = await cost(() => new ApiClient(server.origin).post("/api/auth/signup", { email: uniqueEmail("new"), password: PASSWORD, displayName: "New" }));
    const dup = await cost(() => new ApiClient(server.origin).post("/api/auth/signup", { email: known, password: PASSWORD, displayName: "Dup" }));
    expect(fresh).toEqual({ hash: 1, verify: 0 });
    expect(dup).toEqual(fresh);
  });

  it("sign-in with a wrong password and with an unknown email cost the same", async () => {
    const wrong = await cost(() => new ApiClient(server.origin).post("/api/auth/signin", { email: known, password: "wrong password here" }));
    const unknown = await cost(() => new ApiClient(server.origin).post("/api/auth/signin", { email: uniqueEmail("nobody"), password: "wrong password here" }));
    expect(wrong).toEqual({ hash: 0, verify: 1 });
    expect(unknown).toEqual(wrong);
  });
});
