import { PLAN_AGREEMENT_STATUS_LABELS, type PlanAgreementStatus } from "@jigsaw/shared/agreement/planStatus";

/** A plan's agreement status in words ("Status: Agreed"), its colour only a second cue. */
export function PlanStatusTag({ status }: { status: PlanAgreementStatus }) {
  return (
    <span className={`tag plan-status plan-status--${status}`}>
      <span className="plan-status__prefix">Status: </span>
      {PLAN_AGREEMENT_STATUS_LABELS[status]}
    </span>
  );
}
