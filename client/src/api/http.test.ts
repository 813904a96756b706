import { afterEach, describe, expect, it, vi } from "vitest";
import { PresentedUserSchema } from "@jigsaw/shared/domain/user";
import { ApiError, UnexpectedResponseError } from "./ApiError.ts";
import { request, send } from "./http.ts";
import { data } from "./types.ts";

const user = { id: "u1", email: "a@example.org", displayName: "Ann", createdAt: "2026-01-01T00:00:00.000Z", emailVerified: true, twoFactorEnabled: false };

function answer(status: number, body: unknown): void {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status })));
}

afterEach(() => vi.unstubAllGlobals());

describe("request", () => {
  it("resolves to the body parsed by the response schema, keeping fields the schema does not name", async () => {
    answer(200, { data: { ...user, extra: 1 } });
    const got = await request("GET", "/auth/me", data(PresentedUserSchema));
    expect(got.data).toEqual({ ...user, extra: 1 });
  });

  it("rejects a body that does not match with an UnexpectedResponseError (an ApiError 'unexpected_response')", async () => {
    answer(200, { data: { ...user, emailVerified: "yes" } });
    const err = await request("GET", "/auth/me", data(PresentedUserSchema)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnexpectedResponseError);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as UnexpectedResponseError).id).toBe("unexpected_response");
    expect((err as UnexpectedResponseError).path).toBe("/auth/me");
    expect((err as UnexpectedResponseError).issues[0]?.path).toEqual(["data", "emailVerified"]);
  });

  it("still turns the server's error envelope into its ApiError", async () => {
    answer(403, { error: { id: "forbidden", message: "You cannot do that" } });
    const err = await request("GET", "/auth/me", data(PresentedUserSchema)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).not.toBeInstanceOf(UnexpectedResponseError);
    expect((err as ApiError).id).toBe("forbidden");
  });
});

describe("send", () => {
  it("resolves on 204 and on a body it does not read", async () => {
    answer(204, undefined);
    await expect(send("POST", "/auth/signout", { body: {} })).resolves.toBeUndefined();
    answer(200, { data: { anything: true } });
    await expect(send("POST", "/plans/p1/visit", { body: {}, keepalive: true })).resolves.toBeUndefined();
    expect(vi.mocked(fetch).mock.calls[0]![1]).toMatchObject({ method: "POST", keepalive: true, credentials: "same-origin" });
  });
});
