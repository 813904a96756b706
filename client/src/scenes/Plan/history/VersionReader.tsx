import { AGREEMENT_RESPONSE_LABELS } from "@jigsaw/shared/agreement/schema";
import { pmText } from "@jigsaw/shared/plan/bodyText";
import type { PlanSnapshot } from "@jigsaw/shared/plan/schema";
import type { PresentedVersion, SignOffResponse } from "@jigsaw/shared/versions/schema";
import { formatDateTime } from "../../../utils/format.ts";

const responseLabel = (r: SignOffResponse) => (r === "none" ? "No response" : AGREEMENT_RESPONSE_LABELS[r]);

/**
 * Read one version in the app: its sections as text, and for an agreed
 * version the sign-off record with every organisation's response trail and
 * the SHA-256 of the content.
 */
export function VersionReader({ version, snapshot, onClose }: { version: PresentedVersion; snapshot: PlanSnapshot; onClose: () => void }) {
  const s = version.signOff;
  return (
    <article className="card version-reader" data-reading={version.id} aria-labelledby={`reading-${version.id}`}>
      <h3 id={`reading-${version.id}`} tabIndex={-1}>
        {version.name}
      </h3>
      <p className="card__meta">
        {formatDateTime(version.createdAt)} · SHA-256 <code data-content-hash>{version.contentHash}</code>
      </p>
      {s && (
        <section aria-label="Sign-off record">
          <h4>Sign-off record</h4>
          <p>{s.outcome}</p>
          <p className="card__meta">
            Closed {formatDateTime(s.closedAt)} by {s.closedBy}
            {s.reviewDate ? ` · review by ${s.reviewDate}` : ""}
          </p>
          <table className="table sign-off-table">
            <thead>
              <tr>
                <th scope="col">Organisation</th>
                <th scope="col">Response</th>
                <th scope="col">Trail</th>
              </tr>
            </thead>
            <tbody>
              {s.entries.map((e) => (
                <tr key={e.organisation} data-signoff-org={e.organisation}>
                  <th scope="row">{e.organisation}</th>
                  <td>
                    {responseLabel(e.response)}
                    {e.by ? ` (${e.by})` : ""}
                    {e.comment ? `: ${e.comment}` : ""}
                  </td>
                  <td>
                    {e.trail && e.trail.length > 0 ? (
                      <ol>
                        {e.trail.map((t) => (
                          <li key={`${t.at}-${t.response}`}>
                            {formatDateTime(t.at)}: {responseLabel(t.response)} by {t.by} ({t.role}){t.comment ? `: ${t.comment}` : ""}
                          </li>
                        ))}
                      </ol>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {snapshot.sections.map((sec) => (
        <section key={sec.id} className="version-reader__section">
          <h4>{sec.title}</h4>
          {pmText(sec.body)
            .split(/\n+/)
            .filter((p) => p.trim())
            .map((p, i) => (
              <p key={i}>{p}</p>
            ))}
        </section>
      ))}
      <button type="button" className="button button--secondary" onClick={onClose}>
        Close reading view
      </button>
    </article>
  );
}
