import type { Outcome } from "@jigsaw/shared/outcomes/index";
import { outcomeWording, type Lens } from "./lensView.ts";
import { useLens } from "./useLens.ts";

/** Props of an outcome tag. */
export interface OutcomeTagProps {
  outcome: Outcome;
  /** Defaults to the remembered lens. */
  lens?: Lens;
  /** Show a remove button with this handler. */
  onRemove?: () => void;
  /** Make the tag a button (e.g. to open details). */
  onSelect?: () => void;
}

/**
 * A shared outcome as a tag, worded in the current lens, with the neutral name
 * and plain-English meaning available on hover/focus and to screen readers.
 * Local (partnership) outcomes are marked.
 */
export function OutcomeTag({ outcome, lens, onRemove, onSelect }: OutcomeTagProps) {
  const [stored] = useLens();
  const w = outcomeWording(outcome, lens ?? stored);
  const local = outcome.origin === "local";
  const body = (
    <>
      <span className="oc-tag__text">{w.text}</span>
      {local && <span className="oc-badge oc-badge--local">Local</span>}
      <span className="visually-hidden">
        {w.text !== w.neutral ? ` (shared outcome: ${w.neutral})` : ""}. {w.plain}
      </span>
    </>
  );
  return (
    <span className={`oc-tag${local ? " oc-tag--local" : ""}`} title={`${w.neutral}: ${w.plain}`}>
      {onSelect ? (
        <button type="button" className="oc-tag__button" onClick={onSelect}>
          {body}
        </button>
      ) : (
        body
      )}
      {onRemove && (
        <button type="button" className="oc-tag__remove" aria-label={`Remove outcome ${w.neutral}`} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </span>
  );
}
