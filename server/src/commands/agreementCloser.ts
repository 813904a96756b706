import type { AgreementActor, AgreementRound, CloseAgreementInput } from "@jigsaw/shared/agreement/schema";
import { staleResponses } from "@jigsaw/shared/agreement/scopeContent";
import { agreementTally, closeAgreement, sameOrganisation } from "@jigsaw/shared/agreement/stateMachine";
import { sectionIds, setSectionStatus } from "@jigsaw/shared/plan/index";
import type { SignOffRecord } from "@jigsaw/shared/versions/schema";
import type { Services } from "../services/services.ts";
import type { AgreementRecord } from "../domain/agreement.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { VersionRecord } from "../domain/version.ts";
import { newId } from "../utils/ids.ts";
import { nowIso } from "../utils/clock.ts";
import { auditActorOf, todayIso } from "./agreementActor.ts";
import { publishAgreementChange } from "./agreementPublisher.ts";
import { recordAudit } from "./auditRecorder.ts";
import { updateAgreement } from "./agreementUpdater.ts";
import { scopeNowOf, snapshotOfState } from "../queries/agreementContent.ts";
import { createVersion } from "./versionCreator.ts";

/**
 * The sign-off record of an agreed round, as frozen into its version and
 * exports: each organisation's final response and its whole trail (a changed
 * or re-asked response stays listed with its comment, time, name and role as
 * they were then).
 */
export function signOffRecord(round: AgreementRound): SignOffRecord {
  const tally = agreementTally(round);
  return {
    agreementId: round.id,
    title: round.title,
    outcome: round.outcome ?? "",
    reviewDate: round.reviewDate,
    closedAt: round.closedAt ?? "",
    closedBy: round.closedBy ? `${round.closedBy.displayName} (${round.closedBy.organisation})` : "",
    scope: round.scope.kind === "plan" ? { kind: "plan" } : { kind: "sections", sections: round.agreedSections.map((s) => ({ id: s.id, title: s.title })) },
    entries: tally.organisations.map((o) => ({
      organisation: o.organisation,
      response: o.response?.kind ?? "none",
      comment: o.response?.comment ?? null,
      by: o.response ? o.response.by.displayName : null,
      at: o.response?.at ?? null,
      trail: round.trail
        .filter((r) => sameOrganisation(r.organisation, o.organisation))
        .map((r) => ({ response: r.kind, comment: r.comment, by: r.by.displayName, role: r.by.role, at: r.at })),
    })),
  };
}

/**
 * The facilitator closes a round as agreed with an outcome statement and
 * optional review date. Refused (409 no_quorum) unless every required
 * organisation responded (standing aside counts; past a closing deadline
 * non-responders are recorded as no response) and no objection stands; refused
 * (409 stale_responses, naming them and what changed) while any response was
 * given on older text than the scope has now. Keeps the agreed content
 * of the covered sections in the round, marks them `agreed` in the live
 * document, and stores the immutable agreed version (the whole plan's state +
 * snapshot + SHA-256 hash + sign-off record naming what the round covered),
 * for a section-scoped round too: the latest agreed version is the one of the
 * round that closed last, whatever its scope.
 */
export async function agreementCloser(
  ctx: Services,
  plan: PlanRecord,
  agreementId: string,
  actor: AgreementActor,
  input: CloseAgreementInput,
): Promise<{ round: AgreementRecord; version: VersionRecord }> {
  const now = nowIso();
  const versionId = newId();
  let state: Uint8Array = new Uint8Array(0);
  // every closed round, whole-plan or section-scoped, stores an agreed version of the whole plan as it stood
  const { after } = await updateAgreement(ctx, plan.id, agreementId, async (round) => {
    // Fail fast (no document load) when the round cannot close anyway.
    const pre = closeAgreement(round, input, actor, { now, today: todayIso(new Date(now)), agreedSections: [], versionId: null });
    // (a round without quorum is still compared with the text, so the refusal names out-of-date responses too)
    if (!pre.ok && pre.code !== "no_quorum") return pre;
    state = await ctx.planDocs.requireState(plan.id);
    const current = scopeNowOf(snapshotOfState(state), round.scope);
    return closeAgreement(round, input, actor, {
      now,
      today: todayIso(new Date(now)),
      agreedSections: current.content.sections,
      agreedPlanItems: current.content.planItems,
      currentHash: current.hash,
      staleChanges: new Map(staleResponses(round, current).map((r) => [r.organisation, r.changes])),
      versionId,
    });
  });
  const covered = new Set(after.agreedSections.map((s) => s.id));
  const change = await ctx.planDocs.change(plan.id,
    actor.userId,
    (doc) => {
      for (const id of sectionIds(doc)) if (covered.has(id)) setSectionStatus(doc, id, "agreed");
    },
    state,
  );
  await recordAudit(ctx, {
    plan,
    actor: auditActorOf(actor),
    action: "agreement.closed",
    subjectType: "agreement",
    subjectId: after.id,
    details: {
      outcome: after.outcome,
      reviewDate: after.reviewDate,
      sections: after.agreedSections.map((s) => ({ id: s.id, title: s.title })),
      responses: after.responses.map((r) => ({ organisation: r.organisation, response: r.kind, by: r.by.displayName, role: r.by.role, contentHash: r.contentHash })),
      contentHash: after.agreedContentHash,
      versionId: after.versionId,
    },
    at: now,
  });
  const version = await createVersion(ctx, plan, {
    id: versionId,
    kind: "agreed",
    name: `Agreed: ${after.title}`.slice(0, 120),
    actor: auditActorOf(actor),
    state: change.state,
    agreementId: after.id,
    signOff: signOffRecord(after),
  });
  publishAgreementChange(ctx, plan, after, "closed");
  ctx.events.emit("agreement.closed", {
    partnershipId: plan.partnershipId,
    planId: plan.id,
    agreementId: after.id,
    title: after.title,
    outcome: after.outcome ?? "",
    requiredOrganisations: after.requiredOrganisations,
    closedBy: actor.userId,
    proposedBy: after.proposedBy.userId,
    versionId: version.id,
  });
  return { round: after, version };
}
