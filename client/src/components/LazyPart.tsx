import { memo, useSyncExternalStore, type ComponentType, type ReactNode } from "react";

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

/**
 * Says that a part of the page could not be fetched (offline, or Jigsaw
 * updated while the page was open), with a "Try again" button.
 */
function ChunkError({ what, onRetry }: { what: string; onRetry: () => void }) {
  return (
    <div className="notice notice--error chunk-error" role="alert">
      <p>{`Jigsaw could not load ${what}. Check your connection, then try again. If it keeps failing, reload the page (nothing you saved is lost).`}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
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

/** Where a part's code is: not here yet (asked for or not), here, or failed. */
type PartState<C> = { status: "pending" } | { status: "loaded"; component: C } | { status: "failed"; error: unknown };
const PENDING = { status: "pending" } as const;

/**
 * A component whose code loads on first render, with a progress line (or a
 * fallback) while it loads and a clear retry message if the load fails.
 *
 * Not React.lazy + Suspense: React holds back revealing content that was
 * suspended for up to 300 ms after a fallback appeared, so each part loaded
 * on demand on the way to an editable plan (the plan editor, then the section
 * editor) cost up to 300 ms after its code had arrived. Here the part renders
 * in the same commit when its code is already loaded, and in the next one when
 * it arrives.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, what: string, options: LazyPartOptions<P> = {}): ComponentType<P> & { preload: () => Promise<void> } {
  const { fallback, idleMs } = options;
  let state: PartState<ComponentType<P>> = PENDING;
  let fetching = false;
  const listeners = new Set<() => void>();
  const set = (next: PartState<ComponentType<P>>) => {
    state = next;
    for (const l of listeners) l();
  };
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  const getState = () => state;
  let arrival: Promise<void> = Promise.resolve();
  /** Fetch now (or when idle, for low-priority parts), unless it is here or on its way; resolves when it has arrived or failed. */
  const start = (waitForIdle: boolean): Promise<void> => {
    if (fetching || state.status === "loaded") return arrival;
    // Not announced: a part on its way renders as one not asked for yet (this may run during a render).
    fetching = true;
    arrival = (async () => {
      try {
        if (waitForIdle && idleMs !== undefined) await whenIdle(idleMs);
        const component = await load();
        fetching = false;
        set({ status: "loaded", component });
      } catch (error) {
        fetching = false;
        set({ status: "failed", error });
      }
    })();
    return arrival;
  };
  function LazyPart(props: P) {
    const current = useSyncExternalStore(subscribe, getState);
    // Starting a fetch is idempotent and has no visible effect: do it on first render, not a commit later.
    if (current.status === "pending") void start(true);
    if (current.status === "failed") {
      // Only a failed fetch is this part's to report; anything else goes to the page's error view.
      if (!isChunkLoadError(current.error)) throw current.error;
      return (
        <ChunkError
          what={what}
          onRetry={() => {
            set(PENDING);
            void start(false);
          }}
        />
      );
    }
    if (current.status !== "loaded") return fallback ? fallback(props) : <ChunkLoading label={`Loading ${what}…`} />;
    const Loaded = current.component;
    return <Loaded {...props} />;
  }
  // Start fetching before the part renders (in parallel with other work); a failure shows when it renders.
  const preload = (): Promise<void> => start(false);
  // A part re-renders when its own props change, not whenever the page around it does.
  return Object.assign(memo(LazyPart), { preload });
}
