import { diffWords } from "diff";

/** One run of a word diff. */
export interface TextChange {
  op: "equal" | "insert" | "delete";
  text: string;
}

/** Above this many edit steps the diff gives up and reports a whole replacement (keeps diffs of huge rewrites cheap). */
const MAX_EDIT_LENGTH = 5_000;

/**
 * Word-level diff of two texts (jsdiff `diffWords`): runs of unchanged,
 * inserted and deleted text that concatenate back to `before` (equal + delete)
 * and `after` (equal + insert). Identical texts give one equal run (or none
 * when both are empty).
 */
export function wordDiff(before: string, after: string): TextChange[] {
  if (before === after) return before ? [{ op: "equal", text: before }] : [];
  const parts = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!parts) {
    const out: TextChange[] = [];
    if (before) out.push({ op: "delete", text: before });
    if (after) out.push({ op: "insert", text: after });
    return out;
  }
  const out: TextChange[] = [];
  for (const p of parts) {
    const op: TextChange["op"] = p.added ? "insert" : p.removed ? "delete" : "equal";
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += p.value;
    else out.push({ op, text: p.value });
  }
  return out;
}

/** True when a diff has any insertion or deletion. */
export function hasChanges(changes: readonly TextChange[]): boolean {
  return changes.some((c) => c.op !== "equal");
}

/** Words inserted and deleted (for summaries). */
export function changeCounts(changes: readonly TextChange[]): { inserted: number; deleted: number } {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  let inserted = 0;
  let deleted = 0;
  for (const c of changes) {
    if (c.op === "insert") inserted += words(c.text);
    else if (c.op === "delete") deleted += words(c.text);
  }
  return { inserted, deleted };
}
