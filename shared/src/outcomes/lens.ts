import { SECTORS, SECTOR_LABELS } from "../domain/sector.ts";
import type { Sector } from "../domain/sector.ts";
import { getOutcomesModel } from "./model.ts";
import { indexModel, otherEnd } from "./modelIndex.ts";
import type { ModelIndex } from "./modelIndex.ts";
import { relatedTerms } from "./relatedTerms.ts";
import type { RelatedTerm } from "./relatedTerms.ts";
import type { LinkConfidence, Outcome, OutcomesModel, Strength, Term } from "./schema.ts";
import { linkConfidence, strengthRank } from "./strength.ts";

/** A sector id, or a framework id such as `FW-C20A`. */
export type LensTarget = Sector | string;

/** A term the lens used to express the item. */
export interface LensTerm {
  termId: string;
  label: string;
  framework: string;
  strength: Strength | "exact";
  sourced: boolean;
  verified: boolean;
  confidence: LinkConfidence | "exact";
}

/** An item expressed in another sector's language or a framework's terms. */
export interface LensResult {
  item: { type: "term" | "outcome"; id: string; label: string };
  target: { type: "sector" | "framework"; id: string; label: string };
  /** The best short label in the target language. */
  label: string;
  /** A sentence in the target language. */
  text: string;
  /** Target-language terms used, best first. */
  terms: LensTerm[];
  /** Shared outcomes the translation went through. */
  outcomes: string[];
  /** `exact` when no translation was needed; `none` when the model has no route. */
  confidence: Strength | "exact" | "none";
  /** true only when the route used is stated in a cited source. */
  sourced: boolean;
  /** false when anything used is unconfirmed: show it as such. */
  verified: boolean;
}

function isSector(x: string): x is Sector {
  return (SECTORS as readonly string[]).includes(x);
}

/** The sector whose language a term is in, or null for cross-sector vocabulary. */
function sectorOfTerm(idx: ModelIndex, t: Term): Sector | null {
  if (t.sector !== "cross") return t.sector;
  const home = idx.frameworks.get(t.framework)?.homeSector;
  return home && home !== "cross" ? home : null;
}

function fromRelated(r: RelatedTerm): LensTerm {
  return {
    termId: r.termId,
    label: r.label,
    framework: r.framework,
    strength: r.strength,
    sourced: r.sourced,
    verified: r.verified && r.termVerified,
    confidence: r.confidence,
  };
}

function exactTerm(t: Term): LensTerm {
  return { termId: t.id, label: t.label, framework: t.framework, strength: "exact", sourced: t.sources.length > 0, verified: t.verified, confidence: "exact" };
}

function servedOutcomes(idx: ModelIndex, termId: string) {
  return (idx.linksOf.get(termId) ?? [])
    .filter((l) => l.kind === "serves" && l.from === termId && idx.outcomes.has(l.to))
    .sort((a, b) => strengthRank(b.strength) - strengthRank(a.strength))
    .map((l) => ({ link: l, outcome: idx.outcomes.get(l.to)! }));
}

function reading(o: Outcome, sector: Sector): string {
  return o.readings[sector] ?? o.plainEnglish;
}

function termToSector(idx: ModelIndex, model: OutcomesModel, t: Term, sector: Sector): Omit<LensResult, "item" | "target"> {
  if (sector !== "community" && sectorOfTerm(idx, t) === sector) {
    return { label: t.label, text: t.definition || t.plainEnglish, terms: [exactTerm(t)], outcomes: [], confidence: "exact", sourced: t.sources.length > 0, verified: t.verified };
  }
  const served = servedOutcomes(idx, t.id);
  const related =
    sector === "community"
      ? []
      : relatedTerms(t.id, model)
          .filter((r) => {
            const rt = idx.terms.get(r.termId);
            return rt !== undefined && sectorOfTerm(idx, rt) === sector;
          })
          .slice(0, 5);
  if (served.length === 0 && related.length === 0) {
    return { label: t.label, text: t.plainEnglish || t.definition, terms: [], outcomes: [], confidence: "none", sourced: false, verified: t.verified };
  }
  const terms = related.map(fromRelated);
  if (served.length === 0) {
    const best = related[0];
    return {
      label: best.label,
      text: `${SECTOR_LABELS[sector]} terms for this: ${termLines(idx, terms)}.`,
      terms,
      outcomes: [],
      confidence: best.strength,
      sourced: best.sourced,
      verified: t.verified && terms[0].verified,
    };
  }
  const best = served[0];
  const label = reading(best.outcome, sector);
  const parts = [
    sector === "community"
      ? `${t.plainEnglish || best.outcome.plainEnglish} In everyday words: ${label}.`
      : `${SECTOR_LABELS[sector]} view: ${label} (shared outcome: ${best.outcome.label}).`,
  ];
  if (terms.length > 0) parts.push(`Related ${SECTOR_LABELS[sector]} terms: ${termLines(idx, terms)}.`);
  return {
    label,
    text: parts.join(" "),
    terms,
    outcomes: served.map((s) => s.outcome.id),
    confidence: best.link.strength,
    sourced: best.link.sourced,
    verified: t.verified && best.link.verified,
  };
}

/** Each term in the sector's words with its plain-English line and status: "Mission 9: Pride in place (legacy) — People feel proud of where they live". */
function termLines(idx: ModelIndex, terms: readonly LensTerm[]): string {
  return terms
    .map((x) => {
      const t = idx.terms.get(x.termId);
      const status = t && t.status !== "current" ? ` (${t.status})` : "";
      const plain = t?.plainEnglish ? ` — ${t.plainEnglish.replace(/\.$/, "")}` : "";
      return `${x.label}${status}${plain}`;
    })
    .join("; ");
}

function outcomeToSector(idx: ModelIndex, o: Outcome, sector: Sector): Omit<LensResult, "item" | "target"> {
  const terms: LensTerm[] = (idx.linksOf.get(o.id) ?? [])
    .filter((l) => l.kind === "serves")
    .map((l) => ({ l, t: idx.terms.get(otherEnd(l, o.id)) }))
    .filter((x): x is { l: (typeof x)["l"]; t: Term } => x.t !== undefined && sectorOfTerm(idx, x.t) === sector)
    .sort((a, b) => strengthRank(b.l.strength) - strengthRank(a.l.strength))
    .map(({ l, t }) => ({ termId: t.id, label: t.label, framework: t.framework, strength: l.strength, sourced: l.sourced, verified: l.verified && t.verified, confidence: linkConfidence(l) }));
  const label = reading(o, sector);
  const own = o.readings[sector] !== undefined;
  return {
    label,
    text:
      sector === "community"
        ? `${o.plainEnglish} In everyday words: ${label}.`
        : `${label}. (${o.label}: ${o.plainEnglish})${terms.length > 0 ? ` ${SECTOR_LABELS[sector]} terms: ${termLines(idx, terms)}.` : ""}`,
    terms,
    outcomes: [o.id],
    confidence: own ? "exact" : "moderate",
    sourced: false,
    verified: true,
  };
}

function termToFramework(idx: ModelIndex, model: OutcomesModel, t: Term, fwId: string): Omit<LensResult, "item" | "target"> {
  if (t.framework === fwId) {
    return { label: t.label, text: t.definition || t.plainEnglish, terms: [exactTerm(t)], outcomes: [], confidence: "exact", sourced: t.sources.length > 0, verified: t.verified };
  }
  const related = relatedTerms(t.id, model).filter((r) => r.framework === fwId);
  if (related.length === 0) {
    const fw = idx.frameworks.get(fwId)!;
    return { label: t.label, text: `No ${fw.shortName} equivalent in the model.`, terms: [], outcomes: [], confidence: "none", sourced: false, verified: t.verified };
  }
  const best = related[0];
  const bt = idx.terms.get(best.termId)!;
  return {
    label: best.label,
    text: bt.plainEnglish || bt.definition,
    terms: related.map(fromRelated),
    outcomes: best.path.filter((id) => idx.outcomes.has(id)),
    confidence: best.strength,
    sourced: best.sourced,
    verified: t.verified && best.verified && best.termVerified,
  };
}

function outcomeToFramework(idx: ModelIndex, o: Outcome, fwId: string): Omit<LensResult, "item" | "target"> {
  const terms: LensTerm[] = (idx.linksOf.get(o.id) ?? [])
    .filter((l) => l.kind === "serves")
    .map((l) => ({ l, t: idx.terms.get(otherEnd(l, o.id)) }))
    .filter((x): x is { l: (typeof x)["l"]; t: Term } => x.t !== undefined && x.t.framework === fwId)
    .sort((a, b) => strengthRank(b.l.strength) - strengthRank(a.l.strength))
    .map(({ l, t }) => ({ termId: t.id, label: t.label, framework: t.framework, strength: l.strength, sourced: l.sourced, verified: l.verified && t.verified, confidence: linkConfidence(l) }));
  if (terms.length === 0) {
    const fw = idx.frameworks.get(fwId)!;
    return { label: o.label, text: `No ${fw.shortName} term serves this outcome in the model.`, terms: [], outcomes: [o.id], confidence: "none", sourced: false, verified: true };
  }
  const best = terms[0];
  const bt = idx.terms.get(best.termId)!;
  return {
    label: best.label,
    text: bt.plainEnglish || bt.definition,
    terms,
    outcomes: [o.id],
    confidence: best.strength === "exact" ? "exact" : best.strength,
    sourced: best.sourced,
    verified: best.verified,
  };
}

/**
 * Expresses a term or shared outcome in another sector's language (`council`, `nhs`, `voluntary`, `community`, ...)
 * or in a framework's terms (`FW-C20A`, `FW-GOV2024`, ...). Returns null when the item or target is unknown.
 */
export function lens(
  item: string | { id: string },
  target: LensTarget,
  model: OutcomesModel = getOutcomesModel(),
): LensResult | null {
  const idx = indexModel(model);
  const id = typeof item === "string" ? item : item.id;
  const term = idx.terms.get(id);
  const outcome = term ? undefined : idx.outcomes.get(id);
  if (!term && !outcome) return null;
  const itemRef = term
    ? { type: "term" as const, id, label: term.label }
    : { type: "outcome" as const, id, label: outcome!.label };
  if (isSector(target)) {
    const body = term ? termToSector(idx, model, term, target) : outcomeToSector(idx, outcome!, target);
    return { item: itemRef, target: { type: "sector", id: target, label: SECTOR_LABELS[target] }, ...body };
  }
  const fw = idx.frameworks.get(target);
  if (!fw) return null;
  const body = term ? termToFramework(idx, model, term, fw.id) : outcomeToFramework(idx, outcome!, fw.id);
  return { item: itemRef, target: { type: "framework", id: fw.id, label: fw.name }, ...body };
}
