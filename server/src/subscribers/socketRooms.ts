import { rooms } from "@jigsaw/shared/realtime/rooms";
import { log } from "../logging/logger.ts";
import { canPlan, type Actor } from "../policies/index.ts";
import type { MeetingService } from "../realtime/meetingService.ts";
import type { PresenceBroadcaster } from "../realtime/presence.ts";
import type { RealtimeServer } from "../realtime/types.ts";
import type { Services } from "../services/services.ts";
import type { DomainEvents } from "../services/events.ts";
import type { Subscriber } from "./subscriber.ts";

const realtimeLog = log("realtime");

/** What the reactions need. */
export interface SocketRoomsDeps {
  ctx: Services;
  io: RealtimeServer;
  presence: PresenceBroadcaster;
  meetings: MeetingService;
}

/**
 * Keep rooms in step with the domain. The EventBus delivers each event on
 * every node, so these reactions act on this node's sockets only
 * (`io.local`); otherwise a Redis adapter would repeat them once per node.
 */
export function socketRooms(deps: SocketRoomsDeps): Subscriber {
  const { ctx, io, presence, meetings } = deps;

  function guard<K extends keyof DomainEvents>(name: K, fn: (p: DomainEvents[K]) => Promise<void>) {
    return ctx.events.on(name, (p) => {
      fn(p).catch((err: unknown) => realtimeLog.error({ err, event: name }, "realtime reaction failed"));
    });
  }

  const offs = [
    guard("membership.changed", async ({ partnershipId, userId, role }) => {
      const sockets = await io.local.in(rooms.user(userId)).fetchSockets();
      if (sockets.length === 0) return;
      const plans = await ctx.storage.plans.listForPartnership(partnershipId);
      const actor: Actor = { user: { id: userId }, membership: role ? { partnershipId, userId, role } : null };
      const touched = new Set<string>();
      for (const socket of sockets) {
        for (const plan of plans) {
          const room = rooms.plan(plan.id);
          if (!socket.rooms.has(room)) continue;
          touched.add(plan.id);
          if (!canPlan(actor, "read", plan)) {
            socket.leave(room);
            socket.emit("plan.left", { planId: plan.id, reason: "access_removed" });
          }
        }
        if (role === null) socket.leave(rooms.partnership(partnershipId));
      }
      // Names, roles and the member list in those rooms changed.
      for (const planId of touched) presence.schedule(planId);
      io.local.to(rooms.user(userId)).emit("membership.changed", { partnershipId, role });
      realtimeLog.info({ partnershipId, userId, role, plans: touched.size }, "membership change applied to sockets");
    }),

    guard("membership.added", async ({ partnershipId, userId }) => {
      const membership = await ctx.storage.memberships.find(partnershipId, userId);
      if (!membership) return;
      io.local.in(rooms.user(userId)).socketsJoin(rooms.partnership(partnershipId));
      io.local.to(rooms.user(userId)).emit("membership.changed", { partnershipId, role: membership.role });
    }),

    guard("plan.changed", async ({ partnershipId, planId }) => {
      io.local.to(rooms.partnership(partnershipId)).emit("plan.changed", { partnershipId, planId });
      const plan = await ctx.storage.plans.findById(planId);
      if (plan?.archivedAt) await meetings.end(planId, null, "archived");
    }),

    guard("user.signedOut", async ({ userId }) => {
      // Disconnect for good: the client must not reconnect with a dead session.
      io.local.in(rooms.user(userId)).disconnectSockets(true);
    }),

    guard("session.ended", async ({ sessionId, userId }) => {
      // Sign-out (or rotation at sign-in) of one session: its sockets go on every node (the
      // event is bridged), the user's other sessions keep theirs.
      const sockets = await io.local.in(rooms.user(userId)).fetchSockets();
      const ended = sockets.filter((s) => s.data.sessionId === sessionId);
      for (const s of ended) s.disconnect(true);
      if (ended.length > 0) realtimeLog.info({ userId, sockets: ended.length }, "sockets of an ended session disconnected");
    }),
  ];
  return {
    name: "socketRooms",
    async close() {
      for (const off of offs) off();
    },
  };
}
