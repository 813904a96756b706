import { SECTORS } from "@jigsaw/shared/domain/sector";
import type { PresenceMember } from "@jigsaw/shared/realtime/events";
import { rooms } from "@jigsaw/shared/realtime/rooms";
import { log } from "../logging/logger.ts";
import type { ServerContext } from "../services/context.ts";
import type { RealtimeServer } from "./types.ts";

const realtimeLog = log("realtime");

/**
 * Who is in a plan room: one entry per user (however many tabs), with name,
 * organisation, sector and role read from storage, never from the client.
 * Users who are no longer members are left out. Sorted by sector, then name.
 */
export async function planPresence(io: RealtimeServer, ctx: ServerContext, planId: string): Promise<PresenceMember[]> {
  const plan = await ctx.storage.plans.findById(planId);
  if (!plan) return [];
  // fetchSockets goes through the adapter: with Redis it includes other nodes.
  const sockets = await io.in(rooms.plan(planId)).fetchSockets();
  const userIds = new Set(sockets.map((s) => s.data.userId));
  if (userIds.size === 0) return [];
  const members = await ctx.storage.memberships.listMembers(plan.partnershipId);
  return members
    .filter((m) => userIds.has(m.userId))
    .map((m) => ({ userId: m.userId, displayName: m.displayName, organisation: m.organisation, sector: m.sector, role: m.role }))
    .sort((a, b) => SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector) || a.displayName.localeCompare(b.displayName));
}

/**
 * Broadcasts `presence.updated` for plan rooms. Recomputations of one plan run
 * one at a time and coalesce (a burst of joins gives at most one extra
 * broadcast), so clients never receive an older list after a newer one.
 */
export class PresenceBroadcaster {
  private readonly running = new Map<string, { dirty: boolean }>();
  private stopped = false;

  constructor(
    private readonly io: RealtimeServer,
    private readonly ctx: ServerContext,
    /** Told the member count after each broadcast (to notice empty rooms). */
    private readonly onCount: (planId: string, count: number) => void = () => {},
  ) {}

  /** Recompute and broadcast the member list of a plan room soon. */
  schedule(planId: string): void {
    if (this.stopped) return;
    const state = this.running.get(planId);
    if (state) {
      state.dirty = true;
      return;
    }
    const s = { dirty: false };
    this.running.set(planId, s);
    void (async () => {
      try {
        do {
          s.dirty = false;
          const members = await planPresence(this.io, this.ctx, planId);
          if (this.stopped) return;
          this.io.to(rooms.plan(planId)).emit("presence.updated", { planId, members });
          this.onCount(planId, members.length);
        } while (s.dirty && !this.stopped);
      } catch (err) {
        realtimeLog.warn({ err, planId }, "presence update failed");
      } finally {
        this.running.delete(planId);
      }
    })();
  }

  /** Stop broadcasting (shutdown). */
  stop(): void {
    this.stopped = true;
  }
}
