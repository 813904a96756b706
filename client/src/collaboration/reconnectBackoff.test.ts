import { describe, expect, it } from "vitest";
import { reconnectDelayMs, SYNC_BACKOFF } from "./reconnectBackoff.ts";

describe("reconnectDelayMs", () => {
  it("doubles per attempt between half and all of the cap", () => {
    expect(reconnectDelayMs(0, SYNC_BACKOFF, () => 0)).toBe(250);
    expect(reconnectDelayMs(0, SYNC_BACKOFF, () => 1)).toBe(500);
    expect(reconnectDelayMs(3, SYNC_BACKOFF, () => 0)).toBe(2000);
    expect(reconnectDelayMs(3, SYNC_BACKOFF, () => 1)).toBe(4000);
  });

  it("is capped at maxMs however many attempts failed", () => {
    expect(reconnectDelayMs(50, SYNC_BACKOFF, () => 1)).toBe(30_000);
    expect(reconnectDelayMs(1000, SYNC_BACKOFF, () => 0)).toBe(15_000);
  });

  it("spreads clients out (jitter)", () => {
    const delays = new Set(Array.from({ length: 20 }, (_, i) => reconnectDelayMs(4, SYNC_BACKOFF, () => i / 20)));
    expect(delays.size).toBe(20);
  });
});
