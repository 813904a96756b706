import { useEffect, useRef, useState, type FormEvent } from "react";
import { PlanTitleSchema } from "@jigsaw/shared/domain/plan";
import { Limits } from "@jigsaw/shared/validations";
import { api, errorMessage, type PlanWithPolicies } from "../api/index.ts";
import { useAnnounce } from "../hooks/useAnnounce.tsx";

/** Props for renaming a plan inline. */
export interface RenamePlanFormProps {
  planId: string;
  title: string;
  onDone: (updated: PlanWithPolicies | null) => void;
}

/** An inline "rename plan" form; calls `onDone(null)` when cancelled. Focuses its input. */
export function RenamePlanForm({ planId, title, onDone }: RenamePlanFormProps) {
  const [value, setValue] = useState(title);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const announce = useAnnounce();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = `rename-${planId}`;
  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = PlanTitleSchema.safeParse(value);
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Enter a title");
    setBusy(true);
    try {
      const updated = await api.updatePlan(planId, { title: parsed.data });
      announce(`Plan renamed to "${updated.data.title}"`);
      onDone(updated);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <form className={`inline-form${error ? " field--error" : ""}`} onSubmit={onSubmit} noValidate>
      <label className="field__label" htmlFor={inputId}>
        New title
      </label>
      {error && (
        <p className="field__error" id={`${inputId}-error`} role="alert">
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
      <div className="inline-form__row">
        <input
          ref={inputRef}
          id={inputId}
          className="input"
          value={value}
          maxLength={Limits.planTitleMax}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Escape") onDone(null);
          }}
        />
        <button type="submit" className="button" disabled={busy}>
          Save
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
