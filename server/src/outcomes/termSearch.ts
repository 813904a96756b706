import type { TermMatchKind, TermSearchHit } from "@jigsaw/shared/domain/outcomesApi";
import { indexModel, type OutcomesModel, type Term, type TermStatus } from "@jigsaw/shared/outcomes/index";

type MatchKind = TermMatchKind;

const SCORE: Record<MatchKind, number> = { exact: 4, prefix: 3, alias: 2, substring: 1 };
const STATUS_ORDER: Record<TermStatus, number> = { current: 0, legacy: 1, superseded: 2 };

/** Lower-case, straight quotes, dashes and runs of spaces folded, trimmed. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2015]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

function words(text: string): string[] {
  return text.split(/[^a-z0-9']+/).filter(Boolean);
}

/**
 * How `term` matches the normalised query `q`, or null:
 * - exact: the label, an alias or an acronym is the query (e.g. "HLE", "Core20PLUS5");
 * - prefix: the label starts with the query;
 * - alias: an alias, acronym or keyword starts with the query, or a word of the label does;
 * - substring: the label, an alias, a keyword or the plain-English meaning contains the query.
 */
export function matchTerm(term: Term, q: string): { match: MatchKind; matched: string } | null {
  const label = normalise(term.label);
  const names = [...term.aliases, ...term.acronyms];
  const exact = [term.label, ...names].find((n) => normalise(n) === q);
  if (exact) return { match: "exact", matched: exact };
  if (label.startsWith(q)) return { match: "prefix", matched: term.label };
  const aliasPrefix = [...names, ...term.keywords].find((n) => normalise(n).startsWith(q));
  if (aliasPrefix) return { match: "alias", matched: aliasPrefix };
  if (q.length >= 2 && words(label).some((w) => w.startsWith(q))) return { match: "alias", matched: term.label };
  if (label.includes(q)) return { match: "substring", matched: term.label };
  const inName = [...names, ...term.keywords].find((n) => normalise(n).includes(q));
  if (inName) return { match: "substring", matched: inName };
  if (q.length >= 3 && normalise(term.plainEnglish).includes(q)) return { match: "substring", matched: term.plainEnglish };
  return null;
}

/**
 * Search a model's terms by label, alias, acronym and keyword. Ranked exact > prefix > alias > substring; ties go
 * to current terms, then confirmed ones, then shorter labels, then model order. At most `limit` results.
 */
export function searchTerms(model: OutcomesModel, query: string, limit = 20): TermSearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const idx = indexModel(model);
  const hits: Array<TermSearchHit & { order: number }> = [];
  model.terms.forEach((t, order) => {
    const m = matchTerm(t, q);
    if (!m) return;
    hits.push({
      id: t.id,
      label: t.label,
      framework: t.framework,
      frameworkShortName: idx.frameworks.get(t.framework)?.shortName ?? t.framework,
      kind: t.kind,
      sector: t.sector,
      status: t.status,
      verified: t.verified,
      origin: t.origin,
      plainEnglish: t.plainEnglish,
      ...m,
      order,
    });
  });
  hits.sort(
    (a, b) =>
      SCORE[b.match] - SCORE[a.match] ||
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      Number(b.verified) - Number(a.verified) ||
      a.label.length - b.label.length ||
      a.order - b.order,
  );
  return hits.slice(0, Math.max(0, limit)).map(({ order: _order, ...h }) => h);
}
