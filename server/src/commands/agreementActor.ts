import type { AgreementActor } from "@jigsaw/shared/agreement/schema";
import type { ServerContext } from "../services/context.ts";
import type { MembershipRecord } from "../domain/membership.ts";
import type { AuditActor } from "./auditRecorder.ts";

/** The acting member as the agreement state machine sees them (from the stored membership, never the request). */
export async function agreementActorFor(ctx: ServerContext, membership: MembershipRecord | null): Promise<AgreementActor | null> {
  if (!membership) return null;
  const user = await ctx.storage.users.findById(membership.userId);
  return {
    userId: membership.userId,
    displayName: user?.displayName ?? "Unknown member",
    organisation: membership.organisation,
    role: membership.role,
  };
}

/** The audit view of an agreement actor. */
export function auditActorOf(a: AgreementActor): AuditActor {
  return { userId: a.userId, displayName: a.displayName, organisation: a.organisation };
}

/** Today's date (UTC, YYYY-MM-DD) for deadline and review-date checks. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
