import type { Request } from "express";
import { IdSchema } from "@jigsaw/shared/domain/id";
import { NotFoundError, TwoFactorSetupRequiredError } from "../errors.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import type { Actor } from "../policies/index.ts";
import { twoFactorSatisfied } from "../policies/twoFactor.ts";
import type { ServerContext } from "../services/context.ts";
import type { MembershipRecord } from "../domain/membership.ts";
import type { PartnershipRecord } from "../domain/partnership.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { UserRecord } from "../domain/user.ts";

/** Parse an id route parameter; malformed ids are simply not found. */
export function idParam(req: Request, name: string): string {
  const r = IdSchema.safeParse(req.params[name]);
  if (!r.success) throw NotFoundError();
  return r.data;
}

/**
 * Refuse (403 two_factor_setup_required) a member of a partnership that
 * requires two-factor sign-in when they have not turned it on. Non-members
 * are left to the policies (404).
 */
export async function requireTwoFactorFor(
  ctx: ServerContext,
  user: Pick<UserRecord, "totpSecret">,
  membership: MembershipRecord | null,
  partnership: PartnershipRecord | string | null,
): Promise<void> {
  if (!membership || !partnership) return;
  const p = typeof partnership === "string" ? await ctx.storage.partnerships.findById(partnership) : partnership;
  if (!twoFactorSatisfied(p, user)) throw TwoFactorSetupRequiredError();
}

/** Load a partnership and the caller as an Actor on it. */
export async function loadPartnershipActor(
  ctx: ServerContext,
  req: Request,
  param = "partnershipId",
): Promise<{ actor: Actor; partnership: PartnershipRecord | null }> {
  const auth = requireAuth(req);
  const id = idParam(req, param);
  const [partnership, membership] = await Promise.all([
    ctx.storage.partnerships.findById(id),
    ctx.storage.memberships.find(id, auth.user.id),
  ]);
  await requireTwoFactorFor(ctx, auth.user, membership, partnership);
  return { actor: { user: auth.user, membership }, partnership };
}

/** Load a plan and the caller as an Actor on its partnership. */
export async function loadPlanActor(
  ctx: ServerContext,
  req: Request,
  param = "planId",
): Promise<{ actor: Actor; plan: PlanRecord | null }> {
  const auth = requireAuth(req);
  const id = idParam(req, param);
  const plan = await ctx.storage.plans.findById(id);
  const membership = plan ? await ctx.storage.memberships.find(plan.partnershipId, auth.user.id) : null;
  await requireTwoFactorFor(ctx, auth.user, membership, plan?.partnershipId ?? null);
  return { actor: { user: auth.user, membership }, plan };
}

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
