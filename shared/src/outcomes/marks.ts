import type { Link, Term, TermStatus } from "./schema.ts";

/**
 * How far to trust an item, as the Outcomes page and every export show it: `verified` (a cited source states it and
 * it was checked), `unconfirmed` (stated, or worded, but not checked against a source), `proposed` (the model's or
 * a partnership's reasoned proposal, no source states it).
 */
export type TrustMark = "verified" | "unconfirmed" | "proposed";

/** The mark of a link: unconfirmed when flagged unverified, proposed when no source states it. */
export function linkMark(link: Pick<Link, "verified" | "sourced">): TrustMark {
  if (!link.verified) return "unconfirmed";
  return link.sourced ? "verified" : "proposed";
}

/** The weaker of two marks (unconfirmed < proposed < verified). */
export function weakerMark(a: TrustMark, b: TrustMark): TrustMark {
  const rank: Record<TrustMark, number> = { unconfirmed: 0, proposed: 1, verified: 2 };
  return rank[a] <= rank[b] ? a : b;
}

/** The words shown after an item: its lifecycle status when not current, then its mark, e.g. "legacy, unconfirmed". */
export function markWords(mark: TrustMark, status: TermStatus = "current"): string {
  return status === "current" ? mark : `${status}, ${mark}`;
}

/** The mark of a term reached through a link: the link's mark, unconfirmed when the term's wording is unchecked. */
export function termLinkMark(term: Pick<Term, "verified">, link: Pick<Link, "verified" | "sourced">): TrustMark {
  return term.verified ? linkMark(link) : "unconfirmed";
}
