import { useEffect, useState, useSyncExternalStore } from "react";
import { acquirePlanRoom, INITIAL_PLAN_ROOM_STATE, releasePlanRoom, type PlanRoom, type PlanRoomState } from "./planRoomStore.ts";

const noop = () => () => {};
const initial = () => INITIAL_PLAN_ROOM_STATE;

/**
 * Be in a plan's room while the component is mounted: joins (and rejoins
 * after reconnects), leaves on unmount. Returns the room's live state: status,
 * who is here (`members`, grouped by sector by the server's order), the
 * running meeting and whether this user may run it.
 */
export function usePlanRoom(planId: string | null): PlanRoomState & { room: PlanRoom | null } {
  const [room, setRoom] = useState<PlanRoom | null>(null);
  useEffect(() => {
    if (!planId) return;
    const r = acquirePlanRoom(planId);
    setRoom(r);
    return () => {
      setRoom(null);
      releasePlanRoom(planId);
    };
  }, [planId]);
  const state = useSyncExternalStore(room?.subscribe ?? noop, room?.getSnapshot ?? initial);
  return { ...state, room };
}
