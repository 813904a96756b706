import type { AgreementActor } from "@jigsaw/shared/agreement/schema";
import type { AgreementRecord } from "./types.ts";

/**
 * A round with `userId`'s display name replaced by `displayName` wherever
 * they acted, or null when they do not appear. Shared by both adapters'
 * `agreements.redactPerson`. Organisation, role and times are untouched.
 */
export function redactRoundPerson(round: AgreementRecord, userId: string, displayName: string): AgreementRecord | null {
  let changed = false;
  const fix = (a: AgreementActor): AgreementActor => {
    if (a.userId !== userId || a.displayName === displayName) return a;
    changed = true;
    return { ...a, displayName };
  };
  const next: AgreementRecord = {
    ...round,
    proposedBy: fix(round.proposedBy),
    responses: round.responses.map((r) => ({ ...r, by: fix(r.by) })),
    trail: round.trail.map((r) => ({ ...r, by: fix(r.by) })),
    reasks: round.reasks.map((r) => ({ ...r, by: fix(r.by) })),
    closedBy: round.closedBy ? fix(round.closedBy) : null,
  };
  return changed ? next : null;
}

/** The label an erasure may write into the audit trail (the audit stores refuse any other change). */
export const FORMER_MEMBER_PREFIX = "Former member";
