import type { AuditRecord } from "../domain/audit.ts";
import type { MembershipRecord } from "../domain/membership.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { ServerContext } from "../services/context.ts";
import { log } from "../logging/logger.ts";
import { newId } from "../utils/ids.ts";
import { nowIso } from "../utils/clock.ts";

const logger = log("commands");

/** Who did it, as recorded (null = the system). */
export interface AuditActor {
  userId: string;
  displayName: string;
  organisation: string | null;
}

/** One thing to record. */
export interface AuditEntryInput {
  /** The plan concerned, or for partnership-wide entries (membership changes) `{ id: null, partnershipId }`. */
  plan: Pick<PlanRecord, "partnershipId"> & { id: string | null };
  actor: AuditActor | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
  at?: string;
}

/** The audit actor for a member (display name looked up). */
export async function auditActorFor(ctx: ServerContext, userId: string, membership: Pick<MembershipRecord, "organisation"> | null): Promise<AuditActor> {
  const user = await ctx.storage.users.findById(userId);
  return { userId, displayName: user?.displayName ?? "Unknown member", organisation: membership?.organisation ?? null };
}

/**
 * Append one entry to the plan's audit trail (who, what, when, from which
 * organisation). The trail is append-only: there is no API to change it.
 */
export async function recordAudit(ctx: ServerContext, input: AuditEntryInput): Promise<AuditRecord> {
  const entry: AuditRecord = {
    id: newId(),
    partnershipId: input.plan.partnershipId,
    planId: input.plan.id,
    at: input.at ?? nowIso(),
    actorId: input.actor?.userId ?? null,
    actorName: input.actor?.displayName ?? "Jigsaw",
    organisation: input.actor?.organisation ?? null,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    details: JSON.stringify(input.details ?? {}),
  };
  try {
    await ctx.storage.audit.append(entry);
  } catch (err) {
    logger.error({ err, action: entry.action, planId: entry.planId }, "audit append failed");
    throw err;
  }
  return entry;
}
