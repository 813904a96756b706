import type { AgreementActor, RespondAgreementInput } from "@jigsaw/shared/agreement/schema";
import { respondToAgreement, sameOrganisation } from "@jigsaw/shared/agreement/stateMachine";
import { publishToPlan } from "../realtime/publish.ts";
import { presentAgreementPublic } from "../presenters/agreement.ts";
import type { ServerContext } from "../services/context.ts";
import type { AgreementRecord, PlanRecord } from "../storage/types.ts";
import { nowIso } from "../utils/clock.ts";
import { auditActorOf, todayIso } from "./agreementActor.ts";
import { recordAudit } from "./auditRecorder.ts";
import { updateAgreement } from "./agreementUpdater.ts";

/**
 * A representative of a required organisation responds, or changes their
 * organisation's response, while the round is open. Concurrent responses are
 * serialised by compare-and-set + retry; every response is audited and pushed
 * live to the plan room.
 */
export async function agreementResponder(
  ctx: ServerContext,
  plan: PlanRecord,
  agreementId: string,
  actor: AgreementActor,
  input: RespondAgreementInput,
): Promise<AgreementRecord> {
  const now = nowIso();
  const { before, after } = await updateAgreement(ctx, plan.id, agreementId, (round) => respondToAgreement(round, input, actor, now));
  const response = after.responses.find((r) => r.by.userId === actor.userId && r.at === now)!;
  const previous = before.responses.find((r) => sameOrganisation(r.organisation, response.organisation)) ?? null;
  await recordAudit(ctx, {
    plan,
    actor: auditActorOf(actor),
    action: previous ? "agreement.response_changed" : "agreement.responded",
    subjectType: "agreement",
    subjectId: after.id,
    details: {
      organisation: response.organisation,
      response: response.kind,
      comment: response.comment,
      previous: previous ? { response: previous.kind, comment: previous.comment, by: previous.by.displayName } : null,
    },
    at: now,
  });
  publishToPlan(ctx, plan.id, "agreement.updated", {
    planId: plan.id,
    agreementId: after.id,
    change: "responded",
    round: presentAgreementPublic(after, todayIso()),
  });
  return after;
}
