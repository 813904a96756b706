import type { PresentedPlan } from "@jigsaw/shared/domain/plan";
import type { PlanRecord } from "../domain/plan.ts";

/** Plan metadata for the API. */
export function presentPlan(p: PlanRecord): PresentedPlan {
  return {
    id: p.id,
    partnershipId: p.partnershipId,
    title: p.title,
    template: p.template,
    archived: p.archivedAt !== null,
    createdAt: p.createdAt,
    lastActivityAt: p.lastActivityAt,
  };
}
