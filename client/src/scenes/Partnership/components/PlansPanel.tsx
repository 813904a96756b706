import { useState } from "react";
import { useNavigate } from "react-router";
import { api } from "../../../api/index.ts";
import { EmptyState, ErrorState, LoadingState } from "../../../components/StatusViews.tsx";
import { useAnnounce } from "../../../hooks/useAnnounce.tsx";
import { useResource } from "../../../hooks/useResource.ts";
import { usePartnershipContext } from "../usePartnershipContext.ts";
import { CreatePlanForm } from "./CreatePlanForm.tsx";
import { PlanListItem } from "./PlanListItem.tsx";

/** The Plans section: list (archived on request), create from template, rename, archive. */
export function PlansPanel() {
  const { partnership, policies } = usePartnershipContext();
  const plans = useResource((signal) => api.listPlans(partnership.id, signal), [partnership.id]);
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const announce = useAnnounce();
  const navigate = useNavigate();

  const all = plans.status === "ready" ? plans.data : [];
  const archivedCount = all.filter((p) => p.archived).length;
  const visible = all
    .filter((p) => showArchived || !p.archived)
    .sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt));

  return (
    <section aria-labelledby="plans-heading">
      <div className="title-row">
        <h2 id="plans-heading" tabIndex={-1} data-route-heading="section">
          Plans
        </h2>
        {policies.createPlan && !creating && (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            Create plan
          </button>
        )}
      </div>
      {creating && (
        <CreatePlanForm
          partnershipId={partnership.id}
          place={partnership.place}
          onCancel={() => setCreating(false)}
          onCreated={(created) => {
            announce(`Plan "${created.data.title}" created`);
            navigate(`/plans/${created.data.id}`);
          }}
        />
      )}
      {plans.status === "loading" && <LoadingState label="Loading plans…" />}
      {plans.status === "error" && <ErrorState error={plans.error} onRetry={plans.reload} />}
      {plans.status === "ready" && (
        <>
          {archivedCount > 0 && (
            <div className="checkbox">
              <input id="show-archived" type="checkbox" className="checkbox__input" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} />
              <label htmlFor="show-archived" className="checkbox__label">
                Show archived plans ({archivedCount})
              </label>
            </div>
          )}
          {visible.length === 0 ? (
            <EmptyState title={all.length === 0 ? "No plans yet" : "No current plans"}>
              {policies.createPlan ? (
                <p>Create the partnership’s first plan. The “Place plan” template gives you a vision, priorities, actions, indicators and risks to fill in together.</p>
              ) : (
                <p>When a plan is created it will appear here, and you will be able to read and work on it with your partners.</p>
              )}
            </EmptyState>
          ) : (
            <ul className="card-list" aria-label="Plans">
              {visible.map((p) => (
                <PlanListItem key={p.id} plan={p} onChanged={(u) => plans.setData((list) => list.map((x) => (x.id === u.id ? u : x)))} />
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
