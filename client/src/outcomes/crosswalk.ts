import type { Sector } from "@jigsaw/shared/domain/sector";
import {
  indexModel,
  linkConfidence,
  relatedTerms,
  strengthRank,
  type Framework,
  type Indicator,
  type Link,
  type LinkConfidence,
  type OutcomesModel,
  type RelatedTerm,
  type Source,
  type Strength,
  type Term,
} from "@jigsaw/shared/outcomes/index";

/** The sector filter: every framework, one sector's, or vocabulary shared across sectors. */
export type SectorFilter = "all" | Sector | "cross";

/** A term in a matrix cell, with the link that puts it there. */
export interface CellTerm {
  term: Term;
  strength: Strength;
  confidence: LinkConfidence;
  linkId: string;
}

/** One matrix row: a shared outcome and, per framework column, the terms that serve it. */
export interface CrosswalkRow {
  outcomeId: string;
  cells: Record<string, CellTerm[]>;
  /** Terms in the row across the shown columns. */
  count: number;
}

/** Whose language a term is in: its own sector, or its framework's home sector for shared vocabulary. */
export function sectorOfTerm(model: OutcomesModel, t: Term): Sector | "cross" {
  if (t.sector !== "cross") return t.sector;
  return indexModel(model).frameworks.get(t.framework)?.homeSector ?? "cross";
}

function servesLinks(model: OutcomesModel): Link[] {
  const idx = indexModel(model);
  return model.links.filter((l) => l.kind === "serves" && idx.terms.has(l.from) && idx.outcomes.has(l.to));
}

/** Frameworks that can be matrix columns (they have terms serving shared outcomes), filtered by sector. */
export function crosswalkFrameworks(model: OutcomesModel, sector: SectorFilter = "all"): Framework[] {
  const idx = indexModel(model);
  const withServes = new Set(servesLinks(model).map((l) => idx.terms.get(l.from)!.framework));
  const fws = model.frameworks.filter((f) => withServes.has(f.id) && (sector === "all" || f.homeSector === sector));
  // A partnership's own vocabulary comes first, next to the outcomes it serves.
  const local = (f: Framework) => (f.id === "FW-LOCAL" || f.origin === "local" ? 0 : 1);
  return fws.sort((a, b) => local(a) - local(b));
}

/** The crosswalk matrix: rows = shared outcomes (model order), columns = `frameworkIds`, cells = serving terms (strongest first). */
export function buildCrosswalk(model: OutcomesModel, frameworkIds: readonly string[], sector: SectorFilter = "all"): CrosswalkRow[] {
  const idx = indexModel(model);
  const shown = new Set(frameworkIds);
  const rows = new Map<string, CrosswalkRow>(
    model.outcomes.map((o) => [o.id, { outcomeId: o.id, cells: Object.fromEntries(frameworkIds.map((f) => [f, [] as CellTerm[]])), count: 0 }]),
  );
  for (const l of servesLinks(model)) {
    const term = idx.terms.get(l.from)!;
    if (!shown.has(term.framework)) continue;
    if (sector !== "all" && sectorOfTerm(model, term) !== sector) continue;
    const row = rows.get(l.to)!;
    const cell = row.cells[term.framework]!;
    if (cell.some((c) => c.term.id === term.id)) continue;
    cell.push({ term, strength: l.strength, confidence: linkConfidence(l), linkId: l.id });
    row.count++;
  }
  for (const row of rows.values()) {
    for (const cell of Object.values(row.cells)) cell.sort((a, b) => strengthRank(b.strength) - strengthRank(a.strength) || a.term.label.localeCompare(b.term.label));
  }
  return [...rows.values()];
}

/** An indicator linked to a term, directly or through a shared outcome the term serves. */
export interface TermIndicator {
  indicator: Indicator;
  kind: Link["kind"];
  via: string | null;
  verified: boolean;
  /** The note on the link that puts the indicator here. */
  linkNote: string | undefined;
}

/** Everything the detail panel shows about a term. */
export interface TermDetail {
  term: Term;
  framework: Framework | undefined;
  /** Related terms grouped by framework (model order of frameworks), best first. */
  related: Array<{ framework: Framework; terms: RelatedTerm[] }>;
  indicators: TermIndicator[];
  sources: Source[];
  /** Shared outcomes the term serves. */
  outcomes: Array<{ outcomeId: string; strength: Strength; confidence: LinkConfidence; note: string | undefined }>;
  /** The term that replaced this one, when legacy or superseded. */
  successor: Term | undefined;
}

const INDICATOR_KINDS = new Set<Link["kind"]>(["headline_metric", "supporting_metric", "indicator_for", "same_concept", "same_data_source", "measured_by"]);

/** Collect what the detail panel shows for `termId`, or null when unknown. */
export function termDetail(model: OutcomesModel, termId: string): TermDetail | null {
  const idx = indexModel(model);
  const term = idx.terms.get(termId);
  if (!term) return null;
  const links = idx.linksOf.get(termId) ?? [];
  const related = relatedTerms(termId, model);
  const byFw = new Map<string, RelatedTerm[]>();
  for (const r of related) byFw.set(r.framework, [...(byFw.get(r.framework) ?? []), r]);
  const outcomes = links
    .filter((l) => l.kind === "serves" && l.from === termId && idx.outcomes.has(l.to))
    .map((l) => ({ outcomeId: l.to, strength: l.strength, confidence: linkConfidence(l), note: l.note }));
  const indicators: TermIndicator[] = [];
  const seen = new Set<string>();
  for (const l of links) {
    const ind = idx.indicators.get(l.to);
    if (l.from === termId && ind && INDICATOR_KINDS.has(l.kind) && !seen.has(ind.id)) {
      seen.add(ind.id);
      indicators.push({ indicator: ind, kind: l.kind, via: null, verified: l.verified && ind.verified, linkNote: l.note });
    }
  }
  for (const o of outcomes) {
    for (const l of idx.linksOf.get(o.outcomeId) ?? []) {
      const ind = idx.indicators.get(l.to);
      if (l.from === o.outcomeId && l.kind === "measured_by" && ind && !seen.has(ind.id)) {
        seen.add(ind.id);
        indicators.push({ indicator: ind, kind: l.kind, via: o.outcomeId, verified: l.verified && ind.verified, linkNote: l.note });
      }
    }
  }
  const succ = links.find((l) => l.kind === "succeeded_by" && l.from === termId);
  return {
    term,
    framework: idx.frameworks.get(term.framework),
    related: model.frameworks.filter((f) => byFw.has(f.id)).map((f) => ({ framework: f, terms: byFw.get(f.id)! })),
    indicators,
    sources: term.sources.map((s) => idx.sources.get(s)).filter((s): s is Source => s !== undefined),
    outcomes,
    successor: succ ? idx.terms.get(succ.to) : undefined,
  };
}

/** Source ids → sources, unknown ids dropped. */
export function sourcesOf(model: OutcomesModel, ids: readonly string[]): Source[] {
  const idx = indexModel(model);
  return ids.map((s) => idx.sources.get(s)).filter((s): s is Source => s !== undefined);
}

/** True when a source's url is a web address that can be linked. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url);
}
