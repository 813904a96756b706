import type { PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import { AGREEMENT_RESPONSE_LABELS } from "@jigsaw/shared/agreement/schema";
import { formatDateTime } from "../../../utils/format.ts";

/** Every response given in the round, oldest first, and every re-ask: nothing is overwritten. */
export function ResponseTrail({ round }: { round: PresentedAgreement }) {
  const items = [
    ...round.trail.map((r) => ({ at: r.at, key: `r-${r.organisation}-${r.at}`, text: `${r.organisation}: ${AGREEMENT_RESPONSE_LABELS[r.kind]} by ${r.by.displayName} (${r.by.role}, ${r.by.organisation})`, comment: r.comment })),
    ...round.reasks.map((q) => ({ at: q.at, key: `q-${q.at}`, text: `${q.by.displayName} asked ${q.organisations.join(", ")} to respond again: the text had changed`, comment: null })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (items.length === 0) return null;
  return (
    <details className="response-trail" open={round.status !== "open"}>
      <summary>Response trail ({round.trail.length})</summary>
      <ol>
        {items.map((i) => (
          <li key={i.key} data-trail-item>
            <span className="card__meta">{formatDateTime(i.at)}</span> {i.text}
            {i.comment && <blockquote className="org-status__comment">{i.comment}</blockquote>}
          </li>
        ))}
      </ol>
    </details>
  );
}
