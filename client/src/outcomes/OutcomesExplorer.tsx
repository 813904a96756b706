import { useEffect, useId, useMemo, useRef, useState } from "react";
import { SECTOR_LABELS } from "@jigsaw/shared/domain/sector";
import { relatedTerms, type OutcomesModel, type Strength } from "@jigsaw/shared/outcomes/index";
import { buildCrosswalk, crosswalkFrameworks, type SectorFilter } from "./crosswalk.ts";
import { CrosswalkMatrix } from "./CrosswalkMatrix.tsx";
import { LensSwitcher } from "./LensSwitcher.tsx";
import { TermDetailPanel } from "./TermDetailPanel.tsx";
import { TermSearch } from "./TermSearch.tsx";
import { useLens } from "./useLens.ts";
import "./outcomes.css";

const SECTOR_FILTERS: Array<{ value: SectorFilter; label: string }> = [
  { value: "all", label: "All sectors" },
  { value: "council", label: SECTOR_LABELS.council },
  { value: "nhs", label: SECTOR_LABELS.nhs },
  { value: "voluntary", label: "Voluntary sector" },
  { value: "community", label: SECTOR_LABELS.community },
  { value: "cross", label: "Shared across sectors" },
];

/** Columns shown first on a phone: two frameworks read side by side. */
const NARROW_DEFAULT = ["FW-LU", "FW-C20A"];

function initialHidden(ids: readonly string[]): Set<string> {
  if (typeof window === "undefined" || window.matchMedia?.("(min-width: 48em)").matches !== false) return new Set();
  const keep = ids.filter((id) => NARROW_DEFAULT.includes(id) || id === "FW-LOCAL");
  return new Set(ids.filter((id) => !(keep.length > 0 ? keep : ids.slice(0, 2)).includes(id)));
}

/**
 * The outcomes explorer: lens switcher, sector filter, framework picker and
 * term search above the crosswalk matrix; choosing a term opens its details
 * beside the matrix (below it on narrow screens) and highlights its links.
 */
export function OutcomesExplorer({ model, partnershipId }: { model: OutcomesModel; partnershipId?: string }) {
  const [lens, setLens] = useLens();
  const [sector, setSector] = useState<SectorFilter>("all");
  const available = useMemo(() => crosswalkFrameworks(model, sector), [model, sector]);
  const [hidden, setHidden] = useState<Set<string>>(() => initialHidden(crosswalkFrameworks(model).map((f) => f.id)));
  const [selected, setSelected] = useState<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const uid = useId();

  const shown = useMemo(() => available.filter((f) => !hidden.has(f.id)), [available, hidden]);
  const rows = useMemo(() => buildCrosswalk(model, shown.map((f) => f.id), sector), [model, shown, sector]);
  const visibleRows = rows.filter((r) => r.count > 0 || sector === "all");
  const related = useMemo(() => {
    const m = new Map<string, Strength>();
    if (selected) for (const r of relatedTerms(selected, model)) m.set(r.termId, r.strength);
    return m;
  }, [selected, model]);

  useEffect(() => {
    if (selected && !model.terms.some((t) => t.id === selected)) setSelected(null);
  }, [model, selected]);

  const select = (id: string) => {
    if (document.activeElement instanceof HTMLElement && !document.activeElement.closest(".oc-detail")) returnFocus.current = document.activeElement;
    setSelected(id);
  };
  const close = () => {
    setSelected(null);
    const el = returnFocus.current;
    window.setTimeout(() => el?.isConnected && el.focus(), 0);
  };

  return (
    <div className={`oc-explorer${selected ? " oc-explorer--detail" : ""}`}>
      <div className="oc-controls">
        <div className="oc-controls__row">
          <LensSwitcher value={lens} onChange={setLens} look="explorer" />
          <div className="field oc-controls__sector">
            <label className="field__label" htmlFor={`${uid}-sector`}>
              Sector
            </label>
            <select id={`${uid}-sector`} className="input select" value={sector} onChange={(e) => setSector(e.target.value as SectorFilter)}>
              {SECTOR_FILTERS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <TermSearch partnershipId={partnershipId} onSelect={select} />
        </div>
        <fieldset className="oc-fwpicker">
          <legend className="oc-fwpicker__legend">Frameworks side by side</legend>
          <div className="oc-fwpicker__options">
            {available.map((f) => (
              <label key={f.id} className={`oc-fwpicker__option${hidden.has(f.id) ? "" : " oc-fwpicker__option--on"}`}>
                <input
                  type="checkbox"
                  checked={!hidden.has(f.id)}
                  onChange={(e) => {
                    const next = new Set(hidden);
                    if (e.target.checked) next.delete(f.id);
                    else next.add(f.id);
                    setHidden(next);
                  }}
                />
                {f.shortName}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div className="oc-legend" aria-hidden="true">
        <span>
          <span className="oc-chip oc-chip--strong oc-chip--sample">Strong link</span>
        </span>
        <span>
          <span className="oc-chip oc-chip--moderate oc-chip--sample">Moderate</span>
        </span>
        <span>
          <span className="oc-chip oc-chip--weak oc-chip--sample">Weak</span>
        </span>
        <span>
          <span className="oc-chip__flag">?</span> Unconfirmed
        </span>
        {selected && (
          <span>
            <span className="oc-chip oc-chip--related oc-chip--sample">Linked to your choice</span>
          </span>
        )}
      </div>

      <div className="oc-body">
        <div className="oc-body__matrix">
          {shown.length === 0 ? (
            <p className="oc-empty">Choose at least one framework to compare.</p>
          ) : (
            <CrosswalkMatrix model={model} frameworks={shown} rows={visibleRows} lens={lens} selectedTermId={selected} related={related} onSelectTerm={select} />
          )}
        </div>
        {selected && (
          <div className="oc-body__detail">
            <TermDetailPanel model={model} termId={selected} lens={lens} onClose={close} onSelectTerm={select} />
          </div>
        )}
      </div>
    </div>
  );
}
