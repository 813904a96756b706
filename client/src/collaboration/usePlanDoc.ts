import { useEffect, useState, useSyncExternalStore } from "react";
import { api, isApiError } from "../api/index.ts";
import { useSession } from "../hooks/useSession.tsx";
import { PlanConnection, READ_ONLY_MESSAGE, type AccessCheck, type PlanConnectionState } from "./planConnection.ts";

/** A plan's live document: the connection (doc, provider, awareness) and its state. */
export interface PlanDocHandle {
  connection: PlanConnection | null;
  state: PlanConnectionState | null;
}

const noop = () => () => {};
const none = () => null;

async function checkAccess(planId: string): Promise<AccessCheck> {
  try {
    await api.getPlan(planId);
    return "ok";
  } catch (e) {
    if (isApiError(e, "not_found", "forbidden")) return "denied";
    if (isApiError(e) && e.status === 401) return "signedOut";
    return "ok";
  }
}

/**
 * Open a plan's Y.Doc for the signed-in user while the component is mounted:
 * offline copy + websocket sync to `/collab/<planId>`. The doc is created empty
 * and filled by the server (and the offline copy); render and enable editing
 * only once `state.serverSynced` (or a loaded offline copy with content).
 */
export function usePlanDoc(planId: string): PlanDocHandle {
  const { user } = useSession();
  const userId = user?.id ?? null;
  const [connection, setConnection] = useState<PlanConnection | null>(null);
  // bumped when the server dropped a change made here (view only): a fresh doc loads the server's state
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (!userId) return;
    const c = new PlanConnection({ planId, userId, checkAccess: () => checkAccess(planId), notice: refusals > 0 ? READ_ONLY_MESSAGE : null });
    const off = c.subscribe(() => {
      if (c.getState().changeRefused) setRefusals((n) => n + 1);
    });
    c.start();
    setConnection(c);
    return () => {
      off();
      setConnection(null);
      c.destroy();
    };
  }, [planId, userId, refusals]);
  const state = useSyncExternalStore(connection?.subscribe ?? noop, connection?.getState ?? none);
  return { connection, state };
}
