import type { MeetingState } from "@jigsaw/shared/realtime/meeting";

/** The result of an update: the state before and after (the same object when nothing changed). */
export interface MeetingUpdate {
  previous: MeetingState | null;
  next: MeetingState | null;
}

/**
 * Where live meeting state is kept, per plan. The in-memory version serves a
 * single node; a Redis-backed version (a hash per plan, updated with
 * WATCH/MULTI or a Lua script, with a TTL) can replace it for several nodes
 * without changing callers.
 */
export interface MeetingStore {
  /** The running meeting of a plan, or null. */
  get(planId: string): Promise<MeetingState | null>;
  /**
   * Apply `change` atomically with respect to other updates of the same plan.
   * `change` may throw (the store is left as it was); returning null removes
   * the meeting.
   */
  update(planId: string, change: (current: MeetingState | null) => MeetingState | null): Promise<MeetingUpdate>;
  /** Forget everything (shutdown). */
  clear(): Promise<void>;
}

/** Meeting state in this process's memory. Lost on restart, which ends meetings (clients show "no meeting"). */
export class InMemoryMeetingStore implements MeetingStore {
  private readonly meetings = new Map<string, MeetingState>();

  async get(planId: string): Promise<MeetingState | null> {
    return this.meetings.get(planId) ?? null;
  }

  async update(planId: string, change: (current: MeetingState | null) => MeetingState | null): Promise<MeetingUpdate> {
    // Synchronous read-modify-write: no other update can interleave on one node.
    const previous = this.meetings.get(planId) ?? null;
    const next = change(previous);
    if (next) this.meetings.set(planId, next);
    else this.meetings.delete(planId);
    return { previous, next };
  }

  async clear(): Promise<void> {
    this.meetings.clear();
  }
}
