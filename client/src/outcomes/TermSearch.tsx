import { useEffect, useId, useState } from "react";
import type { TermSearchHit } from "@jigsaw/shared/domain/outcomesApi";
import { api, errorMessage } from "../api/index.ts";

const MATCH_LABELS: Record<TermSearchHit["match"], string> = { exact: "exact", prefix: "starts with", alias: "also called", substring: "mentions" };

/**
 * Search box for framework terms (labels, aliases, acronyms such as "HLE"),
 * through the term search API. Results are buttons; the count is announced.
 */
export function TermSearch({ partnershipId, onSelect }: { partnershipId?: string; onSelect: (termId: string) => void }) {
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<TermSearchHit[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const choose = (termId: string) => {
    setHits(null);
    onSelect(termId);
  };
  useEffect(() => {
    const query = q.trim();
    if (!query) {
      setHits(null);
      setError(null);
      return;
    }
    const ctrl = new AbortController();
    const timer = window.setTimeout(() => {
      api.searchOutcomeTerms(query, { limit: 8, partnershipId, signal: ctrl.signal }).then(
        (h) => {
          setHits(h);
          setError(null);
        },
        (e: unknown) => {
          if (!ctrl.signal.aborted) setError(errorMessage(e));
        },
      );
    }, 180);
    return () => {
      ctrl.abort();
      window.clearTimeout(timer);
    };
  }, [q, partnershipId]);

  return (
    <div className="oc-search" role="search" aria-label="Find a term in the outcomes model">
      <label className="field__label" htmlFor={`${id}-q`}>
        Find a term
      </label>
      <p className="field__hint" id={`${id}-hint`}>
        e.g. HLE, Core20PLUS5 or Mission 7
      </p>
      <input
        id={`${id}-q`}
        type="search"
        className="input oc-search__input"
        value={q}
        autoComplete="off"
        aria-describedby={`${id}-hint ${id}-status`}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && hits && hits.length > 0) {
            e.preventDefault();
            choose(hits[0]!.id);
          } else if (e.key === "Escape" && hits) {
            e.stopPropagation();
            setHits(null);
          }
        }}
      />
      <p id={`${id}-status`} className="visually-hidden" aria-live="polite">
        {error ?? (hits ? `${hits.length} term${hits.length === 1 ? "" : "s"} found` : "")}
      </p>
      {error && <p className="field__error">{error}</p>}
      {hits && hits.length === 0 && <p className="oc-search__none">No terms match “{q.trim()}”.</p>}
      {hits && hits.length > 0 && (
        <ul className="oc-search__results" aria-label="Matching terms">
          {hits.map((h) => (
            <li key={h.id}>
              <button type="button" className="oc-search__hit" onClick={() => choose(h.id)}>
                <span className="oc-search__label">{h.label}</span>
                <span className="oc-search__meta">
                  {h.frameworkShortName}
                  {h.match !== "prefix" && h.match !== "exact" ? ` · ${MATCH_LABELS[h.match]} “${h.matched.length > 40 ? `${h.matched.slice(0, 40)}…` : h.matched}”` : ""}
                  {h.status !== "current" ? ` · ${h.status}` : ""}
                  {!h.verified ? " · unconfirmed" : ""}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
