/** Unit tests of the seq watermark. */
import { describe, expect, it } from "vitest";
import { SeqWatermark } from "./seqWatermark.ts";

describe("SeqWatermark", () => {
  it("advances over contiguous ranges and stops at a gap", () => {
    const w = new SeqWatermark(4);
    w.addRange(5, 6);
    expect(w.value).toBe(6);
    w.addRange(9, 9);
    expect(w.value).toBe(6);
    expect(w.hasGap).toBe(true);
    expect(w.has(9)).toBe(true);
    expect(w.has(8)).toBe(false);
    w.addRange(7, 8);
    expect(w.value).toBe(9);
    expect(w.hasGap).toBe(false);
  });

  it("raiseTo fills a gap and keeps later held seqs", () => {
    const w = new SeqWatermark(0);
    w.addRange(3, 3);
    w.addRange(6, 6);
    w.raiseTo(4);
    expect(w.value).toBe(4);
    expect(w.has(6)).toBe(true);
    w.raiseTo(5);
    expect(w.value).toBe(6);
    w.raiseTo(2);
    expect(w.value).toBe(6);
  });

  it("ignores seqs already held", () => {
    const w = new SeqWatermark(10);
    w.addRange(1, 10);
    expect(w.value).toBe(10);
    expect(w.hasGap).toBe(false);
  });
});
