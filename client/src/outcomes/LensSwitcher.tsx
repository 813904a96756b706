import { useId } from "react";
import { LENSES, LENS_LABELS, type Lens } from "./lenses.ts";
import { useLens } from "./useLens.ts";

/** How the switcher is drawn: the plan toolbar's segmented control (`.lens-switcher`) or the outcomes explorer's (`.oc-lens`). */
export type LensSwitcherLook = "plan" | "explorer";

const CLASS_PREFIX: Record<LensSwitcherLook, string> = { plan: "lens-switcher", explorer: "oc-lens" };

/** Props of the lens switcher: controlled, or (without props) bound to the remembered preference. */
export interface LensSwitcherProps {
  value?: Lens;
  onChange?: (lens: Lens) => void;
  /** The visible legend. */
  legend?: string;
  /** Defaults to the plan toolbar's look. */
  look?: LensSwitcherLook;
}

/**
 * Choose whose words outcomes are shown in: Council, NHS, Voluntary sector,
 * Community or Plain English. A radio group styled as segmented buttons
 * (arrow keys move between options); uncontrolled, the choice is remembered.
 */
export function LensSwitcher({ value, onChange, legend = "Read outcomes as", look = "plan" }: LensSwitcherProps) {
  const name = useId();
  const [stored, setStored] = useLens();
  const current = value ?? stored;
  const change = onChange ?? setStored;
  const c = CLASS_PREFIX[look];
  return (
    <fieldset className={c}>
      <legend className={`${c}__legend`}>{legend}</legend>
      <div className={`${c}__options`}>
        {LENSES.map((l) => (
          <label key={l} className={`${c}__option${current === l ? ` ${c}__option--checked` : ""}`}>
            <input type="radio" className={`${c}__input`} name={name} value={l} checked={current === l} onChange={() => change(l)} />
            {LENS_LABELS[l]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
