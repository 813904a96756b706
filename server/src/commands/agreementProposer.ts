import type { AgreementActor, ProposeAgreementInput } from "@jigsaw/shared/agreement/schema";
import { proposeAgreement, scopeSectionIds } from "@jigsaw/shared/agreement/stateMachine";
import { readPlan, sectionIds, setSectionStatus } from "@jigsaw/shared/plan/index";
import type { ServerContext } from "../services/context.ts";
import type { AgreementRecord } from "../domain/agreement.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { newId } from "../utils/ids.ts";
import { nowIso } from "../utils/clock.ts";
import { agreementError } from "./agreementErrors.ts";
import { auditActorOf, todayIso } from "./agreementActor.ts";
import { publishAgreementChange } from "./agreementPublisher.ts";
import { recordAudit } from "./auditRecorder.ts";
import { changePlan, loadPlanDoc } from "./planDocAccess.ts";

/**
 * A facilitator proposes a section, sections or the whole plan for agreement:
 * validate against the members and the live document, store the round, mark
 * the covered sections `in_review`, audit, tell the plan room and emit
 * `agreement.requested` for notifications.
 */
export async function agreementProposer(
  ctx: ServerContext,
  plan: PlanRecord,
  actor: AgreementActor,
  input: ProposeAgreementInput,
): Promise<AgreementRecord> {
  const now = nowIso();
  const [members, rounds, loaded] = await Promise.all([
    ctx.storage.memberships.listMembers(plan.partnershipId),
    ctx.storage.agreements.listForPlan(plan.id),
    loadPlanDoc(ctx, plan.id),
  ]);
  let ids: string[];
  let titles: Map<string, string>;
  try {
    const snap = readPlan(loaded.doc);
    ids = sectionIds(loaded.doc);
    titles = new Map(snap.sections.map((s) => [s.id, s.title]));
  } finally {
    loaded.doc.destroy();
  }
  const result = proposeAgreement(input, actor, {
    id: newId(),
    planId: plan.id,
    partnershipId: plan.partnershipId,
    now,
    today: todayIso(new Date(now)),
    members,
    sectionIds: ids,
    sectionTitles: titles,
    planTitle: plan.title,
    openRounds: rounds.filter((r) => r.status === "open"),
  });
  if (!result.ok) throw agreementError(result);
  const round = result.round;
  await ctx.storage.agreements.create(round);
  const covered = scopeSectionIds(round.scope) ?? ids;
  await changePlan(
    ctx,
    plan.id,
    actor.userId,
    (doc) => {
      const present = new Set(sectionIds(doc));
      for (const id of covered) if (present.has(id)) setSectionStatus(doc, id, "in_review");
    },
    loaded.state,
  );
  await recordAudit(ctx, {
    plan,
    actor: auditActorOf(actor),
    action: "agreement.proposed",
    subjectType: "agreement",
    subjectId: round.id,
    details: { title: round.title, scope: round.scope, requiredOrganisations: round.requiredOrganisations, deadline: round.deadline, closeAfterDeadline: round.closeAfterDeadline },
    at: now,
  });
  publishAgreementChange(ctx, plan, round, "proposed");
  ctx.events.emit("agreement.requested", {
    partnershipId: plan.partnershipId,
    planId: plan.id,
    agreementId: round.id,
    title: round.title,
    requiredOrganisations: round.requiredOrganisations,
    deadline: round.deadline,
    proposedBy: actor.userId,
  });
  return round;
}
