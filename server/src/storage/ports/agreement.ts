import type { AgreementRecord } from "../../domain/agreement.ts";

/** Agreement rounds. Writes are compare-and-set on `revision` so concurrent responses never overwrite each other. */
export interface AgreementRepository {
  /** Store a new round. */
  create(round: AgreementRecord): Promise<void>;
  findById(id: string): Promise<AgreementRecord | null>;
  /** Every round of a plan, newest first. */
  listForPlan(planId: string): Promise<AgreementRecord[]>;
  /** Every open round of every plan, oldest first (the "closing soon" reminder sweep). */
  listOpen(): Promise<AgreementRecord[]>;
  /**
   * Replace the round if its stored revision is still `expectedRevision`
   * (`round.revision` must be greater); otherwise nothing is written and it
   * rejects with `RevisionConflictError`. A round that is no longer `open` is
   * never replaced (also `RevisionConflictError`; `InvariantError("not_found")` if it does not exist).
   */
  replace(round: AgreementRecord, expectedRevision: number): Promise<void>;
  /**
   * Erasure: in every round (whatever its status) replace the display name
   * of `userId` wherever they acted (proposed, responded, re-asked, closed)
   * with `displayName`; organisation, role and times stay, so the sign-off
   * stays verifiable. Revisions do not change. Returns how many rounds changed.
   */
  redactPerson(userId: string, displayName: string): Promise<number>;
}
