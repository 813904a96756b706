import { describe, expect, it } from "vitest";
import { MEETING_LIMITS, timerRemainingMs } from "@jigsaw/shared/realtime/meeting";
import { AppError } from "../errors.ts";
import { controlTimer, setAgenda, setFocus, startMeeting, type MeetingChange } from "./meetingReducer.ts";

const alice = { userId: "user-alice-1", displayName: "Alice" };
const agenda = [
  { sectionId: "s-1", title: "Vision" },
  { sectionId: "s-2", title: "Priorities" },
  { sectionId: "s-3", title: "Actions" },
];
const at = (now: number): MeetingChange => ({ actor: alice, now });

function errorId(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return e instanceof AppError ? e.id : "not-an-AppError";
  }
}

describe("meetingReducer", () => {
  it("starts focused on the first item with an idle default timer", () => {
    const m = startMeeting(null, "plan-1234", { agenda }, at(1000));
    expect(m.focusSectionId).toBe("s-1");
    expect(m.version).toBe(1);
    expect(m.timer).toEqual({ sectionId: "s-1", status: "idle", durationMs: MEETING_LIMITS.timerDefaultMs, remainingMs: MEETING_LIMITS.timerDefaultMs, startedAt: null });
  });

  it("refuses to start a second meeting and to change a meeting that is not running", () => {
    const m = startMeeting(null, "plan-1234", { agenda }, at(0));
    expect(errorId(() => startMeeting(m, "plan-1234", { agenda }, at(1)))).toBe("conflict");
    expect(errorId(() => setFocus(null, "s-2", at(1)))).toBe("conflict");
    expect(errorId(() => controlTimer(null, { action: "pause" }, at(1)))).toBe("conflict");
  });

  it("moves focus only to agenda items, resets the timer, and ignores a no-op", () => {
    const m = startMeeting(null, "plan-1234", { agenda, timerDurationMs: 60_000 }, at(0));
    const running = controlTimer(m, { action: "start" }, at(10));
    const moved = setFocus(running, "s-3", at(20));
    expect(moved.focusSectionId).toBe("s-3");
    expect(moved.timer).toMatchObject({ sectionId: "s-3", status: "idle", remainingMs: 60_000 });
    expect(setFocus(moved, "s-3", at(30))).toBe(moved);
    expect(errorId(() => setFocus(moved, "nope", at(30)))).toBe("validation_error");
  });

  it("counts down from server timestamps through start, pause and resume", () => {
    const m = startMeeting(null, "plan-1234", { agenda, timerDurationMs: 60_000 }, at(0));
    const started = controlTimer(m, { action: "start" }, at(1_000));
    expect(timerRemainingMs(started.timer, 11_000)).toBe(50_000);
    expect(controlTimer(started, { action: "start" }, at(2_000))).toBe(started);
    const paused = controlTimer(started, { action: "pause" }, at(21_000));
    expect(paused.timer).toMatchObject({ status: "paused", remainingMs: 40_000, startedAt: null });
    expect(timerRemainingMs(paused.timer, 99_000)).toBe(40_000);
    const resumed = controlTimer(paused, { action: "start" }, at(30_000));
    expect(timerRemainingMs(resumed.timer, 100_000)).toBe(40_000 - 70_000);
    const reset = controlTimer(resumed, { action: "reset", durationMs: 120_000 }, at(31_000));
    expect(reset.timer).toMatchObject({ status: "idle", durationMs: 120_000, remainingMs: 120_000 });
    expect(reset.version).toBe(5);
  });

  it("keeps the focus when the agenda changes around it, or moves it to the same position", () => {
    const m = setFocus(startMeeting(null, "plan-1234", { agenda }, at(0)), "s-2", at(1));
    const reordered = setAgenda(m, [agenda[2]!, agenda[1]!, agenda[0]!], at(2));
    expect(reordered.focusSectionId).toBe("s-2");
    const removed = setAgenda(m, [agenda[0]!, { sectionId: "s-4", title: "New" }], at(3));
    expect(removed.focusSectionId).toBe("s-4");
    expect(removed.timer.sectionId).toBe("s-4");
  });
});
