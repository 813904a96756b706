import {
  planItemsAgreementState,
  sectionAgreementStates,
  sectionStatusCorrections,
  type PlanItemsAgreementState,
  type SectionAgreementState,
} from "@jigsaw/shared/agreement/sectionDrift";
import { scopeSectionIds } from "@jigsaw/shared/agreement/stateMachine";
import { readPlan, type readSections, sectionIds, setSectionStatus, type PlanSnapshot } from "@jigsaw/shared/plan/index";
import * as Y from "yjs";
import type { Services } from "../services/services.ts";
import type { AgreementRecord } from "../domain/agreement.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { recordAudit } from "./auditRecorder.ts";
import { scopeNowOf } from "../queries/agreementContent.ts";
import { noticePlanItemsDrift } from "./planItemsDriftNotice.ts";

/** Last published set of out-of-date organisations per open round (so the room hears only when it changes). */
const lastStale = new Map<string, string>();

/**
 * Tell the plan room when the set of out-of-date responses of an open round
 * changes (the text changed after an organisation responded), so everyone
 * sees "given on an earlier text" without reloading.
 */
function announceStaleResponses(ctx: Services, planId: string, rounds: readonly AgreementRecord[], snapshot: PlanSnapshot): void {
  for (const r of rounds) {
    if (r.status !== "open") {
      lastStale.delete(r.id);
      continue;
    }
    const now = scopeNowOf(snapshot, r.scope);
    const key = r.responses
      .filter((x) => x.contentHash !== null && x.contentHash !== now.hash)
      .map((x) => x.organisation)
      .join("\n");
    if ((lastStale.get(r.id) ?? "") === key) continue;
    lastStale.set(r.id, key);
    ctx.events.emit("agreement.changed", { planId, agreementId: r.id, change: "content_changed", round: null, now: null });
  }
}

/** Section ids under an open round. */
export function sectionsInOpenRounds(rounds: readonly AgreementRecord[], allSectionIds: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const r of rounds) {
    if (r.status !== "open") continue;
    for (const id of scopeSectionIds(r.scope) ?? allSectionIds) out.add(id);
  }
  return out;
}

/** Agreement drift of a plan: per agreed section, and for the plan-level items of the latest whole-plan agreement. */
export interface AgreementDrift {
  sections: SectionAgreementState[];
  planItems: PlanItemsAgreementState | null;
}

/**
 * "Changed since agreement", computed when asked: compare each agreed
 * section's agreed content (title, body, outcome tags, linked actions, kept in
 * its closed round) and the plan-level items of the latest whole-plan
 * agreement with the live document. Section statuses "Agreed" and "Changed
 * since agreement" are derived here and nowhere else: where a section's
 * status no longer matches (edited → `changed_since_agreement`; edited back →
 * `agreed`; typed as agreed without an agreement → `draft` or `in_review`)
 * the status is written with a server update so every editor sees it, and
 * audited; sections that newly turned "changed since agreement" are emitted
 * as `agreement.textChanged` (notifications, once per change burst). Read-only plans (archived) are compared but not written.
 */
export async function checkAgreementDrift(
  ctx: Services,
  plan: PlanRecord,
  rounds?: readonly AgreementRecord[],
  onSections?: (sections: ReturnType<typeof readSections>, snapshot: PlanSnapshot) => void,
): Promise<AgreementDrift> {
  const all = rounds ?? (await ctx.storage.agreements.listForPlan(plan.id));
  const state = await ctx.planDocs.requireState(plan.id);
  const doc = new Y.Doc();
  let states: SectionAgreementState[];
  let planItems: PlanItemsAgreementState | null;
  let corrections: ReturnType<typeof sectionStatusCorrections>;
  let snapshot: PlanSnapshot;
  try {
    Y.applyUpdate(doc, state);
    snapshot = readPlan(doc);
    const current = snapshot.sections;
    states = sectionAgreementStates(all, current, snapshot.actions);
    planItems = planItemsAgreementState(all, snapshot);
    corrections = sectionStatusCorrections(states, current, sectionsInOpenRounds(all, sectionIds(doc)));
  } finally {
    doc.destroy();
  }
  const result = { sections: states, planItems };
  announceStaleResponses(ctx, plan.id, all, snapshot);
  if (plan.archivedAt === null) await noticePlanItemsDrift(ctx, plan, planItems);
  if (corrections.length === 0 || plan.archivedAt !== null) {
    onSections?.(snapshot.sections, snapshot);
    return result;
  }
  if (onSections) {
    // report the statuses as they are about to be written
    const fixed = new Map(corrections.map((c) => [c.sectionId, c.to]));
    const sections = snapshot.sections.map((s) => ({ ...s, status: fixed.get(s.id) ?? s.status }));
    onSections(sections, { ...snapshot, sections });
  }
  const change = await ctx.planDocs.change(plan.id,
    null,
    (d) => {
      for (const c of corrections) {
        if (sectionIds(d).includes(c.sectionId)) setSectionStatus(d, c.sectionId, c.to);
      }
    },
    state,
  );
  if (change.changed) {
    const changed = corrections.filter((c) => c.to === "changed_since_agreement");
    // once per change burst: a section turns "changed" once, however many edits follow
    const newlyChanged = changed.filter((c) => c.from !== "changed_since_agreement");
    if (newlyChanged.length > 0) {
      ctx.events.emit("agreement.textChanged", {
        partnershipId: plan.partnershipId,
        planId: plan.id,
        sections: newlyChanged.flatMap((c) => {
          const st = states.find((s) => s.sectionId === c.sectionId);
          return st ? [{ sectionId: c.sectionId, title: st.title, roundId: st.roundId, changes: st.changes }] : [];
        }),
      });
    }
    for (const c of corrections) {
      const st = states.find((s) => s.sectionId === c.sectionId);
      const title = st?.title ?? snapshot.sections.find((s) => s.id === c.sectionId)?.title ?? c.sectionId;
      await recordAudit(ctx, {
        plan,
        actor: null,
        action:
          c.to === "changed_since_agreement"
            ? "section.changed_since_agreement"
            : c.to === "agreed"
              ? "section.agreed_content_restored"
              : "section.status_not_agreed",
        subjectType: "section",
        subjectId: c.sectionId,
        details: { title, roundId: st?.roundId ?? null, from: c.from, to: c.to, changes: st?.changes ?? [] },
      });
    }
    ctx.events.emit("agreement.changed", {
      planId: plan.id,
      agreementId: changed[0] ? states.find((s) => s.sectionId === changed[0]!.sectionId)!.roundId : (states.find((s) => s.sectionId === corrections[0]!.sectionId)?.roundId ?? corrections[0]!.sectionId),
      change: "sections_changed",
      round: null,
      now: null,
    });
  }
  return result;
}
