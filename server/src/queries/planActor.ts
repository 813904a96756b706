import type { Actor } from "../policies/index.ts";
import { twoFactorSatisfied } from "../policies/twoFactor.ts";
import type { ServerContext } from "../services/context.ts";
import type { MembershipRecord } from "../domain/membership.ts";
import type { PlanRecord } from "../domain/plan.ts";

/**
 * Load any plan's actor given a plan id (for socket handlers and the Yjs
 * endpoint); `membership` is the full record the actor's comes from. A member
 * locked out by the partnership's two-factor requirement has no membership here.
 */
export async function actorForPlan(
  ctx: ServerContext,
  userId: string,
  planId: string,
): Promise<{ actor: Actor; plan: PlanRecord | null; membership: MembershipRecord | null }> {
  const plan = await ctx.storage.plans.findById(planId);
  let membership = plan ? await ctx.storage.memberships.find(plan.partnershipId, userId) : null;
  if (membership && plan) {
    const [partnership, user] = await Promise.all([ctx.storage.partnerships.findById(plan.partnershipId), ctx.storage.users.findById(userId)]);
    if (!user || !twoFactorSatisfied(partnership, user)) membership = null;
  }
  return { actor: { user: { id: userId }, membership }, plan, membership };
}
