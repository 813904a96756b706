import { api } from "../../../api/index.ts";
import { ErrorState, LoadingState } from "../../../components/StatusViews.tsx";
import { useResource } from "../../../hooks/useResource.ts";
import { LocalTermsPanel } from "../../../outcomes/LocalTermsPanel.tsx";
import { OutcomesExplorer } from "../../../outcomes/OutcomesExplorer.tsx";
import { usePartnershipContext } from "../usePartnershipContext.ts";

/** `/partnerships/:id/outcomes`: the shared model with this partnership's local terms, and (for facilitators) their editing. */
export function PartnershipOutcomesPanel() {
  const { partnership } = usePartnershipContext();
  const res = useResource((signal) => api.getPartnershipOutcomes(partnership.id, signal), [partnership.id]);
  if (res.status === "loading") return <LoadingState label="Loading outcomes…" />;
  if (res.status === "error") return <ErrorState error={res.error} onRetry={res.reload} />;
  const { data, policies } = res.data;
  return (
    <div className="oc-page oc-page--tab">
      <h2 className="oc-tab-title">Shared outcomes</h2>
      <p className="oc-lead">
        The shared outcomes model with {partnership.name}'s local terms added. Choose a term to see what it means and how it links across frameworks.
      </p>
      <OutcomesExplorer model={data.model} partnershipId={partnership.id} />
      <LocalTermsPanel partnershipId={partnership.id} data={data} canEdit={policies.extendOutcomes} onChanged={res.reload} />
    </div>
  );
}
