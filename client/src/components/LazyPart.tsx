import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";

/** True for the errors browsers and Vite raise when a code chunk cannot be fetched. */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|Loading chunk|error loading dynamically|Unable to preload CSS/i.test(error.message);
}

/** A visible, announced "Loading …" line with a spinner, shown while a part of the page's code loads. */
export function ChunkLoading({ label }: { label: string }) {
  return (
    <div className="chunk-loading" role="status" aria-live="polite">
      <span className="chunk-loading__spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

interface BoundaryProps {
  /** What failed to load, for the message ("the comments"). */
  what: string;
  onRetry: () => void;
  children: ReactNode;
}

/**
 * Catches a part of the page whose code failed to load (offline, or Jigsaw
 * updated while the page was open) and says so with a "Try again" button.
 * Any other error is passed on to the page's error view.
 */
class ChunkBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    if (!isChunkLoadError(error)) throw error;
    return (
      <div className="notice notice--error chunk-error" role="alert">
        <p>
          {`Jigsaw could not load ${this.props.what}. Check your connection, then try again. If it keeps failing, reload the page (nothing you saved is lost).`}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            this.setState({ error: null });
            this.props.onRetry();
          }}
        >
          Try again
        </button>
      </div>
    );
  }
}

/** Resolves when the browser is next idle (or after `timeoutMs`), so low-priority code waits for the page's own work. */
function whenIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => resolve(), { timeout: timeoutMs });
    else setTimeout(resolve, 1);
  });
}

/** How a part loads. */
export interface LazyPartOptions<P> {
  /** Replaces the progress line while the code loads (for example with a read-only preview). */
  fallback?: (props: P) => ReactNode;
  /** Fetch only once the browser is idle (after the plan's editor has loaded), at most this many ms later. */
  idleMs?: number;
}

/**
 * A component whose code loads on first render (React.lazy), with a progress
 * line while it loads and a clear retry message if the load fails.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, what: string, options: LazyPartOptions<P> = {}): ComponentType<P> & { preload: () => void } {
  const { fallback, idleMs } = options;
  let failed = false;
  const fetchPart = () =>
    load().catch((e: unknown) => {
      failed = true;
      throw e;
    });
  const make = () =>
    lazy(async () => {
      if (idleMs !== undefined) await whenIdle(idleMs);
      return { default: await fetchPart() };
    });
  let current = make();
  function LazyPart(props: P) {
    const [, setAttempt] = useState(0);
    const Inner = current;
    return (
      <ChunkBoundary
        what={what}
        onRetry={() => {
          // React.lazy keeps a failed load: a fresh one fetches again.
          if (failed) current = make();
          failed = false;
          setAttempt((n) => n + 1);
        }}
      >
        <Suspense fallback={fallback ? fallback(props) : <ChunkLoading label={`Loading ${what}…`} />}>
          <Inner {...props} />
        </Suspense>
      </ChunkBoundary>
    );
  }
  // Start fetching before the part renders (in parallel with other work); a failure shows when it renders.
  let preloaded = false;
  const preload = () => {
    if (preloaded) return;
    preloaded = true;
    fetchPart().catch(() => undefined);
  };
  return Object.assign(LazyPart, { preload });
}
