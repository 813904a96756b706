import type { ReactNode } from "react";
import { errorMessage, isApiError } from "../api/index.ts";

/** A busy region with a visible "Loading…" message and skeleton lines. */
export function LoadingState({ label = "Loading…", lines = 3 }: { label?: string; lines?: number }) {
  return (
    <div className="loading" aria-busy="true" aria-live="polite">
      <p className="loading__label">{label}</p>
      <div aria-hidden="true">
        {Array.from({ length: lines }, (_, i) => (
          <div className="skeleton" key={i} style={{ width: `${90 - i * 15}%` }} />
        ))}
      </div>
    </div>
  );
}

/** An alert explaining what failed, with a retry button when a retry could help. */
export function ErrorState({ error, onRetry, title = "Something went wrong" }: { error: unknown; onRetry?: () => void; title?: string }) {
  const notFound = isApiError(error, "not_found", "forbidden");
  return (
    <div className="notice notice--error" role="alert">
      <h2 className="notice__title">{notFound ? "Not found" : title}</h2>
      <p>
        {notFound
          ? "This page does not exist, or you are not a member of the partnership it belongs to."
          : errorMessage(error)}
      </p>
      {onRetry && !notFound && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** A friendly empty state with the next step to take. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <h3 className="empty__title">{title}</h3>
      {children}
    </div>
  );
}
