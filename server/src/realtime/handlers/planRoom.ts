import { PlanRefSchema } from "@jigsaw/shared/realtime/meeting";
import { rooms } from "@jigsaw/shared/realtime/rooms";
import { NotFoundError } from "../../errors.ts";
import { authorizePlan, canPlan } from "../../policies/index.ts";
import { actorForPlan } from "../../queries/planActor.ts";
import { onCommand, type CommandDeps } from "../command.ts";
import type { MeetingService } from "../meetingService.ts";
import { planPresence, type PresenceBroadcaster } from "../presence.ts";
import type { RealtimeServer } from "../types.ts";

/** What the plan-room handlers need. */
export interface PlanRoomDeps extends CommandDeps {
  io: RealtimeServer;
  presence: PresenceBroadcaster;
  meetings: MeetingService;
}

/**
 * `plan.join` / `plan.leave`. Joining needs `read` on the plan (non-members
 * get `not_found`, so ids of other partnerships reveal nothing) and replies
 * with the room's presence and running meeting, so late joiners catch up.
 */
export function registerPlanRoomHandlers(deps: PlanRoomDeps): void {
  const { ctx, io, presence, meetings } = deps;

  onCommand(deps, "plan.join", PlanRefSchema, async ({ input, socket, userId }) => {
    const { actor, plan } = await actorForPlan(ctx, userId, input.planId);
    authorizePlan(actor, "read", plan);
    const room = rooms.plan(plan.id);
    await socket.join(room);
    // A removal may have landed while we were loading: check again after joining.
    const still = { user: actor.user, membership: await ctx.storage.memberships.find(plan.partnershipId, userId) };
    if (!canPlan(still, "read", plan)) {
      await socket.leave(room);
      throw NotFoundError("Plan not found");
    }
    presence.schedule(plan.id);
    // Taken before reading, so the client can tell whether a broadcast it got meanwhile is newer.
    const serverNow = Date.now();
    const [members, meeting] = await Promise.all([planPresence(io, ctx, plan.id), meetings.get(plan.id)]);
    return {
      planId: plan.id,
      partnershipId: plan.partnershipId,
      members,
      meeting,
      canRunMeeting: canPlan(still, "runMeeting", plan),
      serverNow,
    };
  });

  onCommand(deps, "plan.leave", PlanRefSchema, async ({ input, socket }) => {
    const room = rooms.plan(input.planId);
    if (socket.rooms.has(room)) {
      await socket.leave(room);
      presence.schedule(input.planId);
    }
    return null;
  });
}
