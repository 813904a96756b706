import type { PlanSnapshot } from "../plan/schema.ts";
import type { AgreementRound } from "./schema.ts";
import { planItemsAgreementState, sectionAgreementStates } from "./sectionDrift.ts";

/** Where a plan stands on agreement, as shown at the top of the plan and in the plan list. */
export const PLAN_AGREEMENT_STATUSES = ["draft", "in_agreement", "agreed", "changed_since_agreement"] as const;
/** Where a plan stands on agreement. */
export type PlanAgreementStatus = (typeof PLAN_AGREEMENT_STATUSES)[number];

/** Words for each status (shown as text, never colour alone). */
export const PLAN_AGREEMENT_STATUS_LABELS: Record<PlanAgreementStatus, string> = {
  draft: "Draft",
  in_agreement: "In agreement",
  agreed: "Agreed",
  changed_since_agreement: "Changed since agreement",
};

/**
 * A plan's status from its rounds and (when any round was agreed) its
 * content now: a round open → in agreement; never agreed → draft; something
 * agreed (any section, or the whole plan's items) now differs → changed since
 * agreement; otherwise agreed.
 */
export function planAgreementStatus(rounds: readonly AgreementRound[], snapshot: PlanSnapshot | null): PlanAgreementStatus {
  if (rounds.some((r) => r.status === "open")) return "in_agreement";
  if (!rounds.some((r) => r.status === "agreed")) return "draft";
  if (!snapshot) return "agreed";
  const changed =
    sectionAgreementStates(rounds, snapshot.sections, snapshot.actions).some((s) => s.changed) || (planItemsAgreementState(rounds, snapshot)?.changed ?? false);
  return changed ? "changed_since_agreement" : "agreed";
}
