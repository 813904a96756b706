import type { PlanUpdateInput } from "@jigsaw/shared/domain/plan";
import type { Services } from "../services/services.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { nowIso } from "../utils/clock.ts";

/**
 * Rename and/or archive or unarchive a plan (the route has authorized each
 * change), mark activity, and announce `plan.changed` (plan lists refresh,
 * a meeting on an archived plan ends, search re-indexes). Returns the plan after.
 */
export async function updatePlan(ctx: Services, plan: PlanRecord, input: PlanUpdateInput): Promise<PlanRecord> {
  const at = nowIso();
  await ctx.storage.plans.update(plan.id, {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.archived !== undefined ? { archivedAt: input.archived ? (plan.archivedAt ?? at) : null } : {}),
  });
  await ctx.storage.plans.touchActivity(plan.id, at);
  const updated = (await ctx.storage.plans.findById(plan.id))!;
  ctx.events.emit("plan.changed", { partnershipId: plan.partnershipId, planId: plan.id });
  return updated;
}
