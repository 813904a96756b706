import type { AuditRecord } from "../domain/audit.ts";

/** An audit entry for the API. */
export interface PresentedAuditEntry {
  id: string;
  at: string;
  actor: { userId: string | null; displayName: string; organisation: string | null };
  action: string;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
}

/** An audit entry for the API (details parsed). */
export function presentAudit(e: AuditRecord): PresentedAuditEntry {
  let details: Record<string, unknown>;
  try {
    details = JSON.parse(e.details) as Record<string, unknown>;
  } catch {
    details = {};
  }
  return {
    id: e.id,
    at: e.at,
    actor: { userId: e.actorId, displayName: e.actorName, organisation: e.organisation },
    action: e.action,
    subjectType: e.subjectType,
    subjectId: e.subjectId,
    details,
  };
}
