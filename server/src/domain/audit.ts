/** One audit entry: who did what, when, from which organisation. */
export interface AuditRecord {
  id: string;
  partnershipId: string;
  planId: string | null;
  at: string;
  /** Null for the system. */
  actorId: string | null;
  actorName: string;
  organisation: string | null;
  /** e.g. `agreement.proposed`, `agreement.responded`, `version.named`, `version.restored`, `export.created`. */
  action: string;
  subjectType: string;
  subjectId: string;
  /** JSON details. */
  details: string;
}
