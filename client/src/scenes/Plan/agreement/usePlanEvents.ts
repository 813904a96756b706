import { useEffect, useRef } from "react";
import type { ServerToClientEvents } from "@jigsaw/shared/realtime/events";
import { getSocket } from "../../../realtime/socket.ts";
import { usePlanRoom } from "../../../realtime/usePlanRoom.ts";

type PlanEvent = "agreement.updated" | "version.created";

/**
 * Call `onEvent` whenever the server pushes one of `events` for this plan
 * (the component joins the plan room while mounted), and after a reconnect
 * (missed events are not replayed, so refetch then).
 */
export function usePlanEvents(planId: string, events: readonly PlanEvent[], onEvent: () => void): void {
  usePlanRoom(planId);
  const ref = useRef(onEvent);
  ref.current = onEvent;
  const key = events.join(",");
  useEffect(() => {
    const socket = getSocket();
    const handler = (p: { planId: string }) => {
      if (p.planId === planId) ref.current();
    };
    const reconnect = () => ref.current();
    for (const e of key.split(",") as PlanEvent[]) socket.on(e, handler as ServerToClientEvents[PlanEvent]);
    socket.on("connect", reconnect);
    return () => {
      for (const e of key.split(",") as PlanEvent[]) socket.off(e, handler as ServerToClientEvents[PlanEvent]);
      socket.off("connect", reconnect);
    };
  }, [planId, key]);
}
