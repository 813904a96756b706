import { planAgreementStatus, type PlanAgreementStatus } from "@jigsaw/shared/agreement/planStatus";
import type { Services } from "../services/services.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { snapshotOfState } from "./agreementContent.ts";

/**
 * A plan's agreement status (Draft / In agreement / Agreed / Changed since
 * agreement). The document is read only when a round was agreed and none is
 * open, to compare the agreed content with the content now.
 */
export async function readPlanStatus(ctx: Services, plan: PlanRecord): Promise<PlanAgreementStatus> {
  const rounds = await ctx.storage.agreements.listForPlan(plan.id);
  const needsContent = !rounds.some((r) => r.status === "open") && rounds.some((r) => r.status === "agreed");
  return planAgreementStatus(rounds, needsContent ? snapshotOfState(await ctx.planDocs.requireState(plan.id)) : null);
}
