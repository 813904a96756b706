import { useId, type TextareaHTMLAttributes } from "react";

/** Props for a labelled textarea. */
export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name"> {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

/** A labelled textarea with an optional hint and inline error. Its id is `field-<name>`. */
export function TextAreaField({ name, label, hint, error, ...rest }: TextAreaFieldProps) {
  const uid = useId();
  const id = `field-${name}`;
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
      <textarea
        id={id}
        name={name}
        className="input textarea"
        rows={4}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...rest}
      />
    </div>
  );
}
