import type { AuditRecord } from "../../domain/audit.ts";

/** The append-only audit trail (no update or delete exists, in the port or the stores). */
export interface AuditRepository {
  append(entry: AuditRecord): Promise<void>;
  /** Entries of a plan, newest first, at most `limit`, optionally strictly before `before` (ISO time). */
  listForPlan(planId: string, limit: number, before?: string): Promise<AuditRecord[]>;
  /** Entries of a partnership (plan entries and plan-less ones such as membership changes), newest first, same paging. */
  listForPartnership(partnershipId: string, limit: number, before?: string): Promise<AuditRecord[]>;
  /** Entries a person made or that are about them (`actorId` or `subjectId`), newest first, at most `limit`. */
  listAboutUser(userId: string, limit: number): Promise<AuditRecord[]>;
  /**
   * Erasure, the one change the trail allows: in entries by or about
   * `userId`, and in entries about `alsoSubjects` (e.g. agreement rounds they
   * responded to, whose details list responders by name), replace their
   * recorded name (`actorName` of their own entries, and any details value
   * equal to `formerName`) with `label`, which must start with "Former
   * member". Everything else stays. Returns how many changed.
   */
  redactPerson(userId: string, formerName: string, label: string, alsoSubjects?: readonly string[]): Promise<number>;
}
