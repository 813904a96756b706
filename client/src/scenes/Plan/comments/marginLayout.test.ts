import { describe, expect, it } from "vitest";
import { marginHeight, marginTops } from "./marginLayout.ts";

describe("marginTops", () => {
  it("puts each card level with its anchor when there is room", () => {
    expect(marginTops([{ height: 50, want: 10 }, { height: 50, want: 200 }], null)).toEqual([10, 200]);
  });

  it("stacks cards whose anchors are close, never overlapping", () => {
    const items = [{ height: 100, want: 0 }, { height: 50, want: 20 }, { height: 50, want: 30 }];
    expect(marginTops(items, null, 8)).toEqual([0, 108, 166]);
    expect(marginHeight(items, [0, 108, 166])).toBe(216);
  });

  it("keeps the active card level with its anchor and moves the ones before it up", () => {
    const items = [{ height: 100, want: 100 }, { height: 50, want: 120 }, { height: 50, want: 130 }];
    expect(marginTops(items, 1, 10)).toEqual([10, 120, 180]);
  });

  it("moves everything down when there is no room above the active card", () => {
    const items = [{ height: 100, want: 0 }, { height: 50, want: 20 }];
    expect(marginTops(items, 1, 10)).toEqual([0, 110]);
  });

  it("lets a card without an anchor follow the one before it", () => {
    expect(marginTops([{ height: 40, want: 300 }, { height: 40, want: null }], null, 5)).toEqual([300, 345]);
    expect(marginTops([{ height: 40, want: null }, { height: 40, want: 300 }], 1, 5)).toEqual([255, 300]);
  });

  it("clamps anchors above the margin to its top", () => {
    expect(marginTops([{ height: 40, want: -80 }], 0)).toEqual([0]);
  });
});
