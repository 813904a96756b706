import type { MembershipUpdateInput } from "@jigsaw/shared/domain/partnership";
import { LastFacilitatorError, NotFoundError } from "../errors.ts";
import type { ServerContext } from "../services/context.ts";
import { InvariantError } from "../domain/errors.ts";
import type { MembershipRecord } from "../domain/membership.ts";
import { nowIso } from "../utils/clock.ts";
import { recordAudit, type AuditActor } from "./auditRecorder.ts";

/** Record a membership change in the partnership's audit trail (who changed whom, from what to what). */
async function auditMembership(
  ctx: ServerContext,
  partnershipId: string,
  actor: AuditActor | null,
  action: "membership.joined" | "membership.changed" | "membership.removed",
  subject: { userId: string; displayName: string },
  details: Record<string, unknown>,
): Promise<void> {
  await recordAudit(ctx, {
    plan: { id: null, partnershipId },
    actor,
    action,
    subjectType: "membership",
    subjectId: subject.userId,
    details: { member: subject.displayName, ...details },
  });
}

/** The audited view of a membership. */
function membershipFields(m: Pick<MembershipRecord, "role" | "organisation" | "sector">) {
  return { role: m.role, organisation: m.organisation, sector: m.sector };
}

/** Audit a member joining (invite accepted or partnership created). */
export async function auditMemberJoined(ctx: ServerContext, m: MembershipRecord, actor: AuditActor | null): Promise<void> {
  const user = await ctx.storage.users.findById(m.userId);
  await auditMembership(ctx, m.partnershipId, actor, "membership.joined", { userId: m.userId, displayName: user?.displayName ?? "" }, { after: membershipFields(m) });
}

/**
 * Change a member's role/organisation/sector (a facilitator's decision; the
 * route checks). Every change is audited with before and after. A role change
 * re-authorises the member's open connections at once (they are closed and
 * reconnect). Responses already given keep the organisation and role they
 * were given with (agreement rounds store them), so nothing else is rewritten.
 */
export async function membershipUpdater(
  ctx: ServerContext,
  partnershipId: string,
  userId: string,
  patch: MembershipUpdateInput,
  actor: AuditActor | null = null,
): Promise<MembershipRecord> {
  const before = await ctx.storage.memberships.find(partnershipId, userId);
  let updated: MembershipRecord | null;
  try {
    updated = await ctx.storage.memberships.update(partnershipId, userId, patch, nowIso());
  } catch (err) {
    if (err instanceof InvariantError && err.invariant === "last_facilitator") throw LastFacilitatorError();
    throw err;
  }
  if (!updated) throw NotFoundError("Member not found");
  if (before && JSON.stringify(membershipFields(before)) !== JSON.stringify(membershipFields(updated))) {
    const user = await ctx.storage.users.findById(userId);
    await auditMembership(ctx, partnershipId, actor, "membership.changed", { userId, displayName: user?.displayName ?? "" }, {
      before: membershipFields(before),
      after: membershipFields(updated),
    });
  }
  if (before && before.role !== updated.role) {
    ctx.events.emit("membership.changed", { partnershipId, userId, role: updated.role });
  }
  return updated;
}

/** Remove a member (or leave), audited. Their open connections close at once. */
export async function membershipRemover(ctx: ServerContext, partnershipId: string, userId: string, actor: AuditActor | null = null): Promise<void> {
  const before = await ctx.storage.memberships.find(partnershipId, userId);
  let removed: boolean;
  try {
    removed = await ctx.storage.memberships.remove(partnershipId, userId);
  } catch (err) {
    if (err instanceof InvariantError && err.invariant === "last_facilitator") throw LastFacilitatorError();
    throw err;
  }
  if (!removed) throw NotFoundError("Member not found");
  const user = await ctx.storage.users.findById(userId);
  await auditMembership(ctx, partnershipId, actor, "membership.removed", { userId, displayName: user?.displayName ?? "" }, {
    before: before ? membershipFields(before) : null,
  });
  ctx.events.emit("membership.changed", { partnershipId, userId, role: null });
}
