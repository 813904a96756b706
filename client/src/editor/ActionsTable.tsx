import { useEffect, useMemo, useState, type ReactNode } from "react";
import { deleteWithUndo } from "./structureUndo.ts";
import { SECTORS, SECTOR_LABELS, type Sector } from "@jigsaw/shared/domain/sector";
import {
  ACTION_STATUSES,
  addAction,
  moveAction,
  PLAN_LIMITS,
  removeAction,
  updateActionField,
  type ActionFields,
  type ActionSnapshot,
  type ActionStatus,
  type IndicatorSnapshot,
} from "@jigsaw/shared/plan/index";
import type * as Y from "yjs";
import { CollabTextField } from "./CollabTextField.tsx";
import { BoundDateInput, ChipListField } from "./fields.tsx";
import { sharedOutcomes } from "../outcomes/lens.ts";
import { RowControls } from "./RowControls.tsx";
import { PartnerOrganisationsField } from "./PartnerOrganisationsField.tsx";
import { partnerSuggestions } from "./partnerList.ts";
import { revealTopOnFocus } from "./revealTop.ts";

/** Labels of action statuses. */
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: "Not started",
  on_track: "On track",
  at_risk: "At risk",
  off_track: "Off track",
  done: "Done",
};

/** Focus the first field of a freshly added row once it renders. */
export function useFocusNewRow(): [string | null, (id: string) => void] {
  const [id, setId] = useState<string | null>(null);
  // Runs after every render on purpose: the new row appears once the shared doc update renders.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!id) return;
    const el = document.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"] input, [data-row-id="${CSS.escape(id)}"] select`);
    if (el) {
      el.focus();
      setId(null);
    }
  });
  return [id, setId];
}

const NO_ORGANISATIONS: readonly string[] = [];

/** An extra last column of the actions table (e.g. "Comment on this action"). */
export interface ActionsTableColumn {
  /** The column header (read by screen readers; not shown). */
  header: string;
  /** The cell of one action; `name` is how the row is named ("Action 2 (Warm homes)"). */
  cell: (action: ActionSnapshot, name: string) => ReactNode;
}

/**
 * The plan's actions: one row per action, one input per field, each bound to
 * that field alone, so two people editing different cells never overwrite each
 * other; free-text cells (title, lead) are shared text, so two people typing in
 * the same cell both keep their words. Rows can be added, moved and removed.
 */
export function ActionsTable({
  doc,
  actions,
  indicators,
  editable,
  extraColumn,
  organisations = NO_ORGANISATIONS,
}: {
  doc: Y.Doc;
  actions: ActionSnapshot[];
  indicators: IndicatorSnapshot[];
  editable: boolean;
  extraColumn?: ActionsTableColumn;
  /** The partnership's organisations (its members'), offered as partners. */
  organisations?: readonly string[];
}) {
  const [, focusRow] = useFocusNewRow();
  const set = <K extends keyof ActionFields>(id: string, field: K, value: ActionFields[K]) => updateActionField(doc, id, field, value);
  const outcomeOptions = sharedOutcomes();
  const indicatorOptions = indicators.map((i, n) => ({ id: i.id, label: i.label || `Indicator ${n + 1}` }));
  // Partners offered: the partnership's organisations, then those the plan already names.
  const namedInPlan = actions.flatMap((a) => [a.leadOrganisation, ...a.partnerOrganisations]).join("\n");
  const partnerPool = useMemo(() => (editable ? [...organisations, ...namedInPlan.split("\n")] : []), [editable, organisations, namedInPlan]);
  return (
    <section className="plan-table" aria-labelledby="plan-actions-heading" id="plan-actions">
      <h2 className="plan-table__heading" id="plan-actions-heading" tabIndex={-1}>
        Actions
      </h2>
      {actions.length === 0 ? (
        <p className="plan-table__empty">No actions yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Actions table" tabIndex={0} onFocus={revealTopOnFocus}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Lead organisation</th>
                <th scope="col">Partner organisations</th>
                <th scope="col">Sector</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">Outcomes</th>
                <th scope="col">Indicators</th>
                {editable && <th scope="col"><span className="visually-hidden">Row actions</span></th>}
                {extraColumn && <th scope="col"><span className="visually-hidden">{extraColumn.header}</span></th>}
              </tr>
            </thead>
            <tbody>
              {actions.map((a, i) => {
                const name = `Action ${i + 1}${a.title ? ` (${a.title})` : ""}`;
                return (
                  <tr key={a.id} data-row-id={a.id}>
                    <td>
                      <CollabTextField doc={doc} collection="actions" rowId={a.id} field="title" multiline className="input cell-input cell-input--wide" label={`Title, ${name}`} maxLength={PLAN_LIMITS.fieldTextMax} disabled={!editable} />
                    </td>
                    <td>
                      <CollabTextField doc={doc} collection="actions" rowId={a.id} field="leadOrganisation" className="input cell-input" label={`Lead organisation, ${name}`} maxLength={PLAN_LIMITS.fieldTextMax} disabled={!editable} />
                    </td>
                    <td>
                      <PartnerOrganisationsField doc={doc} actionId={a.id} values={a.partnerOrganisations} name={name} editable={editable} suggestions={editable ? partnerSuggestions(partnerPool, a.partnerOrganisations) : []} />
                    </td>
                    <td>
                      <select className="input select cell-input" aria-label={`Sector, ${name}`} disabled={!editable} value={a.sector ?? ""} onChange={(e) => set(a.id, "sector", (e.target.value || null) as Sector | null)}>
                        <option value="">Not set</option>
                        {SECTORS.map((s) => (
                          <option key={s} value={s}>
                            {SECTOR_LABELS[s]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <BoundDateInput label={`Due date, ${name}`} disabled={!editable} value={a.dueDate} onCommit={(v) => set(a.id, "dueDate", v)} />
                    </td>
                    <td>
                      <select className="input select cell-input" aria-label={`Status, ${name}`} disabled={!editable} value={a.status} onChange={(e) => set(a.id, "status", e.target.value as ActionStatus)}>
                        {ACTION_STATUSES.map((s) => (
                          <option key={s} value={s}>
                            {ACTION_STATUS_LABELS[s]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <ChipListField label={`Outcomes of ${name}`} values={a.outcomes} options={outcomeOptions} disabled={!editable} onChange={(v) => set(a.id, "outcomes", v)} />
                    </td>
                    <td>
                      <ChipListField label={`Indicators of ${name}`} values={a.indicators} options={indicatorOptions} disabled={!editable} onChange={(v) => set(a.id, "indicators", v)} />
                    </td>
                    {editable && (
                      <td>
                        <RowControls rowId={a.id} name={name} index={i} count={actions.length} onMove={(to) => moveAction(doc, a.id, to)} onRemove={() => deleteWithUndo(doc, `Removed ${name}`, () => removeAction(doc, a.id))} />
                      </td>
                    )}
                    {extraColumn && <td>{extraColumn.cell(a, name)}</td>}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editable && (
        <button type="button" className="button button--secondary button--small" onClick={() => focusRow(addAction(doc, { title: "" }))}>
          Add action
        </button>
      )}
    </section>
  );
}
