import { useCallback, useEffect, useRef, useState } from "react";

/** State of something loaded from the API. */
export type Resource<T> =
  | { status: "loading"; data: undefined; error: null }
  | { status: "ready"; data: T; error: null }
  | { status: "error"; data: undefined; error: unknown };

/** A loaded resource plus ways to reload it or replace its data after a change. */
export type ResourceHandle<T> = Resource<T> & {
  reload: () => void;
  setData: (update: (prev: T) => T) => void;
};

/**
 * Load data with `loader` whenever `deps` change, aborting stale requests.
 * `reload()` refetches without showing the loading state again when data exists.
 */
export function useResource<T>(loader: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): ResourceHandle<T> {
  const [state, setState] = useState<Resource<T>>({ status: "loading", data: undefined, error: null });
  const [nonce, setNonce] = useState(0);
  const loaderRef = useRef(loader);
  loaderRef.current = loader;

  useEffect(() => {
    const ctrl = new AbortController();
    setState((s) => (s.status === "ready" && nonce > 0 ? s : { status: "loading", data: undefined, error: null }));
    loaderRef.current(ctrl.signal).then(
      (data) => {
        if (!ctrl.signal.aborted) setState({ status: "ready", data, error: null });
      },
      (error: unknown) => {
        if (!ctrl.signal.aborted) setState({ status: "error", data: undefined, error });
      },
    );
    return () => ctrl.abort();
    // The caller's deps decide when to reload; the loader itself is read through a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const setData = useCallback((update: (prev: T) => T) => {
    setState((s) => (s.status === "ready" ? { ...s, data: update(s.data) } : s));
  }, []);
  return { ...state, reload, setData };
}
