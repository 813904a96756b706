import { RevisionConflictError } from "./errors.ts";

/** What kind of partnership extension an item is. */
export type OutcomeExtensionKind = "term" | "outcome" | "link";

/**
 * One local term, shared outcome or link a partnership added to the outcomes
 * model. `data` is the item as JSON (a `LocalTerm`, `LocalOutcome` or
 * `LocalLink` from `@jigsaw/shared/outcomes`), validated by the caller with
 * `validateExtensions` before it is written. Retired items stay stored (their
 * ids are never reused) and are left out of the partnership's model.
 */
export interface OutcomeExtensionItemRecord {
  partnershipId: string;
  /** The item's model id, `local:...`, unique within the partnership. */
  itemId: string;
  kind: OutcomeExtensionKind;
  data: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  retiredAt: string | null;
  retiredBy: string | null;
}

/** What happened to an extension item. */
export type OutcomeExtensionAction = "create" | "update" | "retire";

/** One audit entry: who changed which extension item, how and when. */
export interface OutcomeExtensionChangeRecord {
  partnershipId: string;
  /** 1, 2, 3, ... per partnership; the partnership's extensions revision after this change. */
  seq: number;
  actorId: string;
  action: OutcomeExtensionAction;
  itemKind: OutcomeExtensionKind;
  itemId: string;
  /** The item's label (for links, "from → to") when the change was made. */
  label: string;
  /** Fields an update changed, comma-separated; empty for create and retire. */
  fields: string;
  at: string;
}

/**
 * Extension writes are compare-and-set on the partnership's revision: a write
 * made against `expectedRevision` only applies while the stored revision is
 * still that (`RevisionConflictError` otherwise; nothing is written).
 */
export function assertAtRevision(expectedRevision: number, storedRevision: number): void {
  if (storedRevision !== expectedRevision) throw new RevisionConflictError(expectedRevision, storedRevision);
}
