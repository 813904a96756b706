import { useId, useState } from "react";

/** "Add outcome": a select of the outcomes not yet linked and an Add button. */
export function OutcomePicker({ options, onAdd, label = "Add outcome" }: { options: Array<{ id: string; label: string }>; onAdd: (id: string) => void; label?: string }) {
  const [choice, setChoice] = useState("");
  const id = useId();
  if (options.length === 0) return null;
  return (
    <div className="outcome-picker">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="input select outcome-picker__select" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">{label}…</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!choice}
        onClick={() => {
          if (!choice) return;
          onAdd(choice);
          setChoice("");
        }}
      >
        Add
      </button>
    </div>
  );
}
