import { useState } from "react";
import { Link } from "react-router";
import { PLAN_TEMPLATE_LABELS } from "@jigsaw/shared/domain/plan";
import type { PlanListItem as Item } from "../../../api/index.ts";
import { ArchivePlanButton } from "../../../components/ArchivePlanButton.tsx";
import { PlanStatusTag } from "../../../components/PlanStatusTag.tsx";
import { RenamePlanForm } from "../../../components/RenamePlanForm.tsx";
import { formatDateTime, formatRelative } from "../../../utils/format.ts";

/** One plan in the Plans list, with rename/archive actions its policies allow. */
export function PlanListItem({ plan, onChanged }: { plan: Item; onChanged: (p: Item) => void }) {
  const [renaming, setRenaming] = useState(false);
  return (
    <li className={`card plan-card${plan.archived ? " plan-card--archived" : ""}`}>
      <div className="plan-card__main">
        <h3 className="card__title">
          <Link to={`/plans/${plan.id}`} className="card__link">
            {plan.title}
          </Link>
          {plan.archived && <span className="tag tag--archived">Archived</span>}
        </h3>
        {plan.agreementStatus && (
          <p className="plan-card__status">
            <PlanStatusTag status={plan.agreementStatus} />
          </p>
        )}
        <p className="card__meta">
          {PLAN_TEMPLATE_LABELS[plan.template]}
          <span aria-hidden="true"> · </span>
          <span className="visually-hidden">, </span>
          Last activity{" "}
          <time dateTime={plan.lastActivityAt} title={formatDateTime(plan.lastActivityAt)}>
            {formatRelative(plan.lastActivityAt)}
          </time>
        </p>
      </div>
      {renaming ? (
        <RenamePlanForm
          planId={plan.id}
          title={plan.title}
          onDone={(u) => {
            setRenaming(false);
            if (u) onChanged({ ...u.data, policies: u.policies });
          }}
        />
      ) : (
        (plan.policies.rename || plan.policies.archive) && (
          <div className="button-row plan-card__actions">
            {plan.policies.rename && (
              <button type="button" className="button button--secondary" aria-label={`Rename ${plan.title}`} onClick={() => setRenaming(true)}>
                Rename
              </button>
            )}
            {plan.policies.archive && (
              <ArchivePlanButton planId={plan.id} title={plan.title} archived={plan.archived} onChanged={(u) => onChanged({ ...u.data, policies: u.policies })} />
            )}
          </div>
        )
      )}
    </li>
  );
}
