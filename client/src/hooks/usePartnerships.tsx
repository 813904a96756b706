import { createContext, useContext, type ReactNode } from "react";
import type { PresentedPartnership } from "@jigsaw/shared/domain/partnership";
import { api } from "../api/index.ts";
import { useResource, type ResourceHandle } from "./useResource.ts";
import { useSession } from "./useSession.tsx";

const PartnershipsContext = createContext<ResourceHandle<PresentedPartnership[]> | null>(null);

/**
 * The signed-in user's partnerships, shared by the header switcher and the
 * partnerships page. Call `reload()` after creating, joining or leaving one.
 */
export function PartnershipsProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const userId = user?.id ?? null;
  const resource = useResource<PresentedPartnership[]>(
    (signal) => (userId ? api.listPartnerships(signal) : Promise.resolve([])),
    [userId],
  );
  return <PartnershipsContext.Provider value={resource}>{children}</PartnershipsContext.Provider>;
}

/** The signed-in user's partnerships. Must be used inside PartnershipsProvider. */
export function usePartnerships(): ResourceHandle<PresentedPartnership[]> {
  const p = useContext(PartnershipsContext);
  if (!p) throw new Error("usePartnerships must be used inside PartnershipsProvider");
  return p;
}
