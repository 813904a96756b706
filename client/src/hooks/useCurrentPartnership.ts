import { useEffect, useSyncExternalStore } from "react";

// The partnership a page is about when its URL does not name it (e.g. /plans/:planId).
let current: string | null = null;
const listeners = new Set<() => void>();

function set(id: string | null): void {
  if (current === id) return;
  current = id;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Tell the header which partnership this page belongs to, while mounted
 * (pages whose URL has no `:partnershipId`, such as a plan).
 */
export function useSetCurrentPartnership(partnershipId: string | null): void {
  useEffect(() => {
    if (!partnershipId) return;
    set(partnershipId);
    return () => {
      if (current === partnershipId) set(null);
    };
  }, [partnershipId]);
}

/** The partnership the current page said it belongs to (see `useSetCurrentPartnership`), or null. */
export function useCurrentPartnershipId(): string | null {
  return useSyncExternalStore(subscribe, () => current, () => null);
}
