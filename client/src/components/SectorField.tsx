import { SECTORS, SECTOR_COLOURS, SECTOR_LABELS, type Sector } from "@jigsaw/shared/domain/sector";
import { RadioGroup } from "./RadioGroup.tsx";
import { SelectField } from "./SelectField.tsx";

/** Props for choosing a sector. */
export interface SectorFieldProps {
  name?: string;
  legend?: string;
  hint?: string;
  value: Sector | "";
  onChange: (sector: Sector | "") => void;
  error?: string;
  /** Offer "Not set" (for optional sectors, shown as a select). */
  optional?: boolean;
}

/** Choose a sector: radios with colour swatches, or a select with "Not set" when optional. */
export function SectorField({ name = "sector", legend = "Sector", hint, value, onChange, error, optional }: SectorFieldProps) {
  if (optional) {
    return (
      <SelectField
        name={name}
        label={legend}
        hint={hint}
        error={error}
        value={value}
        onChange={(e) => onChange(e.target.value as Sector | "")}
        options={[{ value: "", label: "Not set (they choose)" }, ...SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }))]}
      />
    );
  }
  return (
    <RadioGroup
      name={name}
      legend={legend}
      hint={hint}
      error={error}
      value={value}
      onChange={(v) => onChange(v as Sector)}
      options={SECTORS.map((s) => ({
        value: s,
        label: (
          <>
            <span className="swatch" style={{ backgroundColor: SECTOR_COLOURS[s] }} aria-hidden="true" />
            {SECTOR_LABELS[s]}
          </>
        ),
      }))}
    />
  );
}
