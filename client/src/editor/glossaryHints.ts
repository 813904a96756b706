import { findTerms, getOutcomesModel, indexModel, type OutcomesModel } from "@jigsaw/shared/outcomes/index";

/** A piece of jargon spotted in a section, with what it means. */
export interface GlossaryHint {
  termId: string;
  /** The words as written in the section (first occurrence). */
  matched: string;
  /** The term's name. */
  label: string;
  /** What it means in plain English. */
  meaning: string;
  /** false when the wording has not been checked against a source: show as unconfirmed. */
  verified: boolean;
  /** e.g. "current", "superseded": anything but current is worth saying. */
  status: string;
  /** The term's caveat from the outcomes model, if any (e.g. a target since removed). */
  note: string | undefined;
  count: number;
}

/**
 * Jargon in `text` (acronyms, framework terms) via `findTerms`, one hint per
 * term in order of first appearance, with plain-English meanings. Pure: never
 * touches the document.
 */
export function glossaryHints(text: string, model: OutcomesModel = getOutcomesModel()): GlossaryHint[] {
  const idx = indexModel(model);
  const hints = new Map<string, GlossaryHint>();
  for (const span of findTerms(text, model)) {
    const existing = hints.get(span.termId);
    if (existing) {
      existing.count++;
      continue;
    }
    const term = idx.terms.get(span.termId);
    if (!term) continue;
    hints.set(span.termId, {
      termId: term.id,
      matched: span.matched,
      label: term.label,
      meaning: term.plainEnglish || term.definition,
      verified: term.verified,
      status: term.status,
      note: term.note,
      count: 1,
    });
  }
  return [...hints.values()];
}
