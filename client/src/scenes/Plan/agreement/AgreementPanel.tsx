import { AGREEMENT_CLOSING_RULE } from "@jigsaw/shared/agreement/schema";
import { ErrorState, LoadingState } from "../../../components/StatusViews.tsx";
import { useResource } from "../../../hooks/useResource.ts";
import { formatDateTime } from "../../../utils/format.ts";
import { TextDiff } from "../history/DiffView.tsx";
import * as agreementApi from "../../../api/agreements.ts";
import { ProposeForm } from "./ProposeForm.tsx";
import { RoundCard } from "./RoundCard.tsx";
import { usePlanEvents } from "./usePlanEvents.ts";
import "./agreement.css";

/** Props for the agreement panel. */
export interface AgreementPanelProps {
  planId: string;
  archived: boolean;
}

/**
 * Agreement (sign-off): propose a section, sections or the whole plan to
 * named partner organisations with a deadline; each organisation's
 * representative responds; everyone sees live who has responded; the
 * facilitator closes with an outcome statement (refused without agreement)
 * or withdraws. Agreed sections edited since show what changed.
 */
export function AgreementPanel({ planId, archived }: AgreementPanelProps) {
  const overview = useResource((signal) => agreementApi.getAgreements(planId, signal), [planId]);
  usePlanEvents(planId, ["agreement.updated"], overview.reload);

  if (overview.status === "loading") return <LoadingState label="Loading agreement rounds…" />;
  if (overview.status === "error") return <ErrorState error={overview.error} onRetry={overview.reload} />;
  const data = overview.data;
  const open = data.rounds.filter((r) => r.status === "open");
  const closed = data.rounds.filter((r) => r.status !== "open");
  const changed = data.sections.filter((s) => s.changed);
  const itemsChanged = data.planItems?.changed ? data.planItems : null;
  return (
    <section id="plan-agreement" tabIndex={-1} className="plan-panel agreement-panel" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Agreement</h2>
      {changed.length > 0 && (
        <div className="notice notice--warning" role="status">
          <h3 className="notice__title">Changed since agreement</h3>
          <p>These agreed sections have been edited and need to be agreed again.</p>
          <ul>
            {changed.map((s) => (
              <li key={s.sectionId} data-changed-section={s.sectionId}>
                <strong>{s.title}</strong> {s.removed ? "(deleted)" : ""} — agreed {formatDateTime(s.agreedAt)}
                {s.titleChange && (
                  <p>
                    Title: <del>{s.titleChange.from}</del> → <ins>{s.titleChange.to}</ins>
                  </p>
                )}
                <TextDiff changes={s.diff} />
                {s.changes.length > 0 && (
                  <ul className="agreement-changes">
                    {s.changes.map((c) => (
                      <li key={c}>{c}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {itemsChanged && (
        <div className="notice notice--warning" role="status" data-plan-items-changed>
          <h3 className="notice__title">Indicators, risks or actions changed since agreement</h3>
          <p>Agreed {formatDateTime(itemsChanged.agreedAt)}; these need to be agreed again:</p>
          <ul className="agreement-changes">
            {itemsChanged.changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      )}
      <details className="agreement-rules">
        <summary>How agreement works</summary>
        <p>{AGREEMENT_CLOSING_RULE}</p>
        <p>
          Only editors and facilitators sign for their organisation; commenters and viewers can comment but not sign. A member's organisation is set by a facilitator, and each
          response keeps the organisation, role and text it was given on. &ldquo;Agreed&rdquo; and &ldquo;Changed since agreement&rdquo; come only from closed rounds.
        </p>
      </details>
      {open.map((r) => (
        <RoundCard key={r.id} planId={planId} round={r} onChanged={overview.reload} />
      ))}
      {data.canPropose && !archived && <ProposeForm planId={planId} overview={data} onProposed={overview.reload} />}
      {closed.length > 0 && (
        <>
          <h3>Past rounds</h3>
          {closed.map((r) => (
            <RoundCard key={r.id} planId={planId} round={r} onChanged={overview.reload} />
          ))}
        </>
      )}
      {data.rounds.length === 0 && !data.canPropose && <p>No agreement rounds yet. A facilitator proposes the plan or its sections for agreement.</p>}
    </section>
  );
}
