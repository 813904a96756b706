import { describe, expect, it } from "vitest";
import mongoose from "mongoose";
import { toBuffer, toBytes } from "./bytes.ts";

describe("binary conversions", () => {
  it("reads a Buffer, a BSON Binary and a Uint8Array view back as an independent Uint8Array of exactly its bytes", () => {
    const whole = Uint8Array.of(9, 1, 2, 3, 9);
    const view = whole.subarray(1, 4);
    for (const stored of [Buffer.from([1, 2, 3]), new mongoose.mongo.Binary(Buffer.from([1, 2, 3])), view]) {
      const out = toBytes(stored);
      expect(out.constructor).toBe(Uint8Array);
      expect(Array.from(out)).toEqual([1, 2, 3]);
    }
    const out = toBytes(view);
    out[0] = 42;
    expect(whole[1]).toBe(1);
  });

  it("writes only the view's bytes, copied", () => {
    const whole = Uint8Array.of(9, 1, 2, 3, 9);
    const buf = toBuffer(whole.subarray(1, 4));
    expect(Array.from(buf)).toEqual([1, 2, 3]);
    whole[1] = 7;
    expect(buf[0]).toBe(1);
  });

  it("refuses anything else", () => {
    expect(() => toBytes("AQID")).toThrow(TypeError);
    expect(() => toBytes(null)).toThrow(TypeError);
  });
});
