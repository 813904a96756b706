import {
  MEETING_LIMITS,
  timerRemainingMs,
  type AgendaItem,
  type MeetingActor,
  type MeetingState,
  type MeetingTimer,
} from "@jigsaw/shared/realtime/meeting";
import { ConflictError, ValidationError } from "../errors.ts";

/*
 * Pure meeting state transitions. Each takes the current state and returns the
 * next one, or the same object when nothing changed (so nothing is broadcast).
 * Times are server epoch milliseconds.
 */

/** A change being made, by whom and when. */
export interface MeetingChange {
  actor: MeetingActor;
  now: number;
}

function idleTimer(sectionId: string, durationMs: number): MeetingTimer {
  return { sectionId, status: "idle", durationMs, remainingMs: durationMs, startedAt: null };
}

function bump(current: MeetingState, patch: Partial<MeetingState>, change: MeetingChange): MeetingState {
  return { ...current, ...patch, version: current.version + 1, updatedAt: change.now, updatedBy: change.actor };
}

function requireMeeting(current: MeetingState | null): MeetingState {
  if (!current) throw ConflictError("No meeting is running on this plan");
  return current;
}

/** Start a meeting focused on the first agenda item. Fails if one is running. */
export function startMeeting(
  current: MeetingState | null,
  planId: string,
  input: { agenda: AgendaItem[]; timerDurationMs?: number | undefined },
  change: MeetingChange,
): MeetingState {
  if (current) throw ConflictError("A meeting is already running on this plan");
  const first = input.agenda[0]!.sectionId;
  return {
    planId,
    version: 1,
    startedAt: change.now,
    startedBy: change.actor,
    agenda: input.agenda,
    focusSectionId: first,
    timer: idleTimer(first, input.timerDurationMs ?? MEETING_LIMITS.timerDefaultMs),
    updatedAt: change.now,
    updatedBy: change.actor,
  };
}

/**
 * Replace the agenda. The focus stays on its section if it is still there;
 * otherwise it moves to the item now at the old position (or the last one) and
 * the timer resets.
 */
export function setAgenda(current: MeetingState | null, agenda: AgendaItem[], change: MeetingChange): MeetingState {
  const m = requireMeeting(current);
  if (agenda.some((i) => i.sectionId === m.focusSectionId)) {
    return bump(m, { agenda }, change);
  }
  const oldIndex = Math.max(0, m.agenda.findIndex((i) => i.sectionId === m.focusSectionId));
  const focus = agenda[Math.min(oldIndex, agenda.length - 1)]!.sectionId;
  return bump(m, { agenda, focusSectionId: focus, timer: idleTimer(focus, m.timer.durationMs) }, change);
}

/** Focus a section on the agenda; the countdown resets for the new item. */
export function setFocus(current: MeetingState | null, sectionId: string, change: MeetingChange): MeetingState {
  const m = requireMeeting(current);
  if (!m.agenda.some((i) => i.sectionId === sectionId)) {
    throw ValidationError("sectionId: That section is not on the agenda");
  }
  if (m.focusSectionId === sectionId) return m;
  return bump(m, { focusSectionId: sectionId, timer: idleTimer(sectionId, m.timer.durationMs) }, change);
}

/** What the facilitator did to the countdown. */
export type TimerAction = { action: "start"; durationMs?: number | undefined } | { action: "pause" } | { action: "reset"; durationMs?: number | undefined };

/**
 * Start, pause or reset the focused item's countdown. Starting a running timer
 * without a new length, or pausing one that is not running, changes nothing.
 */
export function controlTimer(current: MeetingState | null, input: TimerAction, change: MeetingChange): MeetingState {
  const m = requireMeeting(current);
  const t = m.timer;
  switch (input.action) {
    case "start": {
      if (input.durationMs !== undefined) {
        return bump(m, { timer: { sectionId: m.focusSectionId, status: "running", durationMs: input.durationMs, remainingMs: input.durationMs, startedAt: change.now } }, change);
      }
      if (t.status === "running") return m;
      const remaining = t.status === "paused" ? t.remainingMs : t.durationMs;
      return bump(m, { timer: { ...t, sectionId: m.focusSectionId, status: "running", remainingMs: remaining, startedAt: change.now } }, change);
    }
    case "pause": {
      if (t.status !== "running") return m;
      return bump(m, { timer: { ...t, status: "paused", remainingMs: timerRemainingMs(t, change.now), startedAt: null } }, change);
    }
    case "reset": {
      const durationMs = input.durationMs ?? t.durationMs;
      return bump(m, { timer: idleTimer(m.focusSectionId, durationMs) }, change);
    }
  }
}
