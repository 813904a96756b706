import { focusIndex, type MeetingState, type MeetingTimer } from "@jigsaw/shared/realtime/meeting";

/** "5 minutes", "1 minute 30 seconds", "45 seconds" for screen readers. */
export function spokenDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  const parts: string[] = [];
  if (m > 0) parts.push(`${m} minute${m === 1 ? "" : "s"}`);
  if (s > 0 || m === 0) parts.push(`${s} second${s === 1 ? "" : "s"}`);
  return parts.join(" ");
}

/** "Item 2 of 8: Priorities" for the focused item. */
export function focusLabel(meeting: MeetingState): string {
  const i = focusIndex(meeting);
  const item = meeting.agenda[i];
  return item ? `Item ${i + 1} of ${meeting.agenda.length}: ${item.title}` : "No item in focus";
}

/**
 * What to announce when the meeting state changes from `prev` to `next`
 * (null: nothing worth saying). Focus moves and timer starts/pauses are
 * announced; every tick is not.
 */
export function meetingChangeMessage(prev: MeetingState | null, next: MeetingState | null): string | null {
  if (!prev && next) return `Meeting started by ${next.startedBy.displayName}. Now discussing ${focusLabel(next)}.`;
  if (prev && !next) return "The meeting has ended.";
  if (!prev || !next) return null;
  if (prev.startedAt !== next.startedAt) return `A new meeting started. Now discussing ${focusLabel(next)}.`;
  if (prev.focusSectionId !== next.focusSectionId) return `Now discussing ${focusLabel(next)}.`;
  return timerChangeMessage(prev.timer, next.timer);
}

/** Announcement for a facilitator's timer action, or null. */
export function timerChangeMessage(prev: MeetingTimer, next: MeetingTimer): string | null {
  if (prev.status === next.status && prev.startedAt === next.startedAt && prev.durationMs === next.durationMs) return null;
  if (next.status === "running") return `Timer started: ${spokenDuration(next.remainingMs)} for this item.`;
  if (next.status === "paused") return `Timer paused with ${spokenDuration(next.remainingMs)} left.`;
  return `Timer reset to ${spokenDuration(next.durationMs)}.`;
}

/** Remaining-time milestones worth announcing while a timer runs (sparingly). */
export const TIMER_MILESTONES_MS = [60_000, 0] as const;

/** Announcement when the countdown crosses a milestone between two readings, or null. */
export function milestoneMessage(before: number, after: number): string | null {
  for (const m of TIMER_MILESTONES_MS) {
    if (before > m && after <= m) return m === 0 ? "Time is up for this item." : `${spokenDuration(m)} left for this item.`;
  }
  return null;
}
