import { describe, expect, it } from "vitest";
import { shiftOffset } from "./shiftOffset.ts";

describe("shiftOffset", () => {
  it("moves a caret past text inserted before it, not past text inserted at it or after it", () => {
    expect(shiftOffset(5, [{ insert: "New " }])).toBe(9);
    expect(shiftOffset(5, [{ retain: 2 }, { insert: "xx" }])).toBe(7);
    expect(shiftOffset(5, [{ retain: 5 }, { insert: "xx" }])).toBe(5);
    expect(shiftOffset(5, [{ retain: 7 }, { insert: "xx" }])).toBe(5);
  });

  it("pulls a caret back over deleted text before it, and into a deletion around it", () => {
    expect(shiftOffset(5, [{ delete: 2 }])).toBe(3);
    expect(shiftOffset(5, [{ retain: 3 }, { delete: 4 }])).toBe(3);
    expect(shiftOffset(5, [{ retain: 5 }, { delete: 4 }])).toBe(5);
    expect(shiftOffset(5, [{ retain: 1 }, { delete: 1 }, { retain: 1 }, { insert: "abc" }])).toBe(7);
  });
});
