import { INDICATOR_IMPORT_LIMITS, formatIndicatorValue, type IndicatorImportPreview, type IndicatorImportQuery } from "@jigsaw/shared/plan/index";
import { useId, useState } from "react";
import { api, errorMessage } from "../api/index.ts";

const MB = 1024 * 1024;

/**
 * Import a Fingertips `all_data` CSV or a plain CSV (period, value, optional
 * limits): choose the file, the series and the area, see what will be created
 * or updated, confirm. The server parses and checks the file and writes it as
 * one change (which reaches this editor through the plan document).
 */
export function IndicatorImport({ planId, indicatorId, indicatorName, onDone }: { planId: string; indicatorId?: string; indicatorName?: string; onDone?: (id: string) => void }) {
  const fileId = useId();
  const [csv, setCsv] = useState<string | null>(null);
  const [fileName, setFileName] = useState("");
  const [query, setQuery] = useState<IndicatorImportQuery>({});
  const [preview, setPreview] = useState<IndicatorImportPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function ask(text: string, q: IndicatorImportQuery) {
    setBusy(true);
    setError(null);
    try {
      setPreview(await api.previewIndicatorImport(planId, text, q));
    } catch (e) {
      setPreview(null);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function onFile(file: File | undefined) {
    setStatus(null);
    setPreview(null);
    setCsv(null);
    if (!file) return;
    if (file.size > INDICATOR_IMPORT_LIMITS.maxBytes) {
      setError(`The file is ${(file.size / MB).toFixed(1)} MB; the largest file that can be imported is ${INDICATOR_IMPORT_LIMITS.maxBytes / MB} MB`);
      return;
    }
    const text = await file.text();
    const q: IndicatorImportQuery = { ...(indicatorId ? { indicator: indicatorId } : {}), ...(/\.csv$/i.test(file.name) ? { sourceTitle: file.name.slice(0, 300) } : {}) };
    setFileName(file.name);
    setCsv(text);
    setQuery(q);
    await ask(text, q);
  }

  function choose(patch: IndicatorImportQuery) {
    const q = { ...query, ...patch };
    setQuery(q);
    if (csv !== null) void ask(csv, q);
  }

  async function confirm() {
    if (csv === null || !preview?.selected) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.importIndicatorCsv(planId, csv, { ...query, series: preview.selected.groupKey, ...(preview.selected.area ? { area: preview.selected.area.code } : {}) });
      setStatus(`Imported ${r.selected.series.length} periods into “${r.selected.changes.target.label}”.`);
      setPreview(null);
      setCsv(null);
      onDone?.(r.indicatorId);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const groupKey = preview?.selected?.groupKey ?? query.series;
  const group = preview?.groups.find((g) => g.key === groupKey) ?? (preview?.groups.length === 1 ? preview.groups[0] : undefined);
  const sel = preview?.selected ?? null;
  return (
    <div className="indicator-import">
      <label htmlFor={fileId} className="field__label">
        {indicatorName ? `Import figures for ${indicatorName} from a CSV file` : "Import an indicator from a CSV file"}
      </label>
      <p className="field__hint">A Fingertips “all data” CSV download, or a plain CSV with the columns period and value (lower, upper, count, denominator optional). Up to {INDICATOR_IMPORT_LIMITS.maxBytes / MB} MB.</p>
      <input id={fileId} type="file" accept=".csv,text/csv" disabled={busy} onChange={(e) => void onFile(e.target.files?.[0])} />
      {error && (
        <p className="field__error" role="alert">
          {fileName ? `${fileName}: ` : ""}
          {error}
        </p>
      )}
      {status && <p role="status">{status}</p>}
      {preview && preview.groups.length > 1 && (
        <label className="field__label">
          Series
          <select className="input select" value={sel?.groupKey ?? query.series ?? ""} onChange={(e) => choose({ series: e.target.value || undefined, area: undefined })}>
            <option value="">Choose…</option>
            {preview.groups.map((g) => (
              <option key={g.key} value={g.key}>
                {[g.indicatorName, g.sex, g.age].filter(Boolean).join(", ")}
              </option>
            ))}
          </select>
        </label>
      )}
      {preview?.layout === "fingertips" && group && (
        <label className="field__label">
          Area
          <select className="input select" value={sel?.area?.code ?? query.area ?? ""} onChange={(e) => choose({ series: group.key, area: e.target.value || undefined })}>
            <option value="">Choose…</option>
            {group.areas.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name} ({a.code}, {a.periods} periods)
              </option>
            ))}
          </select>
        </label>
      )}
      {sel && (
        <div className="indicator-import__preview" aria-live="polite">
          <h4>What will happen</h4>
          <p>
            {sel.changes.target.kind === "new" ? `A new indicator “${sel.changes.target.label}” will be created` : `“${sel.changes.target.label}” will be updated`}
            {sel.area ? ` with the figures for ${sel.area.name} (${sel.area.code})` : ""}.
          </p>
          <ul>
            <li>{sel.changes.added.length} periods added{sel.changes.added.length ? `: ${sel.changes.added.join(", ")}` : ""}</li>
            <li>
              {sel.changes.changed.length} periods changed
              {sel.changes.changed.length ? `: ${sel.changes.changed.map((c) => `${c.period} ${formatIndicatorValue(c.from)} → ${formatIndicatorValue(c.to)}`).join("; ")}` : ""}
            </li>
            <li>{sel.changes.unchanged.length} periods unchanged</li>
            {sel.changes.kept.length > 0 && <li>{sel.changes.kept.length} periods not in the file are kept</li>}
            <li>Comparator: {sel.comparator ? `${sel.comparator.area.name} (${sel.changes.comparator})` : "none in the file"}</li>
            {sel.source.illustrative && <li>The file says its figures are illustrative; they will be marked so.</li>}
          </ul>
          <button type="button" className="button button--small" disabled={busy} onClick={() => void confirm()}>
            Import {sel.series.length} periods
          </button>
        </div>
      )}
    </div>
  );
}
