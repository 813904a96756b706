import { useId } from "react";
import { LENSES, LENS_LABELS, type Lens } from "./lenses.ts";

/** Choose the language outcome tags are shown in: a sector's, or plain English (radio group styled as segmented buttons). */
export function LensSwitcher({ value, onChange }: { value: Lens; onChange: (lens: Lens) => void }) {
  const name = useId();
  return (
    <fieldset className="lens-switcher">
      <legend className="lens-switcher__legend">Read outcomes as</legend>
      <div className="lens-switcher__options">
        {LENSES.map((l) => (
          <label key={l} className={`lens-switcher__option${value === l ? " lens-switcher__option--checked" : ""}`}>
            <input type="radio" className="lens-switcher__input" name={name} value={l} checked={value === l} onChange={() => onChange(l)} />
            {LENS_LABELS[l]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
