import type { AgreementEventPayload } from "@jigsaw/shared/agreement/presented";
import type { ScopeNow } from "@jigsaw/shared/agreement/scopeContent";
import type { Services } from "../services/services.ts";
import type { AgreementRecord } from "../domain/agreement.ts";
import type { PlanRecord } from "../domain/plan.ts";

/** Announce a changed round (`agreement.changed`: the plan room hears it without per-viewer policies; clients refetch for those). */
export function publishAgreementChange(
  ctx: Services,
  plan: PlanRecord,
  round: AgreementRecord,
  change: AgreementEventPayload["change"],
  now: ScopeNow | null = null,
): void {
  ctx.events.emit("agreement.changed", { planId: plan.id, agreementId: round.id, change, round, now });
}
