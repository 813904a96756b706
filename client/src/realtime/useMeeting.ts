import { useCallback, useMemo, useState } from "react";
import type { Ack } from "@jigsaw/shared/realtime/events";
import { focusIndex, type AgendaItem, type MeetingState } from "@jigsaw/shared/realtime/meeting";
import { getSocket } from "./socket.ts";
import { usePlanRoom } from "./usePlanRoom.ts";

/** A section as the editor shows it. */
export interface SectionRef {
  id: string;
  title: string;
}

/** Meeting controls. Each resolves to an error message, or null on success. Only facilitators succeed. */
export interface MeetingActions {
  start(sections: readonly SectionRef[], timerDurationMs?: number): Promise<string | null>;
  updateAgenda(sections: readonly SectionRef[]): Promise<string | null>;
  focus(sectionId: string): Promise<string | null>;
  next(): Promise<string | null>;
  previous(): Promise<string | null>;
  startTimer(durationMs?: number): Promise<string | null>;
  pauseTimer(): Promise<string | null>;
  resetTimer(durationMs?: number): Promise<string | null>;
  end(): Promise<string | null>;
}

/** Turn the editor's sections into an agenda. */
export function toAgenda(sections: readonly SectionRef[]): AgendaItem[] {
  return sections.map((s) => ({ sectionId: s.id, title: s.title.trim() || "Untitled section" }));
}

type Emit = (event: string, payload: unknown) => Promise<Ack<unknown>>;

/**
 * The meeting on a plan: its live state (shared with `usePlanRoom`, one join
 * per tab), whether this user can run it, and the facilitator's actions. The
 * server authorises every action; `canRunMeeting` only decides what to show.
 */
export function useMeeting(planId: string | null) {
  const room = usePlanRoom(planId);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const meeting: MeetingState | null = room.meeting;

  const send = useCallback(
    async (event: string, payload: Record<string, unknown>): Promise<string | null> => {
      if (!planId) return "No plan";
      setBusy(true);
      try {
        const socket = getSocket();
        if (!socket.connected) throw new Error("offline");
        const timed = socket.timeout(10_000);
        const ack = await (timed.emitWithAck as unknown as Emit).call(timed, event, { planId, ...payload });
        const message = ack.ok ? null : ack.error.message;
        setError(message);
        return message;
      } catch {
        const message = "The live connection is down. Try again in a moment.";
        setError(message);
        return message;
      } finally {
        setBusy(false);
      }
    },
    [planId],
  );

  const actions = useMemo<MeetingActions>(() => {
    const step = (delta: number) => {
      if (!meeting) return Promise.resolve("No meeting is running");
      const i = focusIndex(meeting) + delta;
      const item = meeting.agenda[i];
      return item ? send("meeting.setFocus", { sectionId: item.sectionId }) : Promise.resolve(null);
    };
    return {
      start: (sections, timerDurationMs) => send("meeting.start", { agenda: toAgenda(sections), ...(timerDurationMs ? { timerDurationMs } : {}) }),
      updateAgenda: (sections) => send("meeting.setAgenda", { agenda: toAgenda(sections) }),
      focus: (sectionId) => send("meeting.setFocus", { sectionId }),
      next: () => step(1),
      previous: () => step(-1),
      startTimer: (durationMs) => send("meeting.controlTimer", { action: "start", ...(durationMs ? { durationMs } : {}) }),
      pauseTimer: () => send("meeting.controlTimer", { action: "pause" }),
      resetTimer: (durationMs) => send("meeting.controlTimer", { action: "reset", ...(durationMs ? { durationMs } : {}) }),
      end: () => send("meeting.end", {}),
    };
  }, [meeting, send]);

  return {
    meeting,
    status: room.status,
    canRunMeeting: room.canRunMeeting,
    clockOffsetMs: room.clockOffsetMs,
    lastEnded: room.lastEnded,
    members: room.members,
    busy,
    error,
    clearError: () => setError(null),
    actions,
  };
}
