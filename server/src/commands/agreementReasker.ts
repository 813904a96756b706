import type { AgreementActor, ReaskAgreementInput } from "@jigsaw/shared/agreement/schema";
import { staleResponses, type ScopeNow } from "@jigsaw/shared/agreement/scopeContent";
import { reaskAgreement } from "@jigsaw/shared/agreement/stateMachine";
import type { ServerContext } from "../services/context.ts";
import type { AgreementRecord } from "../domain/agreement.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { nowIso } from "../utils/clock.ts";
import { auditActorOf } from "./agreementActor.ts";
import { planSnapshotNow, scopeNowOf } from "./agreementContent.ts";
import { publishAgreementChange } from "./agreementPublisher.ts";
import { recordAudit } from "./auditRecorder.ts";
import { updateAgreement } from "./agreementUpdater.ts";

/**
 * The text changed after some organisations responded: the facilitator asks
 * them again. Their responses stay in the trail; they are waiting again on
 * the current text. Audited (with what changed), pushed to the plan room, and
 * the organisations are notified as for a new request.
 */
export async function agreementReasker(
  ctx: ServerContext,
  plan: PlanRecord,
  agreementId: string,
  actor: AgreementActor,
  input: ReaskAgreementInput,
): Promise<AgreementRecord> {
  const now = nowIso();
  const snapshot = await planSnapshotNow(ctx, plan.id);
  let current: ScopeNow | null = null;
  const { before, after } = await updateAgreement(ctx, plan.id, agreementId, (round) => {
    current = scopeNowOf(snapshot, round.scope);
    return reaskAgreement(round, input, actor, now, current.hash);
  });
  const reask = after.reasks[after.reasks.length - 1]!;
  const stale = staleResponses(before, current!).filter((r) => reask.organisations.includes(r.organisation));
  await recordAudit(ctx, {
    plan,
    actor: auditActorOf(actor),
    action: "agreement.reasked",
    subjectType: "agreement",
    subjectId: after.id,
    details: {
      organisations: reask.organisations,
      contentHash: reask.contentHash,
      previous: stale.map((r) => ({ organisation: r.organisation, response: r.kind, at: r.at, by: r.by, changes: r.changes })),
    },
    at: now,
  });
  publishAgreementChange(ctx, plan, after, "reasked", current);
  ctx.events.emit("agreement.requested", {
    partnershipId: plan.partnershipId,
    planId: plan.id,
    agreementId: after.id,
    title: `${after.title} (the text changed: please respond again)`,
    requiredOrganisations: reask.organisations,
    deadline: after.deadline,
    proposedBy: actor.userId,
  });
  return after;
}
