import {
  INDICATOR_POLARITIES,
  polarityLabel,
  setIndicatorBaselinePeriod,
  updateIndicatorField,
  type IndicatorPolarity,
  type IndicatorSnapshot,
  type IndicatorSource,
} from "@jigsaw/shared/plan/index";
import type * as Y from "yjs";
import { BoundTextInput } from "./BoundTextInput.tsx";
import { BoundNumberInput } from "./fields.tsx";
import { IndicatorChart } from "./IndicatorChart.tsx";
import { IndicatorImport } from "./IndicatorImport.tsx";

/**
 * One indicator opened up: its trend chart and figures, the baseline period,
 * target (value and year) and polarity, and importing figures from a CSV.
 * Baseline, target and polarity edit the plan document like every other cell.
 */
export function IndicatorDetail({ doc, planId, indicator, name, editable }: { doc: Y.Doc; planId: string; indicator: IndicatorSnapshot; name: string; editable: boolean }) {
  const id = indicator.id;
  return (
    <div className="indicator-detail" data-testid={`indicator-detail-${id}`}>
      {indicator.series.length > 0 ? <IndicatorChart indicator={indicator} name={name} /> : <p>No figures yet{editable ? ": import them from a CSV file below." : "."}</p>}
      <div className="indicator-detail__controls">
        <label className="field__label">
          Baseline period
          <select
            className="input select"
            disabled={!editable || indicator.series.length === 0}
            value={indicator.baselinePeriod ?? ""}
            onChange={(e) => setIndicatorBaselinePeriod(doc, id, e.target.value || null)}
          >
            <option value="">Not chosen</option>
            {indicator.series.map((p) => (
              <option key={p.period} value={p.period}>
                {p.period}
              </option>
            ))}
          </select>
        </label>
        <div>
          <span className="field__label">Target value</span>
          <BoundNumberInput label={`Target value, ${name}`} value={indicator.target.value} disabled={!editable} onCommit={(v) => updateIndicatorField(doc, id, "target", { ...indicator.target, value: v })} />
        </div>
        <div>
          <span className="field__label">Target year</span>
          <BoundTextInput
            className="input cell-input cell-input--short"
            inputMode="numeric"
            aria-label={`Target year, ${name}`}
            disabled={!editable}
            value={indicator.targetYear === null ? "" : String(indicator.targetYear)}
            onCommit={(s) => {
              const t = s.trim();
              if (t === "") return updateIndicatorField(doc, id, "targetYear", null);
              if (!/^\d{4}$/.test(t)) throw new Error("not a year");
              updateIndicatorField(doc, id, "targetYear", Number(t));
            }}
          />
        </div>
        <label className="field__label">
          Polarity
          <select
            className="input select"
            disabled={!editable}
            value={indicator.polarity ?? ""}
            onChange={(e) => updateIndicatorField(doc, id, "polarity", (e.target.value || null) as IndicatorPolarity | null)}
          >
            <option value="">{polarityLabel(null)}</option>
            {INDICATOR_POLARITIES.map((p) => (
              <option key={p} value={p}>
                {polarityLabel(p)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <SourceFields doc={doc} indicator={indicator} name={name} editable={editable} />
      {editable && <IndicatorImport planId={planId} indicatorId={id} indicatorName={name} />}
    </div>
  );
}

const NO_SOURCE: IndicatorSource = { title: "", publisher: "", url: null, retrieved: null, publisherId: null, illustrative: false };

/**
 * Where the figures come from (a local source: title, publisher, web address,
 * date retrieved; illustrative or not). Written whole on each change; the
 * plan schema refuses a non-http(s) address or an empty title.
 */
function SourceFields({ doc, indicator, name, editable }: { doc: Y.Doc; indicator: IndicatorSnapshot; name: string; editable: boolean }) {
  const src = indicator.source ?? NO_SOURCE;
  const set = (patch: Partial<IndicatorSource>) => {
    const next = { ...src, ...patch };
    updateIndicatorField(doc, indicator.id, "source", next.title.trim() === "" && !next.publisher && !next.url ? null : next);
  };
  return (
    <fieldset className="fieldset indicator-detail__source">
      <legend className="field__label">Source of the figures</legend>
      <div className="indicator-detail__controls">
        <BoundTextInput className="input cell-input" aria-label={`Source title, ${name}`} placeholder="Title" disabled={!editable} value={src.title} onCommit={(v) => set({ title: v })} />
        <BoundTextInput className="input cell-input" aria-label={`Source publisher, ${name}`} placeholder="Publisher" disabled={!editable} value={src.publisher} onCommit={(v) => set({ publisher: v })} />
        <BoundTextInput className="input cell-input" aria-label={`Source web address, ${name}`} placeholder="https://" disabled={!editable} value={src.url ?? ""} onCommit={(v) => set({ url: v.trim() || null })} />
        <input
          type="date"
          className="input cell-input cell-input--date"
          aria-label={`Date retrieved, ${name}`}
          disabled={!editable}
          value={src.retrieved ?? ""}
          onChange={(e) => {
            try {
              set({ retrieved: e.target.value || null });
            } catch {
              // an incomplete date is ignored until complete
            }
          }}
        />
        <label>
          <input type="checkbox" disabled={!editable || indicator.source === null} checked={src.illustrative} onChange={(e) => set({ illustrative: e.target.checked })} /> Illustrative figures (not real data)
        </label>
      </div>
    </fieldset>
  );
}
