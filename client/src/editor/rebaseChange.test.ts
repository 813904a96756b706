import { describe, expect, it } from "vitest";
import { textChange } from "@jigsaw/shared/plan/index";
import { changeDelta, mapRange, rebaseCaret, rebaseChange } from "./rebaseChange.ts";
import type { TextDeltaOp } from "./shiftOffset.ts";

/** Apply a Y.Text delta to a string. */
function applyDelta(text: string, delta: readonly TextDeltaOp[]): string {
  let out = "";
  let pos = 0;
  for (const op of delta) {
    if (op.retain !== undefined) {
      out += text.slice(pos, pos + op.retain);
      pos += op.retain;
    } else if (op.insert !== undefined) out += String(op.insert);
    else if (op.delete !== undefined) pos += op.delete;
  }
  return out + text.slice(pos);
}

/** Compose `local` (typed on `base`) with `deltas` (others' changes to `base`): the merged text and the caret. */
function merge(base: string, local: string, caret: number, deltas: TextDeltaOp[][]) {
  const change = textChange(base, local, caret)!;
  const r = rebaseChange(change, deltas);
  let text = deltas.reduce(applyDelta, base);
  for (const [a, b] of [...r.removals].reverse()) text = text.slice(0, a) + text.slice(b);
  text = text.slice(0, r.index) + r.insert + text.slice(r.index);
  return { text, caret: rebaseCaret(caret, change, deltas, r) };
}

describe("rebaseChange", () => {
  it("maps a range through a delta, leaving out text inserted inside it and text deleted from it", () => {
    expect(mapRange(2, 5, [{ insert: "ab" }])).toEqual([[4, 7]]);
    expect(mapRange(2, 5, [{ retain: 3 }, { insert: "xy" }])).toEqual([[2, 3], [5, 7]]);
    expect(mapRange(2, 5, [{ retain: 3 }, { delete: 1 }])).toEqual([[2, 4]]);
    expect(mapRange(2, 5, [{ delete: 10 }])).toEqual([]);
    expect(mapRange(2, 5, [{ retain: 5 }, { insert: "z" }])).toEqual([[2, 5]]);
  });

  it("puts committed text where it was composed, onto what others typed meanwhile, the caret after it", () => {
    // "Warm| homes": 暖かい composed after "Warm" while someone types "Cosy, " at the start and " for tenants" at the end.
    const r = merge("Warm homes", "Warm暖かい homes", 7, [[{ insert: "Cosy, " }], [{ retain: 16 }, { insert: " for tenants" }]]);
    expect(r).toEqual({ text: "Cosy, Warm暖かい homes for tenants", caret: "Cosy, Warm暖かい".length });
  });

  it("goes before text others inserted at the same place, and moves back over text they deleted before it", () => {
    const r = merge("Homes", "Homes学校", 7, [[{ retain: 5 }, { insert: " 24/7" }], [{ retain: 4 }, { delete: 1 }]]);
    expect(r).toEqual({ text: "Home学校 24/7", caret: 6 });
  });

  it("replacing a selection removes only what was selected: what others typed inside it stays", () => {
    // "a [bcd] e": bcd replaced by 日, while someone types X between c and d.
    const r = merge("abcde", "a日e", 2, [[{ retain: 3 }, { insert: "X" }]]);
    expect(r).toEqual({ text: "a日Xe", caret: 2 });
  });

  it("keeps a caret before the change before it, and one after it after it", () => {
    const change = textChange("abc", "abXc", 3)!;
    const deltas: TextDeltaOp[][] = [[{ insert: "12" }]];
    const r = rebaseChange(change, deltas);
    expect(rebaseCaret(1, change, deltas, r)).toBe(3);
    expect(rebaseCaret(4, change, deltas, r)).toBe(6);
  });

  it("turns a change into a delta (for a text replaced wholesale, told by its difference)", () => {
    expect(changeDelta(textChange("Warm homes", "Cosy, Warm homes")!)).toEqual([{ insert: "Cosy, " }]);
    expect(changeDelta(textChange("abcd", "aXd")!)).toEqual([{ retain: 1 }, { delete: 2 }, { insert: "X" }]);
    expect(applyDelta("abcd", changeDelta(textChange("abcd", "aXd")!))).toBe("aXd");
  });
});
