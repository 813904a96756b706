import type { PlanItemsAgreementState } from "@jigsaw/shared/agreement/sectionDrift";
import type { Services } from "../services/services.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { recordAudit } from "./auditRecorder.ts";

const CHANGED = "plan_items.changed_since_agreement";
const RESTORED = "plan_items.agreed_content_restored";

/**
 * The plan-level items of the latest whole-plan agreement (indicators, risks,
 * actions under no section) have no status in the document, so their drift is
 * remembered in the audit trail: when they first differ from what was agreed,
 * record it and emit `agreement.textChanged` (once per change burst); when
 * they match again, record that, so a later change is told again.
 */
export async function noticePlanItemsDrift(ctx: Services, plan: PlanRecord, items: PlanItemsAgreementState | null): Promise<void> {
  if (!items) return;
  const entries = await ctx.storage.audit.listForPlan(plan.id, 200);
  const latest = entries.find((e) => e.subjectId === items.roundId && (e.action === CHANGED || e.action === RESTORED));
  const wasChanged = latest?.action === CHANGED;
  if (items.changed === wasChanged) return;
  await recordAudit(ctx, {
    plan,
    actor: null,
    action: items.changed ? CHANGED : RESTORED,
    subjectType: "agreement",
    subjectId: items.roundId,
    details: { changes: items.changes },
  });
  if (!items.changed) return;
  ctx.events.emit("agreement.textChanged", {
    partnershipId: plan.partnershipId,
    planId: plan.id,
    sections: [{ sectionId: null, title: "Indicators, risks and actions", roundId: items.roundId, changes: items.changes }],
  });
}
