import { describe, expect, it } from "vitest";
import type { MeetingState } from "@jigsaw/shared/realtime/meeting";
import { meetingChangeMessage, milestoneMessage, spokenDuration } from "./meetingMessages.ts";

const base: MeetingState = {
  planId: "plan-1234",
  version: 1,
  startedAt: 1000,
  startedBy: { userId: "u-1", displayName: "Fiona" },
  agenda: [
    { sectionId: "a", title: "Vision" },
    { sectionId: "b", title: "Priorities" },
  ],
  focusSectionId: "a",
  timer: { sectionId: "a", status: "idle", durationMs: 300_000, remainingMs: 300_000, startedAt: null },
  updatedAt: 1000,
  updatedBy: { userId: "u-1", displayName: "Fiona" },
};

describe("meeting announcements", () => {
  it("says who started the meeting and what is being discussed", () => {
    expect(meetingChangeMessage(null, base)).toBe("Meeting started by Fiona. Now discussing Item 1 of 2: Vision.");
    expect(meetingChangeMessage(base, { ...base, version: 2, focusSectionId: "b" })).toBe("Now discussing Item 2 of 2: Priorities.");
    expect(meetingChangeMessage(base, null)).toBe("The meeting has ended.");
  });

  it("announces timer actions but not unrelated changes", () => {
    const running = { ...base, version: 2, timer: { ...base.timer, status: "running" as const, startedAt: 2000 } };
    expect(meetingChangeMessage(base, running)).toBe("Timer started: 5 minutes for this item.");
    const paused = { ...running, version: 3, timer: { ...running.timer, status: "paused" as const, remainingMs: 90_500, startedAt: null } };
    expect(meetingChangeMessage(running, paused)).toBe("Timer paused with 1 minute 31 seconds left.");
    expect(meetingChangeMessage(base, { ...base, version: 2, agenda: [...base.agenda, { sectionId: "c", title: "Risks" }] })).toBeNull();
  });

  it("announces only the one-minute and time-up milestones", () => {
    expect(milestoneMessage(61_000, 60_000)).toBe("1 minute left for this item.");
    expect(milestoneMessage(500, -200)).toBe("Time is up for this item.");
    expect(milestoneMessage(120_000, 119_750)).toBeNull();
    expect(spokenDuration(45_000)).toBe("45 seconds");
  });
});
