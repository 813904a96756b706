import { getOutcomesModel } from "./model.ts";
import type { OutcomesModel, TermStatus } from "./schema.ts";

/** One glossary line: an acronym or jargon term with its plain-English meaning. */
export interface GlossaryEntry {
  /** What appears in text: the acronym, or the label for jargon without one. */
  term: string;
  /** The full name. */
  expansion: string;
  plainEnglish: string;
  termId: string;
  framework: string;
  status: TermStatus;
  verified: boolean;
  /** The term's caveat, when it has one (show it with the entry). */
  note?: string;
}

/**
 * The glossary: every acronym on any term, plus every FW-GLOSSARY term and term flagged `inGlossary`, sorted alphabetically (case-insensitive).
 */
export function glossary(model: OutcomesModel = getOutcomesModel()): GlossaryEntry[] {
  const out: GlossaryEntry[] = [];
  for (const t of model.terms) {
    const base = {
      expansion: t.label.replace(/\s*\([^)]*\)\s*$/, ""),
      plainEnglish: t.plainEnglish,
      termId: t.id,
      framework: t.framework,
      status: t.status,
      verified: t.verified,
      ...(t.note ? { note: t.note } : {}),
    };
    if (t.acronyms.length > 0) for (const a of t.acronyms) out.push({ term: a, ...base });
    else if (t.framework === "FW-GLOSSARY" || t.inGlossary) out.push({ term: base.expansion, ...base });
  }
  return out.sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }) || a.termId.localeCompare(b.termId));
}
