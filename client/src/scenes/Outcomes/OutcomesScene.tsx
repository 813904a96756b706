import { api } from "../../api/index.ts";
import { PageHeading } from "../../components/PageHeading.tsx";
import { ErrorState, LoadingState } from "../../components/StatusViews.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useResource } from "../../hooks/useResource.ts";
import { OutcomesExplorer } from "../../outcomes/OutcomesExplorer.tsx";

/** `/outcomes`: the shared outcomes model as a crosswalk of frameworks, with search and term details. */
export function OutcomesScene() {
  useDocumentTitle("Shared outcomes");
  const model = useResource((signal) => api.getOutcomesModelData(signal), []);
  return (
    <div className="oc-page">
      <PageHeading caption={model.status === "ready" ? `Outcomes model ${model.data.version}` : "Outcomes model"}>Shared outcomes</PageHeading>
      <p className="lead oc-lead">
        Council, NHS, voluntary and community partners describe the same outcomes in different words. Each row is one shared outcome; each column a
        framework. Choose a term to see what it means and how it links across.
      </p>
      {model.status === "loading" && <LoadingState label="Loading the outcomes model…" />}
      {model.status === "error" && <ErrorState error={model.error} onRetry={model.reload} />}
      {model.status === "ready" && <OutcomesExplorer model={model.data} />}
    </div>
  );
}
