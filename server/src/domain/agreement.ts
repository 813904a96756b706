import type { AgreementRound } from "@jigsaw/shared/agreement/schema";
import { InvariantError, RevisionConflictError } from "./errors.ts";

/** A stored agreement round (`AgreementRound` from `@jigsaw/shared/agreement/schema`, kept whole as JSON). */
export type AgreementRecord = AgreementRound;

/** A round's replacement must carry a later revision than the one it replaces (`RevisionConflictError` otherwise). */
export function assertRevisionAdvances(expectedRevision: number, nextRevision: number): void {
  if (nextRevision <= expectedRevision) throw new RevisionConflictError(expectedRevision, nextRevision);
}

/**
 * Why a compare-and-set replace of a round wrote nothing, given the stored
 * round (null: none): it does not exist (`InvariantError("not_found")`), or
 * it is at another revision or no longer open (`RevisionConflictError`).
 */
export function replaceRefusal(expectedRevision: number, stored: { revision: number } | null): InvariantError | RevisionConflictError {
  return stored ? new RevisionConflictError(expectedRevision, stored.revision) : new InvariantError("not_found");
}
