import { MEETING_LIMITS, formatCountdown, type MeetingTimer as Timer } from "@jigsaw/shared/realtime/meeting";
import type { MeetingActions } from "../../../realtime/useMeeting.ts";

/** Countdown lengths offered to the facilitator, in minutes. */
const MINUTES = [2, 3, 5, 10, 15, 20, 30, 45, 60];

/** Props for the meeting countdown. */
export interface MeetingTimerProps {
  timer: Timer;
  /** Remaining time now (from `useCountdown`), negative once overrun. */
  remainingMs: number;
  /** Facilitator controls are shown when given. */
  actions?: MeetingActions;
  busy?: boolean;
  /**
   * "main" (default): the time, and start / pause for facilitators. "settings":
   * reset and time per item only (in the meeting bar's folded controls).
   */
  part?: "main" | "settings";
}

/**
 * The focused item's countdown. The time itself is `role="timer"` (not read
 * out on every tick); milestones are announced by the meeting bar.
 */
export function MeetingTimer({ timer, remainingMs, actions, busy = false, part = "main" }: MeetingTimerProps) {
  const over = remainingMs <= 0;
  const state = timer.status === "running" ? (over ? "over time" : "running") : timer.status === "paused" ? "paused" : "not started";
  const minutes = Math.round(timer.durationMs / 60_000);
  const options = MINUTES.includes(minutes) ? MINUTES : [...MINUTES, minutes].sort((a, b) => a - b);
  if (part === "settings") {
    if (!actions) return null;
    return (
      <div className="meeting-timer" role="group" aria-label="Timer settings">
        <button type="button" className="button button--secondary" disabled={busy || timer.status === "idle"} onClick={() => void actions.resetTimer()}>
          Reset timer
        </button>
        <label className="meeting-timer__length">
          <span>Time per item</span>{" "}
          <select
            className="select select--compact"
            value={minutes}
            disabled={busy || timer.status === "running"}
            onChange={(e) => void actions.resetTimer(Math.min(MEETING_LIMITS.timerMaxMs, Number(e.target.value) * 60_000))}
          >
            {options.map((m) => (
              <option key={m} value={m}>
                {m} min
              </option>
            ))}
          </select>
        </label>
      </div>
    );
  }
  return (
    <div className="meeting-timer" role="group" aria-label="Item timer">
      <span className={`meeting-timer__time${over ? " meeting-timer__time--over" : ""}`} role="timer" aria-label={`Time left for this item, ${state}`}>
        {formatCountdown(remainingMs)}
      </span>
      <span className="meeting-timer__state">{over && timer.status === "running" ? "Time is up" : state}</span>
      {actions && (
        <>
          {timer.status === "running" ? (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void actions.pauseTimer()}>
              Pause timer
            </button>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={() => void actions.startTimer()}>
              {timer.status === "paused" ? "Resume timer" : "Start timer"}
            </button>
          )}
        </>
      )}
    </div>
  );
}
