import type { OutcomeExtensionChangeRecord, OutcomeExtensionItemRecord } from "../../domain/outcomeExtension.ts";

/** A partnership's stored extensions: every item (active and retired) and the revision they are at. */
export interface OutcomeExtensionState {
  /** Number of changes ever applied (0 when none): the `expectedRevision` for the next write. */
  revision: number;
  items: OutcomeExtensionItemRecord[];
}

/** One item write and its audit entry, applied together. `change.seq` is assigned by the store. */
export interface OutcomeExtensionWrite {
  item: OutcomeExtensionItemRecord;
  change: Omit<OutcomeExtensionChangeRecord, "seq" | "partnershipId">;
}

/** Partnership extensions to the shared outcomes model, with an audit trail. */
export interface OutcomeExtensionRepository {
  /** Every stored item of the partnership (creation order) and its revision. */
  load(partnershipId: string): Promise<OutcomeExtensionState>;
  /**
   * Insert or replace the items and append their audit entries (seq
   * `expectedRevision + 1`, `+ 2`, ...) in one transaction, only if the
   * partnership is still at `expectedRevision`; otherwise nothing is written
   * and it rejects with `RevisionConflictError`. Returns the new revision.
   */
  apply(partnershipId: string, expectedRevision: number, writes: OutcomeExtensionWrite[]): Promise<number>;
  /** Audit entries, newest first, at most `limit`. */
  listChanges(partnershipId: string, limit: number): Promise<OutcomeExtensionChangeRecord[]>;
}
