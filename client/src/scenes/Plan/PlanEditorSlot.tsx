import { PLAN_TEMPLATE_LABELS, type PresentedPlan } from "@jigsaw/shared/domain/plan";
import type { PlanPolicies } from "../../api/index.ts";

/**
 * PLACEHOLDER: where the live collaborative editor mounts. Another engineer
 * replaces this component; PlanScene renders it inside `#plan-editor-root`
 * with the plan's metadata and the caller's plan policies.
 */
export function PlanEditorSlot({ plan, policies }: { plan: PresentedPlan; policies: PlanPolicies }) {
  return (
    <div className="editor-slot">
      <p className="editor-slot__title">The live editor loads here</p>
      <p className="card__meta">
        {PLAN_TEMPLATE_LABELS[plan.template]} · {policies.edit ? "You can edit" : policies.comment ? "You can comment" : "Read only"}
      </p>
    </div>
  );
}
