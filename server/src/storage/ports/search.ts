/** One searchable part of a plan. */
export interface SearchDocument {
  kind: "section" | "action" | "indicator" | "risk";
  refId: string;
  title: string;
  body: string;
}

/** One search result from the index (comments are indexed by the store as they are written). */
export interface SearchIndexHit {
  kind: SearchDocument["kind"] | "comment";
  partnershipId: string;
  planId: string;
  /** Section/action/... id, or the thread id for comments. */
  refId: string;
  commentId: string | null;
  title: string;
  /** Snippet with matches marked by MARK_START/MARK_END (shared/comments/searchText). */
  markedSnippet: string;
  /** Higher is better. */
  score: number;
}

/** Full-text index of plan text and comments (FTS5 embedded; text indexes on MongoDB). Derived data: never dumped. */
export interface SearchIndex {
  /** Replace everything indexed for a plan's text. */
  replacePlan(plan: { planId: string; partnershipId: string }, docs: SearchDocument[]): Promise<void>;
  /** The best hits for all of `terms` (word prefixes) within the given partnerships only. */
  search(partnershipIds: string[], terms: string[], limit: number): Promise<SearchIndexHit[]>;
}
