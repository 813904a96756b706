import type { MembershipUpdateInput } from "@jigsaw/shared/domain/partnership";
import { LastFacilitatorError, NotFoundError } from "../errors.ts";
import type { ServerContext } from "../services/context.ts";
import { InvariantError, type MembershipRecord } from "../storage/types.ts";
import { nowIso } from "../utils/clock.ts";

/**
 * Change a member's role/organisation/sector. A role change re-authorises the
 * member's open connections at once (they are closed and reconnect).
 */
export async function membershipUpdater(
  ctx: ServerContext,
  partnershipId: string,
  userId: string,
  patch: MembershipUpdateInput,
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
  if (before && before.role !== updated.role) {
    ctx.events.emit("membership.changed", { partnershipId, userId, role: updated.role });
  }
  return updated;
}

/** Remove a member (or leave). Their open connections close at once. */
export async function membershipRemover(ctx: ServerContext, partnershipId: string, userId: string): Promise<void> {
  let removed: boolean;
  try {
    removed = await ctx.storage.memberships.remove(partnershipId, userId);
  } catch (err) {
    if (err instanceof InvariantError && err.invariant === "last_facilitator") throw LastFacilitatorError();
    throw err;
  }
  if (!removed) throw NotFoundError("Member not found");
  ctx.events.emit("membership.changed", { partnershipId, userId, role: null });
}
