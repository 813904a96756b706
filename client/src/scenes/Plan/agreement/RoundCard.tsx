import type { PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import { AGREEMENT_RESPONSE_LABELS } from "@jigsaw/shared/agreement/schema";
import type { OrganisationStanding } from "@jigsaw/shared/agreement/stateMachine";
import { formatDate, formatDateTime } from "../../../utils/format.ts";
import { CloseForm } from "./CloseForm.tsx";
import { ReaskButton } from "./ReaskButton.tsx";
import { RespondForm } from "./RespondForm.tsx";
import { ResponseTrail } from "./ResponseTrail.tsx";

const STATE_LABEL: Record<OrganisationStanding["state"], string> = {
  waiting: "Waiting for a response",
  consented: "Consented",
  objected: "Objects",
  stood_aside: "Stands aside",
  no_response: "No response by the deadline",
};

export function RoundCard({ planId, round, onChanged }: { planId: string; round: PresentedAgreement; onChanged: () => void }) {
  const statusText = round.status === "open" ? (round.overdue ? "Open (deadline passed)" : "Open") : round.status === "agreed" ? "Agreed" : "Withdrawn";
  return (
    <article className="card agreement-round" data-round={round.id} data-status={round.status} aria-labelledby={`round-${round.id}`}>
      <h3 id={`round-${round.id}`}>
        {round.title} <span className={`tag tag--round-${round.status}`}>{statusText}</span>
      </h3>
      <p className="card__meta">
        {round.scope.kind === "plan" ? "Whole plan" : `${round.scope.sectionIds.length} section${round.scope.sectionIds.length === 1 ? "" : "s"}`} · proposed by{" "}
        {round.proposedBy.displayName} ({round.proposedBy.organisation}) · responses by {formatDate(round.deadline)}
      </p>
      <h4>Sign-off by organisation</h4>
      <ul className="org-status" aria-live="polite">
        {round.tally.organisations.map((o) => (
          <li key={o.organisation} data-org={o.organisation} data-state={o.state} className={`org-status__item org-status__item--${o.state}`}>
            <strong>{o.organisation}</strong>: {STATE_LABEL[o.state]}
            {o.response && o.response.kind === "consent_with_comment" ? " (with comment)" : ""}
            {o.response && (
              <span className="card__meta">
                {" "}
                — {o.response.by.displayName} ({o.response.by.role}), {formatDateTime(o.response.at)}
              </span>
            )}
            {o.stale && (
              <span className="tag tag--warning" data-stale>
                {" "}
                Given on an earlier text
              </span>
            )}
            {o.response?.comment && <blockquote className="org-status__comment">{o.response.comment}</blockquote>}
          </li>
        ))}
      </ul>
      <p className="card__meta">
        {round.tally.consented} consented · {round.tally.stoodAside} stood aside · {round.tally.objected} object · {round.tally.waiting} waiting
        {round.tally.noResponse ? ` · ${round.tally.noResponse} no response` : ""}
        {round.closeAfterDeadline ? " · after the deadline, non-responders do not block" : ""}
      </p>
      {round.staleResponses.length > 0 && (
        <div className="notice notice--warning stale-responses" role="status">
          <h4 className="notice__title">The text changed after these responses</h4>
          <ul>
            {round.staleResponses.map((s) => (
              <li key={s.organisation} data-stale-org={s.organisation}>
                <strong>{s.organisation}</strong>: {AGREEMENT_RESPONSE_LABELS[s.kind]} by {s.by}, {formatDateTime(s.at)}. Since then: {s.changes.join("; ")}
              </li>
            ))}
          </ul>
          <p>The round cannot close until these organisations respond again on the current text.</p>
          {round.policies.reask && <ReaskButton planId={planId} round={round} onDone={onChanged} />}
        </div>
      )}
      <ResponseTrail round={round} />
      {round.status === "agreed" && (
        <div className="agreement-outcome">
          <h4>Outcome</h4>
          <p>{round.outcome}</p>
          <p className="card__meta">
            Closed {round.closedAt ? formatDateTime(round.closedAt) : ""} by {round.closedBy?.displayName}
            {round.reviewDate ? ` · review by ${formatDate(round.reviewDate)}` : ""}
          </p>
        </div>
      )}
      {round.status === "withdrawn" && <p>Withdrawn{round.withdrawnReason ? `: ${round.withdrawnReason}` : "."}</p>}
      {round.policies.respond && round.policies.respondAs && <RespondForm planId={planId} round={round} org={round.policies.respondAs} onDone={onChanged} />}
      {round.policies.withdraw && <CloseForm planId={planId} round={round} onDone={onChanged} />}
    </article>
  );
}
