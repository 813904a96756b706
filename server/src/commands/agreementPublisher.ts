import type { AgreementEventPayload } from "@jigsaw/shared/agreement/presented";
import type { ScopeNow } from "@jigsaw/shared/agreement/scopeContent";
import { presentAgreementPublic } from "../presenters/agreement.ts";
import { publishToPlan } from "../realtime/publish.ts";
import type { ServerContext } from "../services/context.ts";
import type { AgreementRecord } from "../domain/agreement.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { todayIso } from "./agreementActor.ts";

/** Push a changed round to the plan room (without per-viewer policies: clients refetch for those). */
export function publishAgreementChange(
  ctx: ServerContext,
  plan: PlanRecord,
  round: AgreementRecord,
  change: AgreementEventPayload["change"],
  now: ScopeNow | null = null,
): void {
  publishToPlan(ctx, plan.id, "agreement.updated", {
    planId: plan.id,
    agreementId: round.id,
    change,
    round: presentAgreementPublic(round, todayIso(), now),
  });
}
