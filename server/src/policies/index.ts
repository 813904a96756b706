import type { PartnershipAbility, PlanAbility } from "@jigsaw/shared/domain/abilities";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import type { PartnershipRecord } from "../domain/partnership.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { canPartnership } from "./partnership.ts";
import { canPlan } from "./plan.ts";
import type { Actor } from "./types.ts";

export type { Actor } from "./types.ts";
export { canPartnership, partnershipAbilities, isMember } from "./partnership.ts";
export { canPlan, planAbilities } from "./plan.ts";
export { canComment, authorizeComment, type CommentAbility } from "./comment.ts";

/**
 * Throw unless the actor may act on the partnership. Non-members get 404 so
 * that ids of other partnerships reveal nothing.
 */
export function authorizePartnership(actor: Actor, ability: PartnershipAbility, p: PartnershipRecord | null): asserts p is PartnershipRecord {
  if (!p || !canPartnership(actor, "read", p)) {
    throw NotFoundError("Partnership not found");
  }
  if (!canPartnership(actor, ability, p)) {
    throw ForbiddenError();
  }
}

/** Throw unless the actor may act on the plan. Non-members get 404. */
export function authorizePlan(actor: Actor, ability: PlanAbility, plan: PlanRecord | null): asserts plan is PlanRecord {
  if (!plan || !canPlan(actor, "read", plan)) {
    throw NotFoundError("Plan not found");
  }
  if (!canPlan(actor, ability, plan)) {
    throw ForbiddenError(plan.archivedAt ? "This plan is archived" : "You do not have permission to do that");
  }
}
