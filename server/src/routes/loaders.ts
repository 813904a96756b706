import type { Request } from "express";
import { IdSchema } from "@jigsaw/shared/domain/id";
import { NotFoundError, TwoFactorSetupRequiredError } from "../errors.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import type { Actor } from "../policies/index.ts";
import { twoFactorSatisfied } from "../policies/twoFactor.ts";
import type { Services } from "../services/services.ts";
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
  ctx: Services,
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
  ctx: Services,
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
  ctx: Services,
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
