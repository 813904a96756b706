import type { Framework, OutcomesModel, Strength } from "@jigsaw/shared/outcomes/index";
import { indexModel } from "@jigsaw/shared/outcomes/index";
import { SECTOR_COLOURS } from "@jigsaw/shared/domain/sector";
import type { CrosswalkRow } from "./crosswalk.ts";
import { outcomeWording, type Lens } from "./lens.ts";
import { StrengthMeter } from "./StrengthMeter.tsx";

/** Props of the crosswalk matrix. */
export interface CrosswalkMatrixProps {
  model: OutcomesModel;
  frameworks: readonly Framework[];
  rows: readonly CrosswalkRow[];
  lens: Lens;
  selectedTermId: string | null;
  /** Terms related to the selected one, with the strength of the best route. */
  related: ReadonlyMap<string, Strength>;
  onSelectTerm: (termId: string) => void;
}

/**
 * Frameworks side by side: one row per shared outcome (worded in the current
 * lens), one column per framework, and in each cell the framework's terms that
 * serve the outcome as chips. Selecting a chip highlights the terms it links to
 * in the other columns. A real table (row and column headers) that scrolls
 * sideways inside a focusable region on narrow screens.
 */
export function CrosswalkMatrix({ model, frameworks, rows, lens, selectedTermId, related, onSelectTerm }: CrosswalkMatrixProps) {
  const idx = indexModel(model);
  const selectedOutcomes = new Set(
    selectedTermId ? (idx.linksOf.get(selectedTermId) ?? []).filter((l) => l.kind === "serves" && l.from === selectedTermId).map((l) => l.to) : [],
  );
  return (
    <div className="oc-matrix-scroll" role="region" aria-labelledby="oc-matrix-caption" tabIndex={0}>
      <table className="oc-matrix">
        <caption id="oc-matrix-caption" className="oc-matrix__caption">
          Shared outcomes and the terms each framework uses for them
        </caption>
        <thead>
          <tr>
            <th scope="col" className="oc-matrix__corner">
              Shared outcome
            </th>
            {frameworks.map((f) => (
              <th
                scope="col"
                key={f.id}
                className="oc-matrix__fw"
                style={{ borderTopColor: f.homeSector === "cross" ? "#505a5f" : SECTOR_COLOURS[f.homeSector] }}
              >
                <span className="oc-matrix__fw-name">{f.shortName}</span>
                {f.status !== "current" && <span className={`oc-badge oc-badge--${f.status}`}>{f.status}</span>}
                {f.origin === "local" && <span className="oc-badge oc-badge--local">Local</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const o = idx.outcomes.get(row.outcomeId)!;
            const w = outcomeWording(o, lens);
            return (
              <tr key={row.outcomeId} className={selectedOutcomes.has(row.outcomeId) ? "oc-matrix__row--on" : undefined}>
                <th scope="row" className="oc-matrix__outcome">
                  <span className="oc-matrix__outcome-text">{w.text}</span>
                  {w.text !== w.neutral && <span className="oc-matrix__outcome-neutral">{w.neutral}</span>}
                  {o.origin === "local" && <span className="oc-badge oc-badge--local">Local</span>}
                </th>
                {frameworks.map((f) => {
                  const cell = row.cells[f.id] ?? [];
                  return (
                    <td key={f.id} className="oc-matrix__cell">
                      {cell.length === 0 ? (
                        <span className="oc-matrix__empty" aria-label="None">
                          –
                        </span>
                      ) : (
                        <ul className="oc-chips">
                          {cell.map((c) => {
                            const selected = c.term.id === selectedTermId;
                            const rel = related.get(c.term.id);
                            return (
                              <li key={c.term.id}>
                                <button
                                  type="button"
                                  className={`oc-chip oc-chip--${c.strength}${selected ? " oc-chip--selected" : ""}${rel ? " oc-chip--related" : ""}${c.term.origin === "local" ? " oc-chip--local" : ""}`}
                                  aria-pressed={selected}
                                  data-term-id={c.term.id}
                                  onClick={() => onSelectTerm(c.term.id)}
                                >
                                  <StrengthMeter strength={c.strength} />
                                  <span className="oc-chip__label">{c.term.label}</span>
                                  {!c.term.verified && (
                                    <span className="oc-chip__flag" title="Unconfirmed">
                                      ?
                                    </span>
                                  )}
                                  <span className="visually-hidden">
                                    {`, ${c.strength} link${c.confidence === "proposal" ? " (proposed)" : c.confidence === "unconfirmed" ? " (unconfirmed)" : ""}`}
                                    {!c.term.verified ? ", wording unconfirmed" : ""}
                                    {rel ? `, related to the selected term (${rel})` : ""}
                                  </span>
                                </button>
                              </li>
                            );
                          })}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
