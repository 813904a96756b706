import * as Y from "yjs";
import { pmText } from "./bodyText.ts";
import { readPlan } from "./readPlan.ts";
import type { PlanSnapshot } from "./schema.ts";

/** Where one part of the plan sits in `PlanText.text`. */
export interface PlanTextPart {
  kind: "section" | "action" | "indicator" | "risk";
  id: string;
  title: string;
  /** Offset of the part's first character (its title line). */
  start: number;
  /** Offset just after the part's last character. */
  end: number;
}

/** The whole plan as plain text plus the boundaries of each part. */
export interface PlanText {
  text: string;
  parts: PlanTextPart[];
}

const SEPARATOR = "\n\n";

/**
 * The plan as plain text for search, glossary hints and diff: each section as its
 * title line followed by its body text (see `pmText`), then each action, indicator
 * and risk as one block; parts separated by a blank line. `parts` gives each part's
 * [start, end) range in `text`, so a match offset maps back to a section or record.
 * Accepts a doc or an existing snapshot.
 */
export function planText(source: Y.Doc | PlanSnapshot): PlanText {
  const plan = source instanceof Y.Doc ? readPlan(source) : source;
  const parts: PlanTextPart[] = [];
  let text = "";
  const add = (kind: PlanTextPart["kind"], id: string, title: string, lines: string[]) => {
    if (parts.length > 0) text += SEPARATOR;
    const block = [title, ...lines.filter((l) => l.length > 0)].join("\n");
    const start = text.length;
    text += block;
    parts.push({ kind, id, title, start, end: text.length });
  };
  for (const s of plan.sections) add("section", s.id, s.title, [pmText(s.body)]);
  for (const a of plan.actions) {
    add("action", a.id, a.title, [
      [a.leadOrganisation, ...a.partnerOrganisations].filter(Boolean).join(", "),
    ]);
  }
  for (const i of plan.indicators) add("indicator", i.id, i.label, [i.notes]);
  for (const r of plan.risks) add("risk", r.id, r.title, [r.mitigation, r.owner]);
  return { text, parts };
}
