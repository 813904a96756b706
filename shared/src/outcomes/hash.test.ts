import { describe, expect, it } from "vitest";
import { hashString, hashValue, stableStringify } from "./hash.ts";

describe("stableStringify / hashString", () => {
  it("ignores key order and undefined properties", () => {
    expect(stableStringify({ b: 1, a: [1, { d: 2, c: undefined }] })).toBe('{"a":[1,{"d":2}],"b":1}');
    expect(hashValue({ a: 1, b: 2 })).toBe(hashValue({ b: 2, a: 1 }));
  });

  it("gives 16 hex characters, deterministic, and differs for different input", () => {
    expect(hashString("")).toMatch(/^[0-9a-f]{16}$/);
    expect(hashString("jigsaw")).toBe(hashString("jigsaw"));
    expect(hashString("jigsaw")).not.toBe(hashString("jigsaW"));
  });
});
