import { CODE_SCHEME_LABELS, type CurrencyCheck, type Framework, type Indicator, type Source } from "@jigsaw/shared/outcomes/index";

/**
 * A caveat stored in the outcomes model (a term's, indicator's or link's note), shown where the item is
 * shown, e.g. "Note: the continuity-of-carer target was removed on 21 Sep 2022". Nothing when there is no note.
 */
export function ModelNote({ note, label = "Note" }: { note: string | undefined; label?: string }) {
  if (!note) return null;
  return (
    <p className="oc-note">
      <strong>{label}:</strong> {note}
    </p>
  );
}

/** A framework's status, its status note, the version a term belongs to and that version's note. */
export function FrameworkCaveat({ framework, versionId }: { framework: Framework; versionId?: string | undefined }) {
  const version = framework.versions.find((v) => v.id === (versionId ?? framework.currentVersion));
  return (
    <div className="oc-fwnote">
      <p>
        <strong>{framework.name}</strong>: <span className={`oc-badge oc-badge--${framework.status}`}>{framework.status}</span> {framework.statusNote}
      </p>
      {version && (
        <p>
          Version: {version.label}
          {version.published ? `, published ${version.published}${version.publishedVerified ? "" : " (date unconfirmed)"}` : ", publication date not known"}
          {version.status !== framework.status ? ` (${version.status})` : ""}
        </p>
      )}
      <ModelNote note={version?.note} label="About this version" />
    </div>
  );
}

/** An indicator's code labelled by its real scheme ("PHOF code", "Levelling Up mission metric", ...), or null. */
export function codeLabel(i: Pick<Indicator, "code" | "codeScheme" | "codeVerified">): { term: string; value: string } | null {
  if (!i.code || !i.codeScheme) return null;
  const unconfirmed = i.codeVerified === false;
  return { term: CODE_SCHEME_LABELS[i.codeScheme], value: `${i.code}${unconfirmed ? " (unconfirmed)" : ""}` };
}

const CHECK_RESULTS: Record<CurrencyCheck["result"], string> = {
  confirmed: "Confirmed",
  changed: "Changed since",
  unverified: "Unverified",
};

/** The currency checks recorded on a term: what was checked, when, against which sources, and what was found. */
export function CurrencyChecks({ checks, sources }: { checks: readonly CurrencyCheck[]; sources: ReadonlyMap<string, Source> }) {
  if (checks.length === 0) return null;
  return (
    <ul className="oc-checks">
      {checks.map((c) => (
        <li key={`${c.claim}-${c.checked}`}>
          <p>
            <span className={`oc-badge oc-badge--${c.result === "unverified" ? "unconfirmed" : c.result === "changed" ? "legacy" : "confirmed"}`}>{CHECK_RESULTS[c.result]}</span> {c.claim}
          </p>
          <p>{c.finding}</p>
          <p className="oc-detail__muted">
            Checked {c.checked}
            {c.sources.length > 0 ? ` against ${c.sources.map((s) => sources.get(s)?.title.replace(/ \(.*$/, "") ?? s).join("; ")}` : ", no citable source found"}
          </p>
        </li>
      ))}
    </ul>
  );
}
