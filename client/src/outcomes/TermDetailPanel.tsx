import { useEffect, useRef } from "react";
import { indexModel, type OutcomesModel, type Polarity, type RelatedTerm, type Source } from "@jigsaw/shared/outcomes/index";
import { isWebUrl, sourcesOf, termDetail } from "./crosswalk.ts";
import { LENS_LABELS, outcomeWording, termWording, type Lens } from "./lens.ts";
import { StrengthMeter } from "./StrengthMeter.tsx";

const POLARITY: Record<Polarity, string> = {
  higher_is_better: "Higher is better",
  lower_is_better: "Lower is better",
  context: "Context (no better direction)",
  mixed: "Mixed",
};

const CONFIDENCE: Record<RelatedTerm["confidence"], { label: string; cls: string }> = {
  confirmed: { label: "Sourced", cls: "confirmed" },
  unconfirmed: { label: "Unconfirmed", cls: "unconfirmed" },
  proposal: { label: "Proposed link", cls: "proposal" },
};

function SourceLinks({ sources }: { sources: readonly Source[] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="oc-sources">
      {sources.map((s) => (
        <li key={s.id}>
          {isWebUrl(s.url) ? (
            <a href={s.url} target="_blank" rel="noreferrer noopener">
              {s.title}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            <span>{s.title}</span>
          )}{" "}
          <span className="oc-sources__meta">
            {s.publisher}, {s.date}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Everything about one term: its meaning in plain English and in the chosen
 * lens, definition, status, related terms in every other framework (with link
 * strength, whether the link is sourced, and the sources), and its indicators.
 * A labelled region that takes focus when opened; Escape closes it.
 */
export function TermDetailPanel({ model, termId, lens, onClose, onSelectTerm }: { model: OutcomesModel; termId: string; lens: Lens; onClose: () => void; onSelectTerm: (id: string) => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, [termId]);
  const d = termDetail(model, termId);
  const idx = indexModel(model);
  if (!d) return null;
  const { term } = d;
  const worded = termWording(term, lens, model);
  const headingId = `oc-detail-${term.id.replace(/[^A-Za-z0-9_-]/g, "-")}`;

  return (
    <aside
      className="oc-detail"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="oc-detail__top">
        <p className="oc-detail__fw">
          <abbr title={d.framework?.name} className="oc-detail__fwname">
            {d.framework?.shortName ?? term.framework}
          </abbr>
          {term.version ? ` · ${term.version}` : ""}
        </p>
        <button type="button" className="button button--secondary oc-detail__close" onClick={onClose}>
          Close<span className="visually-hidden"> details of {term.label}</span>
        </button>
      </div>
      <h2 className="oc-detail__title" id={headingId} tabIndex={-1} ref={headingRef}>
        {term.label}
      </h2>
      <p className="oc-detail__badges">
        <span className={`oc-badge oc-badge--${term.status}`}>{term.status}</span>
        {!term.verified && <span className="oc-badge oc-badge--unconfirmed">Unconfirmed wording</span>}
        {term.origin === "local" && <span className="oc-badge oc-badge--local">Local term</span>}
        {term.acronyms.map((a) => (
          <span key={a} className="oc-badge">
            {a}
          </span>
        ))}
      </p>
      {d.successor && (
        <p className="oc-detail__note">
          Replaced by{" "}
          <button type="button" className="oc-linkbutton" onClick={() => onSelectTerm(d.successor!.id)}>
            {d.successor.label}
          </button>
        </p>
      )}

      {term.plainEnglish && (
        <section className="oc-detail__section">
          <h3>In plain English</h3>
          <p className="oc-detail__plain">{term.plainEnglish}</p>
        </section>
      )}
      {lens !== "plain" && worded && (
        <section className="oc-detail__section">
          <h3>In {LENS_LABELS[lens]} words</h3>
          <p>
            <strong>{worded.label}</strong>
            {!worded.verified && <span className="oc-badge oc-badge--unconfirmed">Unconfirmed</span>}
          </p>
          <p className="oc-detail__muted">{worded.text}</p>
        </section>
      )}
      {term.definition && (
        <section className="oc-detail__section">
          <h3>Definition</h3>
          <p>{term.definition}</p>
        </section>
      )}

      {d.outcomes.length > 0 && (
        <section className="oc-detail__section">
          <h3>Shared outcomes it serves</h3>
          <ul className="oc-plainlist">
            {d.outcomes.map((o) => {
              const outcome = idx.outcomes.get(o.outcomeId)!;
              return (
                <li key={o.outcomeId}>
                  <StrengthMeter strength={o.strength} /> {outcomeWording(outcome, lens).text}{" "}
                  <span className="visually-hidden">({o.strength} link)</span>
                  {o.confidence !== "confirmed" && <span className={`oc-badge oc-badge--${CONFIDENCE[o.confidence].cls}`}>{CONFIDENCE[o.confidence].label}</span>}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section className="oc-detail__section">
        <h3>Related terms in other frameworks</h3>
        {d.related.length === 0 ? (
          <p className="oc-detail__muted">No links to other frameworks in the model yet.</p>
        ) : (
          d.related.map((g) => (
            <div key={g.framework.id} className="oc-related">
              <h4 className="oc-related__fw">
                {g.framework.name}
                {g.framework.status !== "current" && <span className={`oc-badge oc-badge--${g.framework.status}`}>{g.framework.status}</span>}
              </h4>
              <ul className="oc-related__list">
                {g.terms.map((r) => {
                  const via = r.via === "outcome" ? idx.outcomes.get(r.path[1] ?? "") : undefined;
                  const conf = CONFIDENCE[r.confidence];
                  const srcs = sourcesOf(model, r.sources);
                  return (
                    <li key={r.termId} className="oc-related__item">
                      <button type="button" className="oc-linkbutton oc-related__term" onClick={() => onSelectTerm(r.termId)}>
                        {r.label}
                      </button>
                      <span className="oc-related__meta">
                        <StrengthMeter strength={r.strength} /> {r.strength}
                        {" · "}
                        {via ? `through “${outcomeWording(via, lens).text}”` : "direct link"}
                      </span>
                      <span className={`oc-badge oc-badge--${conf.cls}`}>{conf.label}</span>
                      {!r.termVerified && <span className="oc-badge oc-badge--unconfirmed">Unconfirmed wording</span>}
                      {r.status !== "current" && <span className={`oc-badge oc-badge--${r.status}`}>{r.status}</span>}
                      {srcs.length > 0 && (
                        <details className="oc-related__sources">
                          <summary>
                            {srcs.length} source{srcs.length === 1 ? "" : "s"}
                          </summary>
                          <SourceLinks sources={srcs} />
                        </details>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))
        )}
      </section>

      {d.indicators.length > 0 && (
        <section className="oc-detail__section">
          <h3>Indicators</h3>
          <ul className="oc-indicators">
            {d.indicators.map(({ indicator: i, via, verified, kind }) => (
              <li key={i.id} className="oc-indicator">
                <p className="oc-indicator__name">
                  {i.name}
                  {!verified && <span className="oc-badge oc-badge--unconfirmed">Unconfirmed</span>}
                </p>
                <dl className="oc-indicator__facts">
                  <div>
                    <dt>Fingertips id</dt>
                    <dd>{i.fingertipsId ?? (i.fingertipsIdCandidate ? `${i.fingertipsIdCandidate} (unconfirmed)` : "none")}</dd>
                  </div>
                  {i.code && (
                    <div>
                      <dt>PHOF code</dt>
                      <dd>{i.code}</dd>
                    </div>
                  )}
                  <div>
                    <dt>Better when</dt>
                    <dd>{POLARITY[i.polarity]}</dd>
                  </div>
                  <div>
                    <dt>Unit</dt>
                    <dd>{i.unit}</dd>
                  </div>
                </dl>
                <p className="oc-detail__muted">
                  {kind === "headline_metric" ? "Headline measure" : kind === "supporting_metric" ? "Supporting measure" : "Relevant evidence"}
                  {via ? ` for “${outcomeWording(idx.outcomes.get(via)!, lens).text}”` : ""} · {i.dataSource}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {d.sources.length > 0 && (
        <section className="oc-detail__section">
          <h3>Sources</h3>
          <SourceLinks sources={d.sources} />
        </section>
      )}
    </aside>
  );
}
