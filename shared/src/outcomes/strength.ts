import type { Link, LinkConfidence, Strength } from "./schema.ts";

const RANK: Record<Strength, number> = { strong: 3, moderate: 2, weak: 1 };

/** Numeric rank of a strength (strong 3, moderate 2, weak 1), for sorting. */
export function strengthRank(strength: Strength): number {
  return RANK[strength];
}

/** The weaker of two strengths. */
export function weaker(a: Strength, b: Strength): Strength {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Classifies a link for display: stated and checked, stated but unchecked, or a proposal. */
export function linkConfidence(link: Pick<Link, "sourced" | "verified">): LinkConfidence {
  if (!link.sourced) return "proposal";
  return link.verified ? "confirmed" : "unconfirmed";
}
