import type { AgreementActor } from "@jigsaw/shared/agreement/schema";
import type { SignOffRecord } from "@jigsaw/shared/versions/schema";
import type { AgreementRecord } from "../domain/agreement.ts";
import type { AuditRecord } from "../domain/audit.ts";

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

function replaceStrings(value: unknown, from: string, to: string): unknown {
  if (value === from) return to;
  if (Array.isArray(value)) return value.map((v) => replaceStrings(v, from, to));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceStrings(v, from, to)]));
  return value;
}

/**
 * An audit entry with an erased person's name replaced by `label` (their own
 * entries' `actorName`; details values equal to `formerName` in entries by or
 * about them), or null when nothing changes. Shared by both adapters.
 */
export function redactAuditEntry(entry: AuditRecord, userId: string, formerName: string, label: string, alsoSubjects: ReadonlySet<string> = new Set()): AuditRecord | null {
  if (!label.startsWith(FORMER_MEMBER_PREFIX)) throw new Error('an erased name must start with "Former member"');
  if (entry.actorId !== userId && entry.subjectId !== userId && !alsoSubjects.has(entry.subjectId)) return null;
  const actorName = entry.actorId === userId ? label : entry.actorName;
  let details = entry.details;
  if (formerName && formerName !== label) {
    try {
      details = JSON.stringify(replaceStrings(JSON.parse(entry.details), formerName, label));
    } catch {
      details = entry.details;
    }
    if (details === JSON.stringify(JSON.parse(entry.details))) details = entry.details;
  }
  if (actorName === entry.actorName && details === entry.details) return null;
  return { ...entry, actorName, details };
}

/**
 * An agreed version's sign-off record with `userId`'s name replaced by
 * `label` where they responded (matched on their name and the response time
 * in `round`, read before the round itself was redacted) or closed the round;
 * null when they appear nowhere. Organisation, response, role and time stay.
 */
export function redactSignOff(signOff: SignOffRecord, round: AgreementRecord, userId: string, label: string): SignOffRecord | null {
  const theirs = [...round.responses, ...round.trail].filter((r) => r.by.userId === userId);
  const isTheirs = (by: string | null, at: string | null) => by !== null && theirs.some((r) => r.by.displayName === by && r.at === at);
  let changed = false;
  const entries = signOff.entries.map((e) => {
    const trail = e.trail?.map((t) => {
      if (!isTheirs(t.by, t.at)) return t;
      changed = true;
      return { ...t, by: label };
    });
    const by = isTheirs(e.by, e.at) ? label : e.by;
    if (by !== e.by) changed = true;
    return { ...e, by, ...(trail ? { trail } : {}) };
  });
  let closedBy = signOff.closedBy;
  if (round.closedBy?.userId === userId && closedBy === `${round.closedBy.displayName} (${round.closedBy.organisation})`) {
    closedBy = `${label} (${round.closedBy.organisation})`;
    changed = true;
  }
  return changed ? { ...signOff, closedBy, entries } : null;
}
