import { useId } from "react";
import { LENSES, LENS_LABELS, type Lens } from "./lensView.ts";
import { useLens } from "./useLens.ts";

/** Props of the lens switcher: controlled, or (without props) bound to the remembered preference. */
export interface LensSwitcherProps {
  value?: Lens;
  onChange?: (lens: Lens) => void;
  /** The visible legend. */
  legend?: string;
}

/**
 * Choose whose words outcomes are shown in: Council, NHS, Voluntary sector,
 * Community or Plain English. A radio group styled as segmented buttons
 * (arrow keys move between options); the choice is remembered.
 */
export function LensSwitcher({ value, onChange, legend = "Read outcomes as" }: LensSwitcherProps) {
  const name = useId();
  const [stored, setStored] = useLens();
  const current = value ?? stored;
  const change = onChange ?? setStored;
  return (
    <fieldset className="oc-lens">
      <legend className="oc-lens__legend">{legend}</legend>
      <div className="oc-lens__options">
        {LENSES.map((l) => (
          <label key={l} className={`oc-lens__option${current === l ? " oc-lens__option--checked" : ""}`}>
            <input type="radio" className="oc-lens__input" name={name} value={l} checked={current === l} onChange={() => change(l)} />
            {LENS_LABELS[l]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
