import { useEffect, useRef } from "react";
import type { FieldErrors } from "../utils/formErrors.ts";

/** Props for an error summary. */
export interface ErrorSummaryProps {
  errors: FieldErrors;
  /** Changes whenever the form is submitted, so focus moves to the summary again. */
  submitCount: number;
}

/**
 * The GOV.UK error summary: shown above a form after a failed submit, takes
 * focus, and links each message to its field (`#field-<name>`).
 */
export function ErrorSummary({ errors, submitCount }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
    // Focus only when a submit produced errors, not on every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitCount]);
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 className="error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {entries.map(([field, message]) => (
          <li key={field}>
            {field === "_form" ? (
              message
            ) : (
              <a
                href={`#field-${field}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(`field-${field}`)?.focus();
                }}
              >
                {message}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
