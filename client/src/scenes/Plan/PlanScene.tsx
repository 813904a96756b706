import { useCallback, useEffect, useState } from "react";
import { useParams } from "react-router";
import { PLAN_TEMPLATE_LABELS } from "@jigsaw/shared/domain/plan";
import { PlanHeaderStatus } from "./components/PlanHeaderStatus.tsx";
import { PlanJumpLinks } from "./components/PlanJumpLinks.tsx";
import { api } from "../../api/index.ts";
import { usePlanDoc } from "../../collaboration/usePlanDoc.ts";
import { ArchivePlanButton } from "../../components/ArchivePlanButton.tsx";
import { Breadcrumbs } from "../../components/Breadcrumbs.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { RenamePlanForm } from "../../components/RenamePlanForm.tsx";
import { lazyPart } from "../../components/LazyPart.tsx";
import { ErrorState, LoadingState } from "../../components/StatusViews.tsx";
import { useSetCurrentPartnership } from "../../hooks/useCurrentPartnership.ts";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useResource } from "../../hooks/useResource.ts";
import { formatDateTime, formatRelative } from "../../utils/format.ts";

// The editor loads after the plan header is on screen; its rich-text code, tables, comments and
// the outcomes model load in parts of their own (PlanEditor.tsx, PlanSection.tsx).
const PlanEditor = lazyPart(() => import("./PlanEditor.tsx").then((m) => m.PlanEditor), "the plan editor", { fallback: () => <LoadingState label="Loading the editor…" /> });
// Agreement, history and export load once the plan's text is on screen (or after a few seconds).
const PlanGovernancePanels = lazyPart(
  () => import("./agreement/PlanGovernancePanels.tsx").then((m) => m.PlanGovernancePanels),
  "agreement and history",
  { fallback: () => <LoadingState label="Loading agreement and history…" /> },
);
const GOVERNANCE_DELAY_MS = 4000;

/** `/plans/:planId`: plan header (breadcrumb, title, ability-based actions) and the editor region. */
export function PlanScene() {
  const { planId = "" } = useParams();
  const resource = useResource(async (signal) => {
    const plan = await api.getPlan(planId, signal);
    const partnership = await api.getPartnership(plan.data.partnershipId, signal);
    return { plan, partnership: partnership.data };
  }, [planId]);
  // The plan connects, and the editor's code loads, while the plan's record is fetched, not after.
  const planDoc = usePlanDoc(planId);
  useEffect(() => void PlanEditor.preload(), []);
  const [renaming, setRenaming] = useState(false);
  const [editorReady, setEditorReady] = useState(false);
  const onEditorReady = useCallback(() => setEditorReady(true), []);
  useEffect(() => {
    const timer = setTimeout(() => setEditorReady(true), GOVERNANCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  useDocumentTitle(resource.status === "ready" ? resource.data.plan.data.title : "Plan");
  useSetCurrentPartnership(resource.status === "ready" ? resource.data.partnership.id : null);

  if (resource.status === "loading") return <LoadingState label="Loading plan…" />;
  if (resource.status === "error") return <ErrorState error={resource.error} onRetry={resource.reload} />;

  const { plan: { data: plan, policies }, partnership } = resource.data;
  const update = (u: { data: typeof plan; policies: typeof policies }) => resource.setData((d) => ({ ...d, plan: u }));

  return (
    <>
      <Breadcrumbs
        items={[
          { label: "Partnerships", to: "/partnerships" },
          { label: partnership.name, to: `/partnerships/${partnership.id}/plans` },
          { label: plan.title },
        ]}
      />
      <header className="plan-header">
        <PageHeading caption={`${partnership.name} · ${PLAN_TEMPLATE_LABELS[plan.template]}`}>{plan.title}</PageHeading>
        <p className="card__meta">
          Last activity{" "}
          <time dateTime={plan.lastActivityAt} title={formatDateTime(plan.lastActivityAt)}>
            {formatRelative(plan.lastActivityAt)}
          </time>
          {plan.archived && <span className="tag tag--archived">Archived</span>}
        </p>
        {plan.agreementStatus && <PlanHeaderStatus planId={plan.id} initial={plan.agreementStatus} />}
        <PlanJumpLinks />
        {plan.archived && (
          <div className="notice">
            <p>This plan is archived. It is kept for reference and cannot be changed{policies.archive ? " unless you unarchive it" : ""}.</p>
          </div>
        )}
        {renaming ? (
          <RenamePlanForm
            planId={plan.id}
            title={plan.title}
            onDone={(u) => {
              setRenaming(false);
              if (u) update(u);
            }}
          />
        ) : (
          (policies.rename || policies.archive) && (
            <div className="button-row" role="group" aria-label="Plan actions">
              {policies.rename && (
                <button type="button" className="button button--secondary" onClick={() => setRenaming(true)}>
                  Rename
                </button>
              )}
              {policies.archive && <ArchivePlanButton planId={plan.id} title={plan.title} archived={plan.archived} onChanged={update} />}
            </div>
          )
        )}
      </header>
      <section id="plan-editor-root" className="plan-editor-root" aria-label="Plan editor">
        <PlanEditor plan={plan} policies={policies} membership={partnership.membership} planDoc={planDoc} onReady={onEditorReady} />
      </section>
      {editorReady ? <PlanGovernancePanels planId={plan.id} archived={plan.archived} policies={policies} /> : <LoadingState label="Loading agreement and history…" />}
    </>
  );
}
