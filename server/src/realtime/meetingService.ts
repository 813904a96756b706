import type { MeetingEventPayload } from "@jigsaw/shared/realtime/events";
import type { MeetingState } from "@jigsaw/shared/realtime/meeting";
import { rooms } from "@jigsaw/shared/realtime/rooms";
import { log } from "../logging/logger.ts";
import type { MeetingStore } from "./meetingStore.ts";
import { SocketPublisher } from "./socketPublisher.ts";
import type { RealtimeServer } from "./types.ts";

const realtimeLog = log("realtime");

/** Meeting events that carry the new state. */
export type MeetingStateEvent = "meeting.started" | "meeting.agenda" | "meeting.focus" | "meeting.timer";

/** Why a meeting ended. */
export type MeetingEndReason = "ended" | "archived" | "abandoned";

/**
 * Applies meeting changes to the store and broadcasts them to the plan room.
 * The node that changes the store broadcasts (through the adapter), so with a
 * shared store and a Redis adapter each change is sent exactly once.
 * Authorisation happens before, in the command handlers.
 */
export class MeetingService {
  private readonly abandonTimers = new Map<string, NodeJS.Timeout>();
  private readonly push: SocketPublisher;

  constructor(
    private readonly io: RealtimeServer,
    readonly store: MeetingStore,
    /** End a meeting whose plan room has been empty this long. */
    private readonly abandonAfterMs = 15 * 60_000,
  ) {
    this.push = new SocketPublisher(io);
  }

  /** The running meeting of a plan, or null. */
  get(planId: string): Promise<MeetingState | null> {
    return this.store.get(planId);
  }

  /** Apply a transition; broadcast `event` when the state changed. Resolves to the state after. */
  async apply(planId: string, event: MeetingStateEvent, change: (current: MeetingState | null) => MeetingState): Promise<MeetingState> {
    const { previous, next } = await this.store.update(planId, change);
    const state = next!;
    if (state !== previous) {
      const payload: MeetingEventPayload = { planId, meeting: state, serverNow: Date.now() };
      this.push.publishToPlan(planId, event, payload);
      realtimeLog.debug({ planId, event, version: state.version }, "meeting changed");
    }
    return state;
  }

  /** End a plan's meeting if one is running. Resolves to whether one was. */
  async end(planId: string, endedBy: string | null, reason: MeetingEndReason): Promise<boolean> {
    const { previous } = await this.store.update(planId, () => null);
    this.clearAbandon(planId);
    if (!previous) return false;
    this.push.publishToPlan(planId, "meeting.ended", { planId, endedBy, reason, serverNow: Date.now() });
    realtimeLog.info({ planId, reason }, "meeting ended");
    return true;
  }

  /** Told how many people are in a plan room: an empty room with a meeting is ended after a while. */
  noteRoomSize(planId: string, count: number): void {
    if (count > 0) {
      this.clearAbandon(planId);
      return;
    }
    if (this.abandonTimers.has(planId)) return;
    const timer = setTimeout(() => {
      this.abandonTimers.delete(planId);
      void (async () => {
        const still = await this.io.in(rooms.plan(planId)).fetchSockets();
        if (still.length === 0) await this.end(planId, null, "abandoned");
      })().catch((err: unknown) => realtimeLog.warn({ err, planId }, "could not end abandoned meeting"));
    }, this.abandonAfterMs);
    timer.unref();
    this.abandonTimers.set(planId, timer);
  }

  private clearAbandon(planId: string): void {
    const t = this.abandonTimers.get(planId);
    if (t) clearTimeout(t);
    this.abandonTimers.delete(planId);
  }

  /** Stop timers (shutdown). In-memory meetings are lost with the process. */
  async close(): Promise<void> {
    for (const t of this.abandonTimers.values()) clearTimeout(t);
    this.abandonTimers.clear();
  }
}
