import { describe, expect, it } from "vitest";
import { safeNext } from "./safeNext.ts";

describe("safeNext", () => {
  it("keeps a local path", () => {
    expect(safeNext("/invite/abc")).toBe("/invite/abc");
  });
  it("refuses other sites and protocol-relative paths", () => {
    expect(safeNext("https://evil.example")).toBe("/partnerships");
    expect(safeNext("//evil.example")).toBe("/partnerships");
    expect(safeNext("/\\evil.example")).toBe("/partnerships");
  });
  it("falls back when missing", () => {
    expect(safeNext(null, "/x")).toBe("/x");
  });
});
