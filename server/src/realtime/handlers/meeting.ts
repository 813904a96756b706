import { MeetingAgendaSchema, MeetingFocusSchema, MeetingStartSchema, MeetingTimerSchema, PlanRefSchema } from "@jigsaw/shared/realtime/meeting";
import type { MeetingActor } from "@jigsaw/shared/realtime/meeting";
import { authorizePlan } from "../../policies/index.ts";
import { actorForPlan } from "../../queries/planActor.ts";
import type { ServerContext } from "../../services/context.ts";
import { onCommand, type CommandDeps } from "../command.ts";
import { controlTimer, setAgenda, setFocus, startMeeting, type MeetingChange } from "../meetingReducer.ts";
import type { MeetingService } from "../meetingService.ts";
import type { RealtimeSocket } from "../types.ts";

/** What the meeting handlers need. */
export interface MeetingDeps extends CommandDeps {
  meetings: MeetingService;
}

/** Authorise `runMeeting` on the plan with the user's current role (re-read on every command). */
async function authorizeFacilitator(ctx: ServerContext, socket: RealtimeSocket, planId: string): Promise<{ planId: string; change: MeetingChange }> {
  const { actor, plan } = await actorForPlan(ctx, socket.data.userId, planId);
  authorizePlan(actor, "runMeeting", plan);
  const by: MeetingActor = { userId: socket.data.userId, displayName: socket.data.displayName };
  return { planId: plan.id, change: { actor: by, now: Date.now() } };
}

/**
 * Meeting commands. Only facilitators (`canPlan(actor, "runMeeting", plan)`)
 * may start, steer, time and end a meeting; everyone in the plan room
 * receives the resulting state.
 */
export function registerMeetingHandlers(deps: MeetingDeps): void {
  const { ctx, meetings } = deps;

  onCommand(deps, "meeting.start", MeetingStartSchema, async ({ input, socket }) => {
    const { planId, change } = await authorizeFacilitator(ctx, socket, input.planId);
    return meetings.apply(planId, "meeting.started", (m) => startMeeting(m, planId, input, change));
  });

  onCommand(deps, "meeting.setAgenda", MeetingAgendaSchema, async ({ input, socket }) => {
    const { planId, change } = await authorizeFacilitator(ctx, socket, input.planId);
    return meetings.apply(planId, "meeting.agenda", (m) => setAgenda(m, input.agenda, change));
  });

  onCommand(deps, "meeting.setFocus", MeetingFocusSchema, async ({ input, socket }) => {
    const { planId, change } = await authorizeFacilitator(ctx, socket, input.planId);
    return meetings.apply(planId, "meeting.focus", (m) => setFocus(m, input.sectionId, change));
  });

  onCommand(deps, "meeting.controlTimer", MeetingTimerSchema, async ({ input, socket }) => {
    const { planId, change } = await authorizeFacilitator(ctx, socket, input.planId);
    return meetings.apply(planId, "meeting.timer", (m) => controlTimer(m, input, change));
  });

  onCommand(deps, "meeting.end", PlanRefSchema, async ({ input, socket }) => {
    const { planId } = await authorizeFacilitator(ctx, socket, input.planId);
    await meetings.end(planId, socket.data.userId, "ended");
    return null;
  });
}
