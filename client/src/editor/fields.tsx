import type { Measurement } from "@jigsaw/shared/plan/index";
import { BoundTextInput } from "./BoundTextInput.tsx";

/** A number field (empty = not known) bound to one document value. */
export function BoundNumberInput({ value, onCommit, label, disabled }: { value: number | null; onCommit: (v: number | null) => void; label: string; disabled: boolean }) {
  return (
    <BoundTextInput
      className="input cell-input cell-input--number"
      inputMode="decimal"
      aria-label={label}
      disabled={disabled}
      value={value === null ? "" : String(value)}
      onCommit={(s) => {
        const t = s.trim();
        if (t === "") return onCommit(null);
        const n = Number(t.replace(/,/g, ""));
        if (!Number.isFinite(n)) throw new Error("not a number");
        onCommit(n);
      }}
    />
  );
}

/** A date field (YYYY-MM-DD, empty = none) written as soon as it changes. */
export function BoundDateInput({ value, onCommit, label, disabled }: { value: string | null; onCommit: (v: string | null) => void; label: string; disabled: boolean }) {
  return (
    <input
      type="date"
      className="input cell-input cell-input--date"
      aria-label={label}
      disabled={disabled}
      value={value ?? ""}
      onChange={(e) => {
        try {
          onCommit(e.target.value || null);
        } catch {
          // Partial dates typed by hand are ignored until complete.
        }
      }}
    />
  );
}

/** Value + date of one measurement (baseline, target or latest). */
export function MeasurementCell({ value, onCommit, label, disabled }: { value: Measurement; onCommit: (m: Measurement) => void; label: string; disabled: boolean }) {
  return (
    <div className="measurement-cell">
      <BoundNumberInput label={`${label} value`} value={value.value} disabled={disabled} onCommit={(v) => onCommit({ ...value, value: v })} />
      <BoundDateInput label={`${label} date`} value={value.date} disabled={disabled} onCommit={(d) => onCommit({ ...value, date: d })} />
    </div>
  );
}

/** A list of chosen items shown as removable chips, with a select to add more. */
export function ChipListField({
  values,
  options,
  label,
  disabled,
  onChange,
}: {
  values: string[];
  options: Array<{ id: string; label: string }>;
  label: string;
  disabled: boolean;
  onChange: (values: string[]) => void;
}) {
  const labelOf = (id: string) => options.find((o) => o.id === id)?.label ?? id;
  const rest = options.filter((o) => !values.includes(o.id));
  return (
    <div className="chip-field">
      {values.length > 0 && (
        <ul className="chip-field__chips" aria-label={label}>
          {values.map((v) => (
            <li key={v} className="chip">
              <span className="chip__label">{labelOf(v)}</span>
              {!disabled && (
                <button type="button" className="chip__remove" aria-label={`Remove ${labelOf(v)} from ${label}`} onClick={() => onChange(values.filter((x) => x !== v))}>
                  <span aria-hidden="true">×</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!disabled && rest.length > 0 && (
        <select
          className="input select cell-input"
          aria-label={`Add to ${label}`}
          value=""
          onChange={(e) => {
            if (e.target.value) onChange([...values, e.target.value]);
          }}
        >
          <option value="">Add…</option>
          {rest.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      )}
      {disabled && values.length === 0 && <span className="chip-field__none">None</span>}
    </div>
  );
}
