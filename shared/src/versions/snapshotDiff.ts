import { pmText } from "../plan/bodyText.ts";
import { stableStringify } from "../outcomes/hash.ts";
import type { PlanSnapshot, SectionSnapshot } from "../plan/schema.ts";
import { hasChanges, wordDiff, type TextChange } from "./textDiff.ts";

/** A changed field of a record or section: old and new values as JSON. */
export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

/** How a section differs between two versions. */
export interface SectionDiff {
  id: string;
  /** Title in the newer version (or the older one when removed). */
  title: string;
  change: "added" | "removed" | "changed";
  /** Title, status and outcomes changes. */
  fields: FieldChange[];
  /** Word diff of the body text (title excluded); empty when the body is unchanged. */
  body: TextChange[];
  /** True when only the formatting (not the text) of the body changed. */
  formattingOnly: boolean;
  /** True when its position changed. */
  moved: boolean;
}

/** How an action, indicator or risk differs. */
export interface RecordDiff {
  id: string;
  label: string;
  change: "added" | "removed" | "changed";
  /** Changed fields (for added/removed: every field, with from/to null). */
  fields: FieldChange[];
  moved: boolean;
}

/** Differences between two plan snapshots, newer relative to older. */
export interface PlanDiff {
  meta: FieldChange[];
  sections: SectionDiff[];
  actions: RecordDiff[];
  indicators: RecordDiff[];
  risks: RecordDiff[];
  summary: { sections: number; actions: number; indicators: number; risks: number; identical: boolean };
}

const same = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);

function fieldChanges<T extends Record<string, unknown>>(before: T | null, after: T | null, skip: readonly string[]): FieldChange[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: FieldChange[] = [];
  for (const k of keys) {
    if (skip.includes(k)) continue;
    const from = before ? (before[k] ?? null) : null;
    const to = after ? (after[k] ?? null) : null;
    if (!same(from, to)) out.push({ field: k, from, to });
  }
  return out;
}

/** Diff of one section's content (null = absent in that version). */
export function sectionDiff(before: SectionSnapshot | null, after: SectionSnapshot | null, moved = false): SectionDiff | null {
  const ref = after ?? before;
  if (!ref) return null;
  const fields = fieldChanges(
    before ? { title: before.title, status: before.status, outcomes: before.outcomes } : null,
    after ? { title: after.title, status: after.status, outcomes: after.outcomes } : null,
    [],
  );
  const textBefore = before ? pmText(before.body) : "";
  const textAfter = after ? pmText(after.body) : "";
  const body = textBefore === textAfter && before && after ? [] : wordDiff(textBefore, textAfter);
  const bodyJsonChanged = !same(before?.body ?? null, after?.body ?? null);
  const change: SectionDiff["change"] = !before ? "added" : !after ? "removed" : "changed";
  if (change === "changed" && fields.length === 0 && !bodyJsonChanged && !moved) return null;
  return {
    id: ref.id,
    title: ref.title,
    change,
    fields,
    body: hasChanges(body) ? body : [],
    formattingOnly: change === "changed" && bodyJsonChanged && !hasChanges(body),
    moved,
  };
}

function recordDiffs<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  label: (r: T) => string,
): RecordDiff[] {
  const oldById = new Map(before.map((r, i) => [r.id, { r, i }]));
  const newById = new Map(after.map((r, i) => [r.id, { r, i }]));
  const oldOrder = before.filter((r) => newById.has(r.id)).map((r) => r.id);
  const newOrder = after.filter((r) => oldById.has(r.id)).map((r) => r.id);
  const out: RecordDiff[] = [];
  for (const { id } of after) {
    const o = oldById.get(id);
    const n = newById.get(id)!;
    const moved = o !== undefined && oldOrder.indexOf(id) !== newOrder.indexOf(id);
    const fields = fieldChanges(o ? (o.r as Record<string, unknown>) : null, n.r as Record<string, unknown>, ["id"]);
    if (!o) out.push({ id, label: label(n.r), change: "added", fields, moved: false });
    else if (fields.length > 0 || moved) out.push({ id, label: label(n.r), change: "changed", fields, moved });
  }
  for (const { id } of before) {
    if (newById.has(id)) continue;
    const o = oldById.get(id)!;
    out.push({ id, label: label(o.r), change: "removed", fields: fieldChanges(o.r as Record<string, unknown>, null, ["id"]), moved: false });
  }
  return out;
}

/**
 * What changed from `older` to `newer`: per section (title, status, outcomes
 * and a word diff of the body text), and added/removed/changed fields of
 * actions, indicators and risks. Unchanged items are left out.
 */
export function diffSnapshots(older: PlanSnapshot, newer: PlanSnapshot): PlanDiff {
  const meta = fieldChanges(
    { title: older.meta.title, place: older.meta.place },
    { title: newer.meta.title, place: newer.meta.place },
    [],
  );
  const oldSections = new Map(older.sections.map((s) => [s.id, s]));
  const newIds = new Set(newer.sections.map((s) => s.id));
  const oldOrder = older.sections.filter((s) => newIds.has(s.id)).map((s) => s.id);
  const newOrder = newer.sections.filter((s) => oldSections.has(s.id)).map((s) => s.id);
  const sections: SectionDiff[] = [];
  for (const s of newer.sections) {
    const o = oldSections.get(s.id) ?? null;
    const moved = o !== null && oldOrder.indexOf(s.id) !== newOrder.indexOf(s.id);
    const d = sectionDiff(o, s, moved);
    if (d) sections.push(d);
  }
  for (const s of older.sections) {
    if (newIds.has(s.id)) continue;
    const d = sectionDiff(s, null);
    if (d) sections.push(d);
  }
  const actions = recordDiffs(older.actions, newer.actions, (a) => a.title);
  const indicators = recordDiffs(older.indicators, newer.indicators, (i) => i.label);
  const risks = recordDiffs(older.risks, newer.risks, (r) => r.title);
  return {
    meta,
    sections,
    actions,
    indicators,
    risks,
    summary: {
      sections: sections.length,
      actions: actions.length,
      indicators: indicators.length,
      risks: risks.length,
      identical: meta.length + sections.length + actions.length + indicators.length + risks.length === 0,
    },
  };
}
