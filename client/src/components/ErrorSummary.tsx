import { useId, type Ref } from "react";
import type { FieldErrors } from "../utils/formErrors.ts";

/** Props for an error summary (`useSchemaForm().summaryProps` has them all). */
export interface ErrorSummaryProps {
  errors: FieldErrors;
  /** The DOM id of a field's input; default `field-<name>`. */
  fieldId?: (field: string) => string;
  /** Field names in screen order: messages are listed in it, a form-level one first. */
  order?: readonly string[];
  /** The form moves focus here after a failed submit. */
  ref?: Ref<HTMLDivElement>;
}

const defaultFieldId = (field: string) => `field-${field}`;

/**
 * The GOV.UK error summary: shown above a form after a failed submit (the
 * form focuses it), linking each message to its field.
 */
export function ErrorSummary({ errors, fieldId = defaultFieldId, order = [], ref }: ErrorSummaryProps) {
  const titleId = useId();
  const rank = (field: string) => (field === "_form" ? -1 : order.includes(field) ? order.indexOf(field) : order.length);
  const entries = Object.entries(errors)
    .filter((e): e is [string, string] => Boolean(e[1]))
    .sort((a, b) => rank(a[0]) - rank(b[0]));
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 className="error-summary__title" id={titleId}>
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {entries.map(([field, message]) => (
          <li key={field}>
            {field === "_form" ? (
              message
            ) : (
              <a
                href={`#${fieldId(field)}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(fieldId(field))?.focus();
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
