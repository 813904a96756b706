/** What a member last saw of a plan. */
export interface PlanVisitRecord {
  userId: string;
  planId: string;
  visitedAt: string;
  /** Update-log seq of the document at the visit. */
  seq: number;
  /** Yjs state vector of the document at the visit. */
  stateVector: Uint8Array;
  /** JSON: section id → { title, hash } of what the member saw. */
  digests: string;
}
