import { useEffect, useRef, useState, type FormEvent } from "react";
import type { ExportJobView } from "@jigsaw/shared/export/exportJob";
import { EXPORT_FORMAT_LABELS, EXPORT_FORMATS, EXPORT_LENSES, type ExportFormat, type ExportLens } from "@jigsaw/shared/export/exportSchema";
import type { PresentedVersion } from "@jigsaw/shared/versions/schema";
import { errorMessage } from "../../../api/index.ts";
import * as versionsApi from "../../../api/versions.ts";
import * as exportsApi from "../../../api/exports.ts";
import "../agreement/agreement.css";

const LENS_LABELS: Record<ExportLens, string> = {
  all: "Every sector",
  council: "Council",
  nhs: "NHS",
  voluntary: "Voluntary / third sector",
  community: "Community (plain English)",
};

/** Props for the export dialog. */
export interface ExportDialogProps {
  planId: string;
}

/**
 * Export a version (the agreed version by default, or the current draft, or
 * any version) as DOCX, PDF, Markdown, HTML or JSON, with the crosswalk in a
 * chosen lens and optionally the open comment threads. The export runs on the
 * server as a job; a progress bar shows how far it is, then a download link.
 */
export function ExportDialog({ planId }: ExportDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [versions, setVersions] = useState<PresentedVersion[]>([]);
  const [format, setFormat] = useState<ExportFormat>("docx");
  const [version, setVersion] = useState<string>("");
  const [lens, setLens] = useState<ExportLens>("all");
  const [includeComments, setIncludeComments] = useState(false);
  const [job, setJob] = useState<ExportJobView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const hasAgreed = versions.some((v) => v.kind === "agreed");

  function openDialog() {
    setJob(null);
    setError(null);
    dialogRef.current?.showModal();
    versionsApi.listVersions(planId).then(
      (vs) => {
        setVersions(vs);
        setVersion((cur) => cur || (vs.some((v) => v.kind === "agreed") ? "agreed" : "current"));
      },
      (err: unknown) => setError(errorMessage(err)),
    );
  }

  useEffect(() => {
    if (!job || job.status === "done" || job.status === "failed") return;
    const t = setTimeout(() => {
      exportsApi.getExport(planId, job.id).then(setJob, (err: unknown) => setError(errorMessage(err)));
    }, 250);
    return () => clearTimeout(t);
  }, [job, planId]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setJob(null);
    try {
      setJob(await exportsApi.startExport(planId, { format, version: version || "current", lens, includeComments }));
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  const running = job !== null && (job.status === "queued" || job.status === "running");
  return (
    <>
      <button type="button" className="button button--secondary" onClick={openDialog}>
        Export
      </button>
      <dialog ref={dialogRef} className="export-dialog" aria-labelledby="export-heading">
        <form className="panel-form" onSubmit={submit}>
          <h2 id="export-heading">Export the plan</h2>
          {error && (
            <p className="field__error" role="alert">
              {error}
            </p>
          )}
          <div className="field">
            <label className="field__label" htmlFor="export-format">
              Format
            </label>
            <select id="export-format" className="input" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {EXPORT_FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field__label" htmlFor="export-version">
              Version
            </label>
            <select id="export-version" className="input" aria-describedby={hasAgreed ? "export-version-hint" : undefined} value={version} onChange={(e) => setVersion(e.target.value)}>
              {hasAgreed && <option value="agreed">Latest agreed version</option>}
              <option value="current">Current draft</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
            {hasAgreed && (
              <p className="field__hint" id="export-version-hint">
                The latest agreed version is the one from the agreement round that closed most recently, whether it covered the whole plan or some
                sections. Its sign-off record says what it covers.
              </p>
            )}
          </div>
          <div className="field">
            <label className="field__label" htmlFor="export-lens">
              Outcomes crosswalk in the language of
            </label>
            <select id="export-lens" className="input" value={lens} onChange={(e) => setLens(e.target.value as ExportLens)}>
              {EXPORT_LENSES.map((l) => (
                <option key={l} value={l}>
                  {LENS_LABELS[l]}
                </option>
              ))}
            </select>
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={includeComments} onChange={(e) => setIncludeComments(e.target.checked)} /> Include open comment threads as an appendix
          </label>
          {job && (
            <div className="export-status" aria-live="polite">
              <label htmlFor="export-progress">
                {job.status === "done" ? "Ready" : job.status === "failed" ? "Failed" : `Preparing (${Math.round(job.progress * 100)}%)`}
              </label>
              <progress id="export-progress" className="export-progress" max={1} value={job.progress} />
              {job.status === "failed" && <p className="field__error">{job.error ?? "The export could not be made."}</p>}
              {job.status === "done" && (
                <p>
                  <a className="button" href={exportsApi.exportDownloadUrl(planId, job.id)} download={job.fileName}>
                    Download {job.fileName}
                  </a>
                </p>
              )}
            </div>
          )}
          <div className="button-row">
            <button type="submit" className="button" disabled={running}>
              {running ? "Exporting…" : "Start export"}
            </button>
            <button type="button" className="button button--secondary" onClick={() => dialogRef.current?.close()}>
              Close
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
