import type { AgreementActor, WithdrawAgreementInput } from "@jigsaw/shared/agreement/schema";
import { scopeSectionIds, withdrawAgreement } from "@jigsaw/shared/agreement/stateMachine";
import { readSections, setSectionStatus } from "@jigsaw/shared/plan/index";
import type { ServerContext } from "../services/context.ts";
import type { AgreementRecord } from "../domain/agreement.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { nowIso } from "../utils/clock.ts";
import { auditActorOf } from "./agreementActor.ts";
import { checkAgreementDrift } from "./agreementDriftChecker.ts";
import { publishAgreementChange } from "./agreementPublisher.ts";
import { recordAudit } from "./auditRecorder.ts";
import { updateAgreement } from "./agreementUpdater.ts";
import { changePlan } from "./planDocAccess.ts";

/**
 * The facilitator withdraws an open round. Covered sections leave `in_review`:
 * back to `draft`, or to `agreed` / `changed_since_agreement` when an earlier
 * agreement of theirs exists (the drift check decides).
 */
export async function agreementWithdrawer(
  ctx: ServerContext,
  plan: PlanRecord,
  agreementId: string,
  actor: AgreementActor,
  input: WithdrawAgreementInput,
): Promise<AgreementRecord> {
  const now = nowIso();
  const { after } = await updateAgreement(ctx, plan.id, agreementId, (round) => withdrawAgreement(round, input, actor, now));
  const rounds = await ctx.storage.agreements.listForPlan(plan.id);
  const stillOpen = new Set<string>();
  for (const r of rounds) if (r.status === "open") for (const id of scopeSectionIds(r.scope) ?? ["*"]) stillOpen.add(id);
  const covered = scopeSectionIds(after.scope);
  await changePlan(ctx, plan.id, actor.userId, (doc) => {
    if (stillOpen.has("*")) return;
    for (const s of readSections(doc)) {
      if ((covered === null || covered.includes(s.id)) && s.status === "in_review" && !stillOpen.has(s.id)) setSectionStatus(doc, s.id, "draft");
    }
  });
  await checkAgreementDrift(ctx, plan, rounds);
  await recordAudit(ctx, {
    plan,
    actor: auditActorOf(actor),
    action: "agreement.withdrawn",
    subjectType: "agreement",
    subjectId: after.id,
    details: { reason: after.withdrawnReason },
    at: now,
  });
  publishAgreementChange(ctx, plan, after, "withdrawn");
  return after;
}
