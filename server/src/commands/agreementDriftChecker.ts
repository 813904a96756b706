import { sectionAgreementStates, sectionStatusCorrections, type SectionAgreementState } from "@jigsaw/shared/agreement/sectionDrift";
import { scopeSectionIds } from "@jigsaw/shared/agreement/stateMachine";
import { readSections, sectionIds, setSectionStatus } from "@jigsaw/shared/plan/index";
import * as Y from "yjs";
import { publishToPlan } from "../realtime/publish.ts";
import type { ServerContext } from "../services/context.ts";
import type { AgreementRecord, PlanRecord } from "../storage/types.ts";
import { recordAudit } from "./auditRecorder.ts";
import { changePlan, loadPlanState } from "./planDocAccess.ts";

/** Section ids under an open round. */
export function sectionsInOpenRounds(rounds: readonly AgreementRecord[], allSectionIds: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const r of rounds) {
    if (r.status !== "open") continue;
    for (const id of scopeSectionIds(r.scope) ?? allSectionIds) out.add(id);
  }
  return out;
}

/**
 * "Changed since agreement", computed when asked: compare each agreed
 * section's agreed title+body (kept in its closed round) with the live
 * document, and where the section's status no longer matches (edited →
 * `changed_since_agreement`; edited back → `agreed`) write the status with a
 * server update so every editor sees it. Read-only plans (archived) are
 * compared but not written. Returns the per-section states with their diffs.
 */
export async function checkAgreementDrift(
  ctx: ServerContext,
  plan: PlanRecord,
  rounds?: readonly AgreementRecord[],
  onSections?: (sections: ReturnType<typeof readSections>) => void,
): Promise<SectionAgreementState[]> {
  const all = rounds ?? (await ctx.storage.agreements.listForPlan(plan.id));
  if (!all.some((r) => r.status === "agreed") && !onSections) return [];
  const state = await loadPlanState(ctx, plan.id);
  const doc = new Y.Doc();
  let states: SectionAgreementState[];
  let corrections: ReturnType<typeof sectionStatusCorrections>;
  try {
    Y.applyUpdate(doc, state);
    const current = readSections(doc);
    onSections?.(current);
    states = sectionAgreementStates(all, current);
    corrections = sectionStatusCorrections(states, current, sectionsInOpenRounds(all, sectionIds(doc)));
  } finally {
    doc.destroy();
  }
  if (corrections.length === 0 || plan.archivedAt !== null) return states;
  if (onSections) {
    // report the statuses as they are about to be written
    const fixed = new Map(corrections.map((c) => [c.sectionId, c.to]));
    const doc2 = new Y.Doc();
    try {
      Y.applyUpdate(doc2, state);
      onSections(readSections(doc2).map((s) => ({ ...s, status: fixed.get(s.id) ?? s.status })));
    } finally {
      doc2.destroy();
    }
  }
  const change = await changePlan(
    ctx,
    plan.id,
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
    for (const c of corrections) {
      const st = states.find((s) => s.sectionId === c.sectionId)!;
      await recordAudit(ctx, {
        plan,
        actor: null,
        action: c.to === "changed_since_agreement" ? "section.changed_since_agreement" : "section.agreed_content_restored",
        subjectType: "section",
        subjectId: c.sectionId,
        details: { title: st.title, roundId: st.roundId, from: c.from, to: c.to },
      });
    }
    publishToPlan(ctx, plan.id, "agreement.updated", {
      planId: plan.id,
      agreementId: changed[0] ? states.find((s) => s.sectionId === changed[0]!.sectionId)!.roundId : corrections[0]!.sectionId,
      change: "sections_changed",
      round: null,
    });
  }
  return states;
}
