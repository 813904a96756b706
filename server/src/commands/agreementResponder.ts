import type { AgreementActor, RespondAgreementInput } from "@jigsaw/shared/agreement/schema";
import { respondToAgreement, sameOrganisation } from "@jigsaw/shared/agreement/stateMachine";
import type { Services } from "../services/services.ts";
import type { AgreementRecord } from "../domain/agreement.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { nowIso } from "../utils/clock.ts";
import { auditActorOf } from "./agreementActor.ts";
import { publishAgreementChange } from "./agreementPublisher.ts";
import { recordAudit } from "./auditRecorder.ts";
import { updateAgreement } from "./agreementUpdater.ts";
import { planSnapshotNow, scopeNowOf } from "../queries/agreementContent.ts";

/**
 * A representative of a required organisation responds, or changes their
 * organisation's response, while the round is open. Concurrent responses are
 * serialised by compare-and-set + retry; every response is audited and pushed
 * live to the plan room and emitted as `agreement.responded` (notifications). The response records the hash of the scope content
 * as it is now (the text the organisation responds on), and joins the trail.
 */
export async function agreementResponder(
  ctx: Services,
  plan: PlanRecord,
  agreementId: string,
  actor: AgreementActor,
  input: RespondAgreementInput,
): Promise<AgreementRecord> {
  const now = nowIso();
  const snapshot = await planSnapshotNow(ctx, plan.id);
  let seen: ReturnType<typeof scopeNowOf> | null = null;
  const { before, after } = await updateAgreement(ctx, plan.id, agreementId, (round) => {
    seen = scopeNowOf(snapshot, round.scope);
    return respondToAgreement(round, input, actor, now, seen);
  });
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
      role: response.by.role,
      contentHash: response.contentHash,
      previous: previous ? { response: previous.kind, comment: previous.comment, by: previous.by.displayName, at: previous.at, contentHash: previous.contentHash } : null,
    },
    at: now,
  });
  publishAgreementChange(ctx, plan, after, "responded", seen);
  ctx.events.emit("agreement.responded", {
    partnershipId: plan.partnershipId,
    planId: plan.id,
    agreementId: after.id,
    title: after.title,
    organisation: response.organisation,
    response: response.kind,
    comment: response.comment,
    by: actor.userId,
    proposedBy: after.proposedBy.userId,
    changed: previous !== null,
  });
  return after;
}
