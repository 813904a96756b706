import { useEffect, useState } from "react";
import { timerRemainingMs, type MeetingTimer } from "@jigsaw/shared/realtime/meeting";

/**
 * Remaining time of a meeting countdown, ticking a few times a second while it
 * runs. `clockOffsetMs` (server minus local clock) makes every participant
 * show the same time whatever their own clock says.
 */
export function useCountdown(timer: MeetingTimer | null, clockOffsetMs: number): number | null {
  const [now, setNow] = useState(() => Date.now());
  const running = timer?.status === "running";
  useEffect(() => {
    if (!running) return;
    const id = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(id);
  }, [running]);
  if (!timer) return null;
  return timerRemainingMs(timer, now + clockOffsetMs);
}
