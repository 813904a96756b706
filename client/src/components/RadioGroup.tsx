import { useId, type ReactNode } from "react";

/** One radio choice. */
export interface RadioOption {
  value: string;
  label: ReactNode;
  hint?: string;
}

/** Props for a radio group. */
export interface RadioGroupProps {
  name: string;
  legend: string;
  options: readonly RadioOption[];
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  /** Lay short options out in a row on wide screens. */
  inline?: boolean;
}

/**
 * A fieldset of radios with a legend, hints and an inline error. The first
 * radio's id is `field-<name>` so error-summary links can focus it.
 */
export function RadioGroup({ name, legend, options, value, onChange, hint, error, inline }: RadioGroupProps) {
  const uid = useId();
  const hintId = hint ? `${uid}-hint` : undefined;
  const errorId = error ? `${uid}-error` : undefined;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset className="fieldset" aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
        <legend className="field__label">{legend}</legend>
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
        <div className={`radios${inline ? " radios--inline" : ""}`}>
          {options.map((o, i) => {
            const id = i === 0 ? `field-${name}` : `field-${name}-${o.value}`;
            const optionHintId = o.hint ? `${id}-hint` : undefined;
            return (
              <div className="radio" key={o.value}>
                <input
                  className="radio__input"
                  type="radio"
                  id={id}
                  name={name}
                  value={o.value}
                  checked={value === o.value}
                  onChange={() => onChange(o.value)}
                  aria-describedby={optionHintId}
                />
                <label className="radio__label" htmlFor={id}>
                  {o.label}
                </label>
                {o.hint && (
                  <p className="radio__hint" id={optionHintId}>
                    {o.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
