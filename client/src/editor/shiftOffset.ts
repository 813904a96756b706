/** One op of a Y.Text change (`event.delta`). */
export type TextDeltaOp = { retain?: number; insert?: unknown; delete?: number };

/**
 * Where offset `at` of the text before a change lands after it. Insertions
 * exactly at `at` stay after it (the caret keeps its side: someone typing at
 * the caret's place does not push the caret ahead of their words), deletions
 * before it pull it back, a deletion around it puts it where the deletion was.
 */
export function shiftOffset(at: number, delta: readonly TextDeltaOp[]): number {
  let pos = 0; // position in the old text
  let shift = 0;
  for (const op of delta) {
    if (pos > at) break;
    if (op.retain !== undefined) pos += op.retain;
    else if (op.insert !== undefined) {
      const len = typeof op.insert === "string" ? op.insert.length : 1;
      if (pos < at) shift += len;
    } else if (op.delete !== undefined) {
      if (pos < at) shift -= Math.min(op.delete, at - pos);
      pos += op.delete;
    }
  }
  return Math.max(0, at + shift);
}
