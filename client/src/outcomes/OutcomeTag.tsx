import type { OutcomeView } from "./lens.ts";

/**
 * A shared outcome shown as a tag in the current lens's words, with the
 * neutral name and explanation on hover/focus (title) and for screen readers.
 * Unconfirmed readings are labelled as such; editors get a remove button.
 */
export function OutcomeTag({ view, onRemove }: { view: OutcomeView; onRemove?: () => void }) {
  return (
    <li className={`outcome-tag${view.verified ? "" : " outcome-tag--unconfirmed"}`} title={`${view.neutral}: ${view.detail}`}>
      <span className="outcome-tag__label">{view.label}</span>
      <span className="visually-hidden">
        {" "}
        (shared outcome: {view.neutral}. {view.detail})
      </span>
      {!view.verified && <span className="outcome-tag__flag">{view.known ? "unconfirmed" : "unknown"}</span>}
      {onRemove && (
        <button type="button" className="outcome-tag__remove" aria-label={`Remove outcome ${view.neutral}`} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </li>
  );
}
