import { Link, useSearchParams } from "react-router";
import type { SearchHit } from "@jigsaw/shared/comments/types";
import { PageHeading } from "../components/PageHeading.tsx";
import { EmptyState, ErrorState, LoadingState } from "../components/StatusViews.tsx";
import { useDocumentTitle } from "../hooks/useDocumentTitle.ts";
import { useResource } from "../hooks/useResource.ts";
import { searchAll } from "../api/search.ts";
import "./search.css";

const KIND_LABELS: Record<SearchHit["kind"], string> = {
  section: "Section",
  action: "Action",
  indicator: "Indicator",
  risk: "Risk",
  comment: "Comment",
};

/** A snippet: matched words in <mark>, everything as text (never HTML). */
function Snippet({ hit }: { hit: SearchHit }) {
  return (
    <p className="search-result__snippet">
      {hit.snippet.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </p>
  );
}

/** `/search?q=`: results across the plans and comments of my partnerships, best first. */
export function SearchScene() {
  const [params] = useSearchParams();
  const q = (params.get("q") ?? "").trim();
  useDocumentTitle(q ? `Search: ${q}` : "Search");
  const results = useResource((signal) => (q ? searchAll(q, signal) : Promise.resolve([] as SearchHit[])), [q]);
  return (
    <>
      <PageHeading caption="Search">{q ? `Results for “${q}”` : "Search plans and comments"}</PageHeading>
      {!q && <p>Type in the search box at the top of the page.</p>}
      {q && results.status === "loading" && <LoadingState label="Searching…" />}
      {q && results.status === "error" && <ErrorState error={results.error} onRetry={results.reload} />}
      {q && results.status === "ready" && results.data.length === 0 && (
        <EmptyState title="No results">
          <p>Nothing in your partnerships' plans or comments matches. Try fewer or different words.</p>
        </EmptyState>
      )}
      {q && results.status === "ready" && results.data.length > 0 && (
        <>
          <p role="status">
            {results.data.length} result{results.data.length === 1 ? "" : "s"}
          </p>
          <ol className="search-results">
            {results.data.map((hit) => (
              <li key={`${hit.kind}-${hit.commentId ?? hit.refId}-${hit.planId}`} className="search-result">
                <p className="search-result__meta">
                  <span className="tag">{KIND_LABELS[hit.kind]}</span> {hit.planTitle} · {hit.partnershipName}
                </p>
                <h2 className="search-result__title">
                  <Link to={hit.path}>{hit.title || KIND_LABELS[hit.kind]}</Link>
                </h2>
                <Snippet hit={hit} />
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
