import { addRisk, moveRisk, PLAN_LIMITS, removeRisk, updateRiskField, type RiskFields, type RiskSnapshot } from "@jigsaw/shared/plan/index";
import { deleteWithUndo } from "./structureUndo.ts";
import type * as Y from "yjs";
import { useFocusNewRow } from "./ActionsTable.tsx";
import { CollabTextField } from "./CollabTextField.tsx";
import { RowControls } from "./RowControls.tsx";

const SCORES = [1, 2, 3, 4, 5] as const;
const SCORE_LABELS = ["", "1 – very low", "2 – low", "3 – medium", "4 – high", "5 – very high"];

/** The plan's risks (title, likelihood, impact, mitigation, owner), cell-level bound; the text cells are shared text. */
export function RisksTable({ doc, risks, editable }: { doc: Y.Doc; risks: RiskSnapshot[]; editable: boolean }) {
  const [, focusRow] = useFocusNewRow();
  const set = <K extends keyof RiskFields>(id: string, field: K, value: RiskFields[K]) => updateRiskField(doc, id, field, value);
  return (
    <section className="plan-table" aria-labelledby="plan-risks-heading" id="plan-risks">
      <h2 className="plan-table__heading" id="plan-risks-heading" tabIndex={-1}>
        Risks
      </h2>
      {risks.length === 0 ? (
        <p className="plan-table__empty">No risks yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Risks table" tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Risk</th>
                <th scope="col">Likelihood</th>
                <th scope="col">Impact</th>
                <th scope="col">Mitigation</th>
                <th scope="col">Owner</th>
                {editable && <th scope="col"><span className="visually-hidden">Row actions</span></th>}
              </tr>
            </thead>
            <tbody>
              {risks.map((r, i) => {
                const name = `Risk ${i + 1}${r.title ? ` (${r.title})` : ""}`;
                return (
                  <tr key={r.id} data-row-id={r.id}>
                    <td>
                      <CollabTextField doc={doc} collection="risks" rowId={r.id} field="title" className="input cell-input cell-input--wide" label={`Risk, ${name}`} maxLength={PLAN_LIMITS.fieldTextMax} disabled={!editable} />
                    </td>
                    {(["likelihood", "impact"] as const).map((f) => (
                      <td key={f}>
                        <select className="input select cell-input" aria-label={`${f === "likelihood" ? "Likelihood" : "Impact"}, ${name}`} disabled={!editable} value={r[f]} onChange={(e) => set(r.id, f, Number(e.target.value))}>
                          {SCORES.map((s) => (
                            <option key={s} value={s}>
                              {SCORE_LABELS[s]}
                            </option>
                          ))}
                        </select>
                      </td>
                    ))}
                    <td>
                      <CollabTextField doc={doc} collection="risks" rowId={r.id} field="mitigation" className="input cell-input cell-input--wide" label={`Mitigation, ${name}`} maxLength={PLAN_LIMITS.notesMax} disabled={!editable} />
                    </td>
                    <td>
                      <CollabTextField doc={doc} collection="risks" rowId={r.id} field="owner" className="input cell-input" label={`Owner, ${name}`} maxLength={PLAN_LIMITS.fieldTextMax} disabled={!editable} />
                    </td>
                    {editable && (
                      <td>
                        <RowControls rowId={r.id} name={name} index={i} count={risks.length} onMove={(to) => moveRisk(doc, r.id, to)} onRemove={() => deleteWithUndo(doc, `Removed ${name}`, () => removeRisk(doc, r.id))} />
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editable && (
        <button type="button" className="button button--secondary button--small" onClick={() => focusRow(addRisk(doc, { title: "" }))}>
          Add risk
        </button>
      )}
    </section>
  );
}
