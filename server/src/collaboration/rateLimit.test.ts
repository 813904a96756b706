/** Unit tests of the token bucket. */
import { describe, expect, it } from "vitest";
import { TokenBucket } from "./rateLimit.ts";

describe("TokenBucket", () => {
  it("allows a burst, refuses beyond it, and refills over time", () => {
    let t = 0;
    const b = new TokenBucket(10, 20, () => t);
    for (let i = 0; i < 20; i++) expect(b.take()).toBe(true);
    expect(b.take()).toBe(false);
    t += 500; // 5 tokens
    for (let i = 0; i < 5; i++) expect(b.take()).toBe(true);
    expect(b.take()).toBe(false);
    t += 100_000;
    for (let i = 0; i < 20; i++) expect(b.take()).toBe(true);
    expect(b.take()).toBe(false);
  });
});
