import { getOutcomesModel } from "@jigsaw/shared/outcomes/index";
import { deleteWithUndo } from "./structureUndo.ts";
import { addIndicator, moveIndicator, PLAN_LIMITS, removeIndicator, updateIndicatorField, type IndicatorFields, type IndicatorSnapshot } from "@jigsaw/shared/plan/index";
import { Fragment, useState } from "react";
import type * as Y from "yjs";
import { useFocusNewRow } from "./ActionsTable.tsx";
import { CollabTextField } from "./CollabTextField.tsx";
import { MeasurementCell } from "./fields.tsx";
import { IndicatorSparkline } from "./IndicatorChart.tsx";
import { IndicatorDetail } from "./IndicatorDetail.tsx";
import { IndicatorImport } from "./IndicatorImport.tsx";
import { RowControls } from "./RowControls.tsx";

/**
 * The plan's indicators: an outcomes-model indicator (named from the model) or
 * a local one, with baseline, target and latest value + date. Cell-level
 * binding as in the actions table.
 */
export function IndicatorsTable({ doc, planId, indicators, editable }: { doc: Y.Doc; planId: string; indicators: IndicatorSnapshot[]; editable: boolean }) {
  const [, focusRow] = useFocusNewRow();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((o) => {
      const n = new Set(o);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const model = getOutcomesModel();
  const set = <K extends keyof IndicatorFields>(id: string, field: K, value: IndicatorFields[K]) => updateIndicatorField(doc, id, field, value);
  return (
    <section className="plan-table" aria-labelledby="plan-indicators-heading" id="plan-indicators">
      <h2 className="plan-table__heading" id="plan-indicators-heading" tabIndex={-1}>
        Indicators
      </h2>
      {indicators.length === 0 ? (
        <p className="plan-table__empty">No indicators yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Indicators table" tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Outcomes model indicator</th>
                <th scope="col">Name in this plan</th>
                <th scope="col">Unit</th>
                <th scope="col">Baseline</th>
                <th scope="col">Target</th>
                <th scope="col">Latest</th>
                <th scope="col">Trend</th>
                {editable && <th scope="col"><span className="visually-hidden">Row actions</span></th>}
              </tr>
            </thead>
            <tbody>
              {indicators.map((ind, i) => {
                const modelInd = ind.indicatorRef ? model.indicators.find((m) => m.id === ind.indicatorRef) : undefined;
                const shown = ind.label || modelInd?.name || "";
                const name = `Indicator ${i + 1}${shown ? ` (${shown})` : ""}`;
                const detailId = `indicator-detail-${ind.id}`;
                return (
                  <Fragment key={ind.id}>
                  <tr data-row-id={ind.id}>
                    <td>
                      <select
                        className="input select cell-input cell-input--wide"
                        aria-label={`Outcomes model indicator, ${name}`}
                        disabled={!editable}
                        value={ind.indicatorRef ?? ""}
                        onChange={(e) => {
                          const ref = e.target.value || null;
                          const picked = ref ? model.indicators.find((m) => m.id === ref) : undefined;
                          doc.transact(() => {
                            set(ind.id, "indicatorRef", ref);
                            if (picked && !ind.unit && picked.unit) set(ind.id, "unit", picked.unit.slice(0, 40));
                          });
                        }}
                      >
                        <option value="">Local indicator (not in the model)</option>
                        {ind.indicatorRef && !modelInd && <option value={ind.indicatorRef}>{ind.indicatorRef} (unknown)</option>}
                        {model.indicators.map((m) => (
                          <option key={m.id} value={m.id}>
                            {m.name}
                          </option>
                        ))}
                      </select>
                      {modelInd && <p className="cell-note">{modelInd.dataSource}</p>}
                    </td>
                    <td>
                      <CollabTextField doc={doc} collection="indicators" rowId={ind.id} field="label" className="input cell-input" label={`Name in this plan, ${name}`} placeholder={modelInd?.name ?? ""} maxLength={PLAN_LIMITS.fieldTextMax} disabled={!editable} />
                    </td>
                    <td>
                      <CollabTextField doc={doc} collection="indicators" rowId={ind.id} field="unit" className="input cell-input cell-input--short" label={`Unit, ${name}`} maxLength={40} disabled={!editable} />
                    </td>
                    <td>
                      <MeasurementCell label={`Baseline, ${name},`} value={ind.baseline} disabled={!editable} onCommit={(m) => set(ind.id, "baseline", m)} />
                    </td>
                    <td>
                      <MeasurementCell label={`Target, ${name},`} value={ind.target} disabled={!editable} onCommit={(m) => set(ind.id, "target", m)} />
                    </td>
                    <td>
                      <MeasurementCell label={`Latest, ${name},`} value={ind.latest} disabled={!editable} onCommit={(m) => set(ind.id, "latest", m)} />
                    </td>
                    <td>
                      <IndicatorSparkline indicator={ind} />
                      <button type="button" className="button button--secondary button--small" aria-expanded={open.has(ind.id)} aria-controls={detailId} onClick={() => toggle(ind.id)}>
                        {open.has(ind.id) ? "Hide chart" : "Chart and figures"}
                        <span className="visually-hidden">{`, ${name}`}</span>
                      </button>
                    </td>
                    {editable && (
                      <td>
                        <RowControls rowId={ind.id} name={name} index={i} count={indicators.length} onMove={(to) => moveIndicator(doc, ind.id, to)} onRemove={() => deleteWithUndo(doc, `Removed ${name}`, () => removeIndicator(doc, ind.id))} />
                      </td>
                    )}
                  </tr>
                  {open.has(ind.id) && (
                    <tr id={detailId}>
                      <td colSpan={editable ? 8 : 7}>
                        <IndicatorDetail doc={doc} planId={planId} indicator={ind} name={shown || `Indicator ${i + 1}`} editable={editable} />
                      </td>
                    </tr>
                  )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editable && (
        <button type="button" className="button button--secondary button--small" onClick={() => focusRow(addIndicator(doc, { label: "" }))}>
          Add indicator
        </button>
      )}
      {editable && (
        <details className="indicator-import-new">
          <summary>Import an indicator from a CSV file</summary>
          <IndicatorImport planId={planId} onDone={(id) => setOpen((o) => new Set(o).add(id))} />
        </details>
      )}
    </section>
  );
}
