import { useId, type SelectHTMLAttributes } from "react";

/** One option of a select. */
export interface SelectOption {
  value: string;
  label: string;
}

/** Props for a labelled select. */
export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name"> {
  name: string;
  label: string;
  options: readonly SelectOption[];
  hint?: string;
  error?: string;
  /** Give the select an id other than `field-<name>` (for lists of rows). */
  idSuffix?: string;
}

/** A labelled select with an optional hint and inline error. */
export function SelectField({ name, label, options, hint, error, idSuffix, ...rest }: SelectFieldProps) {
  const uid = useId();
  const id = `field-${name}${idSuffix ? `-${idSuffix}` : ""}`;
  const hintId = hint ? `${uid}-hint` : undefined;
  const errorId = error ? `${uid}-error` : undefined;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
      <select
        id={id}
        name={name}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
