import type { Request } from "express";
import { IdSchema } from "@jigsaw/shared/domain/id";
import { NotFoundError } from "../errors.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import type { Actor } from "../policies/index.ts";
import type { ServerContext } from "../services/context.ts";
import type { MembershipRecord, PartnershipRecord, PlanRecord } from "../storage/types.ts";

/** Parse an id route parameter; malformed ids are simply not found. */
export function idParam(req: Request, name: string): string {
  const r = IdSchema.safeParse(req.params[name]);
  if (!r.success) throw NotFoundError();
  return r.data;
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
  return { actor: { user: auth.user, membership }, plan };
}

/** Load any plan's actor given a plan id (for socket handlers); `membership` is the full record the actor's comes from. */
export async function actorForPlan(
  ctx: ServerContext,
  userId: string,
  planId: string,
): Promise<{ actor: Actor; plan: PlanRecord | null; membership: MembershipRecord | null }> {
  const plan = await ctx.storage.plans.findById(planId);
  const membership = plan ? await ctx.storage.memberships.find(plan.partnershipId, userId) : null;
  return { actor: { user: { id: userId }, membership }, plan, membership };
}
