import { describe, expect, it } from "vitest";
import { CommandLimiter } from "./commandLimiter.ts";

describe("CommandLimiter", () => {
  it("allows a burst up to capacity, then refuses until tokens refill", () => {
    let now = 1_000;
    const limiter = new CommandLimiter(3, 2, () => now);
    expect([limiter.take(), limiter.take(), limiter.take(), limiter.take()]).toEqual([true, true, true, false]);
    now += 500; // one token back at 2/s
    expect(limiter.take()).toBe(true);
    expect(limiter.take()).toBe(false);
  });

  it("never holds more than its capacity", () => {
    let now = 0;
    const limiter = new CommandLimiter(2, 10, () => now);
    now += 60_000;
    expect([limiter.take(), limiter.take(), limiter.take()]).toEqual([true, true, false]);
  });
});
