import { useState, type FormEvent } from "react";
import { VERSION_KIND_LABELS, type PresentedVersion } from "@jigsaw/shared/versions/schema";
import type { PlanDiff } from "@jigsaw/shared/versions/snapshotDiff";
import { errorMessage } from "../../../api/index.ts";
import { ConfirmButton } from "../../../components/ConfirmButton.tsx";
import { ErrorState, LoadingState } from "../../../components/StatusViews.tsx";
import { useResource } from "../../../hooks/useResource.ts";
import { formatDateTime } from "../../../utils/format.ts";
import * as versionsApi from "../../../api/versions.ts";
import { usePlanEvents } from "../agreement/usePlanEvents.ts";
import { DiffView } from "./DiffView.tsx";
import { VersionReader } from "./VersionReader.tsx";
import type { PlanSnapshot } from "@jigsaw/shared/plan/schema";
import "../agreement/agreement.css";

/** Props for the history panel. */
export interface HistoryPanelProps {
  planId: string;
  canName: boolean;
  canRestore: boolean;
}

/**
 * Version history: every named, automatic, agreed and before-restore version
 * (newest first), naming the current state, comparing any two versions (or a
 * version with the current draft) and restoring a version as a new change.
 */
export function HistoryPanel({ planId, canName, canRestore }: HistoryPanelProps) {
  const versions = useResource((signal) => versionsApi.listVersions(planId, signal), [planId]);
  usePlanEvents(planId, ["version.created"], versions.reload);
  const [from, setFrom] = useState<string>("");
  const [to, setTo] = useState<string>("current");
  const [diff, setDiff] = useState<PlanDiff | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState<(PresentedVersion & { snapshot: PlanSnapshot }) | null>(null);

  if (versions.status === "loading") return <LoadingState label="Loading history…" />;
  if (versions.status === "error") return <ErrorState error={versions.error} onRetry={versions.reload} />;
  const list = versions.data;
  const name = (id: string) => (id === "current" ? "Current draft" : (list.find((v) => v.id === id)?.name ?? id));

  async function compare(a: string, b: string) {
    setError(null);
    setFrom(a);
    setTo(b);
    try {
      setDiff(await versionsApi.diffVersions(planId, a, b));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function read(v: PresentedVersion) {
    setError(null);
    try {
      setReading(await versionsApi.getVersion(planId, v.id));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function restore(v: PresentedVersion) {
    setError(null);
    try {
      await versionsApi.restoreVersion(planId, v.id);
      setMessage(`Restored "${v.name}". The state before the restore was kept as a version.`);
      versions.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section id="plan-history" tabIndex={-1} className="plan-panel history-panel" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      {message && (
        <p className="notice notice--success" role="status">
          {message}
        </p>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {canName && <NameVersionForm planId={planId} onNamed={versions.reload} />}
      {list.length === 0 ? (
        <p>No versions yet. Name one, or one is kept automatically when everyone leaves after editing.</p>
      ) : (
        <ul className="version-list">
          {list.map((v) => (
            <li key={v.id} data-version={v.id} data-kind={v.kind}>
              <strong>{v.name}</strong> <span className="tag">{VERSION_KIND_LABELS[v.kind]}</span>
              {v.immutable && <span className="tag tag--round-agreed">Immutable</span>}
              <p className="card__meta">
                {formatDateTime(v.createdAt)}
                {v.createdBy ? ` · ${v.createdBy.displayName}` : ""} · SHA-256 <code title={v.contentHash}>{v.contentHash.slice(0, 12)}…</code>
              </p>
              {v.signOff && (
                <p className="card__meta">
                  Signed off: {v.signOff.entries.map((e) => `${e.organisation} (${e.response.replaceAll("_", " ")})`).join(", ")}
                </p>
              )}
              <div className="button-row">
                <button type="button" className="button button--secondary" onClick={() => void read(v)}>
                  Read<span className="visually-hidden"> {v.name}</span>
                </button>
                <button type="button" className="button button--secondary" onClick={() => void compare(v.id, "current")}>
                  Compare with current
                </button>
                {canRestore && (
                  <ConfirmButton
                    label="Restore"
                    ariaLabel={`Restore ${v.name}`}
                    question={`Bring back "${v.name}"? The current state is kept as a version first.`}
                    confirmLabel="Yes, restore"
                    variant="secondary"
                    onConfirm={() => restore(v)}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      {reading && <VersionReader version={reading} snapshot={reading.snapshot} onClose={() => setReading(null)} />}
      {list.length > 1 && (
        <form
          className="panel-form compare-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (from) void compare(from, to);
          }}
        >
          <h3>Compare two versions</h3>
          <div className="field">
            <label className="field__label" htmlFor="diff-from">
              Older
            </label>
            <select id="diff-from" className="input" value={from} onChange={(e) => setFrom(e.target.value)}>
              <option value="">Choose…</option>
              {list.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name} ({formatDateTime(v.createdAt)})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="diff-to">
              Newer
            </label>
            <select id="diff-to" className="input" value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="current">Current draft</option>
              {list.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name} ({formatDateTime(v.createdAt)})
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary" disabled={!from}>
            Compare
          </button>
        </form>
      )}
      {diff && (
        <div className="diff-result" aria-live="polite">
          <h3>
            Changes from {name(from)} to {name(to)}
          </h3>
          <DiffView diff={diff} />
        </div>
      )}
    </section>
  );
}

function NameVersionForm({ planId, onNamed }: { planId: string; onNamed: () => void }) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!name.trim()) return setError("Give the version a name.");
    setBusy(true);
    try {
      await versionsApi.nameVersion(planId, name.trim());
      setName("");
      onNamed();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="panel-form name-version-form" onSubmit={submit} noValidate>
      <div className={`field${error ? " field--error" : ""}`}>
        <label className="field__label" htmlFor="field-version-name">
          Name this version
        </label>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <input id="field-version-name" className="input" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit" className="button button--secondary" disabled={busy}>
        Save version
      </button>
    </form>
  );
}
