import { getOutcomesModel } from "./model.ts";
import { indexModel, otherEnd } from "./modelIndex.ts";
import type { LinkConfidence, LinkKind, OutcomesModel, Strength, TermStatus } from "./schema.ts";
import { linkConfidence, strengthRank, weaker } from "./strength.ts";

/** One route from a term to a related term. */
export interface RelatedPath {
  /** `direct`: a term-to-term link; `outcome`: both terms serve the same shared outcome. */
  via: "direct" | "outcome";
  /** Item ids from the start term to the related term, e.g. `["LU-M7", "SO-04", "C20-A-HTN"]`. */
  path: string[];
  linkIds: string[];
  kinds: LinkKind[];
  strength: Strength;
  /** true only when every link on the path is stated in a cited source. */
  sourced: boolean;
  sources: string[];
  /** false when any link on the path is flagged unverified. */
  verified: boolean;
}

/** A term in another framework related to the start term, with its best route first. */
export interface RelatedTerm extends RelatedPath {
  termId: string;
  label: string;
  framework: string;
  status: TermStatus;
  /** false when the related term itself is unconfirmed. */
  termVerified: boolean;
  confidence: LinkConfidence;
  /** Every route found (best first); the top-level route fields repeat `paths[0]`. */
  paths: RelatedPath[];
}

/** Two-hop routes via a shared outcome are looser than a direct claim: never rated above moderate. */
const OUTCOME_PATH_CAP: Strength = "moderate";

function compare(a: RelatedPath, b: RelatedPath): number {
  return (
    strengthRank(b.strength) - strengthRank(a.strength) ||
    Number(b.sourced) - Number(a.sourced) ||
    Number(b.verified) - Number(a.verified) ||
    (a.via === b.via ? 0 : a.via === "direct" ? -1 : 1)
  );
}

/**
 * Terms in every other framework that relate to `termId`: through direct term-to-term links, and through shared
 * outcomes both terms serve. Each result carries strength, sourced, sources and the path; best first. Returns an
 * empty array for an unknown term.
 */
export function relatedTerms(termId: string, model: OutcomesModel = getOutcomesModel()): RelatedTerm[] {
  const idx = indexModel(model);
  const start = idx.terms.get(termId);
  if (!start) return [];
  const found = new Map<string, RelatedPath[]>();
  const add = (other: string, p: RelatedPath) => {
    const t = idx.terms.get(other);
    if (!t || t.id === start.id || t.framework === start.framework) return;
    const arr = found.get(other);
    if (arr) arr.push(p);
    else found.set(other, [p]);
  };

  for (const l of idx.linksOf.get(termId) ?? []) {
    const other = otherEnd(l, termId);
    if (idx.terms.has(other)) {
      add(other, {
        via: "direct",
        path: [termId, other],
        linkIds: [l.id],
        kinds: [l.kind],
        strength: l.strength,
        sourced: l.sourced,
        sources: [...l.sources],
        verified: l.verified,
      });
    } else if (l.kind === "serves" && idx.outcomes.has(other)) {
      for (const l2 of idx.linksOf.get(other) ?? []) {
        if (l2.kind !== "serves" || l2.id === l.id) continue;
        const t2 = otherEnd(l2, other);
        add(t2, {
          via: "outcome",
          path: [termId, other, t2],
          linkIds: [l.id, l2.id],
          kinds: [l.kind, l2.kind],
          strength: weaker(weaker(l.strength, l2.strength), OUTCOME_PATH_CAP),
          sourced: l.sourced && l2.sourced,
          sources: [...new Set([...l.sources, ...l2.sources])],
          verified: l.verified && l2.verified,
        });
      }
    }
  }

  const out: RelatedTerm[] = [];
  for (const [id, paths] of found) {
    const t = idx.terms.get(id)!;
    paths.sort(compare);
    const best = paths[0];
    out.push({
      ...best,
      termId: id,
      label: t.label,
      framework: t.framework,
      status: t.status,
      termVerified: t.verified,
      confidence: linkConfidence(best),
      paths,
    });
  }
  return out.sort(
    (a, b) =>
      compare(a, b) ||
      (idx.frameworkOrder.get(a.framework) ?? 0) - (idx.frameworkOrder.get(b.framework) ?? 0) ||
      a.termId.localeCompare(b.termId),
  );
}
