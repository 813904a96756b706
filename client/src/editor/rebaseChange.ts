import type { TextChange } from "@jigsaw/shared/plan/index";
import { shiftOffset, type TextDeltaOp } from "./shiftOffset.ts";

/** A change made to an older text, moved onto the text as it is now: delete `removals` (back to front), insert `insert` at `index`. */
export interface RebasedChange {
  index: number;
  /** Ranges `[from, to)` of the current text that were the removed part of the old text (text others added inside it is not in them). */
  removals: Array<[number, number]>;
  insert: string;
}

/** A change as a Y.Text delta. */
export function changeDelta(change: TextChange): TextDeltaOp[] {
  const delta: TextDeltaOp[] = [];
  if (change.index > 0) delta.push({ retain: change.index });
  if (change.remove > 0) delta.push({ delete: change.remove });
  if (change.insert) delta.push({ insert: change.insert });
  return delta;
}

/** Where the range `[from, to)` of the text before `delta` is after it: the parts of it that survive, text inserted inside it left out. */
export function mapRange(from: number, to: number, delta: readonly TextDeltaOp[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const keep = (a: number, b: number) => {
    const last = out[out.length - 1];
    if (b <= a) return;
    if (last && last[1] === a) last[1] = b;
    else out.push([a, b]);
  };
  let pos = 0; // in the old text
  let now = 0; // in the new text
  for (const op of delta) {
    if (op.retain !== undefined) {
      keep(now + Math.max(from, pos) - pos, now + Math.min(to, pos + op.retain) - pos);
      pos += op.retain;
      now += op.retain;
    } else if (op.insert !== undefined) {
      now += typeof op.insert === "string" ? op.insert.length : 1;
    } else if (op.delete !== undefined) {
      pos += op.delete;
    }
  }
  // What follows the last op is retained.
  keep(now + Math.max(from, pos) - pos, now + to - pos);
  return out;
}

/**
 * `change`, made to a text, moved through `deltas` (changes others made to that
 * text meanwhile, in order): what it removed is removed where it now is (and only
 * that: what others inserted inside it stays), what it inserted goes where it was
 * typed (before text others inserted at the very same place).
 */
export function rebaseChange(change: TextChange, deltas: readonly (readonly TextDeltaOp[])[]): RebasedChange {
  let index = change.index;
  let removals: Array<[number, number]> = change.remove > 0 ? [[change.index, change.index + change.remove]] : [];
  for (const delta of deltas) {
    index = shiftOffset(index, delta);
    removals = removals.flatMap(([a, b]) => mapRange(a, b, delta));
  }
  return { index, removals, insert: change.insert };
}

/**
 * Where a caret at `caret` in the text after `change` (the composer's own view)
 * is once the change is rebased through `deltas` and applied on top of them.
 */
export function rebaseCaret(caret: number, change: TextChange, deltas: readonly (readonly TextDeltaOp[])[], rebased: RebasedChange): number {
  const shift = (at: number) => deltas.reduce((p, d) => shiftOffset(p, d), at);
  if (caret <= change.index) return Math.min(shift(caret), rebased.index);
  const end = change.index + change.insert.length;
  if (caret <= end) return rebased.index + (caret - change.index);
  const removed = rebased.removals.reduce((n, [a, b]) => n + b - a, 0);
  return shift(caret - change.insert.length + change.remove) - removed + change.insert.length;
}
