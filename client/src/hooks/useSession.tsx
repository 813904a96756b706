import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { PresentedUser } from "@jigsaw/shared/domain/user";
import { api, onUnauthenticated } from "../api/index.ts";
import { clearLocalCaches } from "../collaboration/localCaches.ts";

/** The signed-in user: `undefined` while checking, `null` when signed out. */
export interface Session {
  user: PresentedUser | null | undefined;
  /** True when the last "who am I" check failed for a reason other than being signed out. */
  checkFailed: boolean;
  /** Record the user after sign-in or sign-up. */
  setUser: (user: PresentedUser | null) => void;
  /** Check the session again with the server. */
  refresh: () => Promise<void>;
  /** Sign out here, or on every device. Resolves to the number of sessions ended. */
  signOut: (everywhere?: boolean) => Promise<number>;
}

const SessionContext = createContext<Session | null>(null);

/** Provides the session to the app; forgets the user when any request gets a 401. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<PresentedUser | null | undefined>(undefined);
  const [checkFailed, setCheckFailed] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setUser(await api.fetchMe());
      setCheckFailed(false);
    } catch {
      setCheckFailed(true);
      setUser(null);
    }
  }, []);

  useEffect(() => {
    void refresh();
    return onUnauthenticated(() => setUser(null));
  }, [refresh]);

  const signOut = useCallback(async (everywhere = false) => {
    const n = everywhere ? await api.signOutEverywhere() : (await api.signOut(), 1);
    // Offline copies of plans must not outlive the session on this device.
    await clearLocalCaches(user?.id);
    setUser(null);
    return n;
  }, [user]);

  const value = useMemo<Session>(() => ({ user, checkFailed, setUser, refresh, signOut }), [user, checkFailed, refresh, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session. Must be used inside SessionProvider. */
export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession must be used inside SessionProvider");
  return s;
}
