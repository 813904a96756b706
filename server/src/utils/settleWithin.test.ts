import { describe, expect, it } from "vitest";
import { settleWithin } from "./settleWithin.ts";

describe("settleWithin", () => {
  it("gives the promise's value when it settles in time", async () => {
    expect(await settleWithin(Promise.resolve("PONG"), 1_000, "timeout")).toBe("PONG");
  });

  it("gives the fallback when the promise is still pending after the time", async () => {
    expect(await settleWithin(new Promise<string>(() => undefined), 10, "timeout")).toBe("timeout");
  });

  it("passes a rejection on", async () => {
    await expect(settleWithin(Promise.reject(new Error("refused")), 1_000, "timeout")).rejects.toThrow("refused");
  });
});
