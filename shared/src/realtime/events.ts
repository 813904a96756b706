import type { ErrorId } from "../errors.ts";
import type { CommentChangedEvent, NotificationCreatedEvent, NotificationReadEvent } from "../comments/events.ts";
import type { AgreementEventPayload } from "../agreement/presented.ts";
import type { PresentedVersion } from "../versions/schema.ts";
import type { Role } from "../domain/role.ts";
import type { Sector } from "../domain/sector.ts";
import type {
  MeetingAgendaInput,
  MeetingFocusInput,
  MeetingStartInput,
  MeetingState,
  MeetingTimerInput,
  PlanRef,
} from "./meeting.ts";

/*
 * The socket.io contract (path `/socket.io`, namespace `/` only, websocket
 * transport only). Event names are "entity.verb". Rooms are computed by the
 * server from policy; the client never names a room. The client reconciles
 * from REST after reconnecting: events missed while offline are not replayed.
 */

/** The socket.io path, shared by server and client. */
export const SOCKET_PATH = "/socket.io";

/** The reply to every client command: data, or an error with a stable id and a human message. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: { id: ErrorId; message: string } };

/** A reply callback. */
export type AckFn<T> = (result: Ack<T>) => void;

/** Someone in a plan room. Identity, organisation and sector come from the server, never from the client. */
export interface PresenceMember {
  userId: string;
  displayName: string;
  organisation: string;
  sector: Sector;
  role: Role;
}

/** What `plan.join` replies with: everything a (late) joiner needs to catch up. */
export interface PlanRoomSnapshot {
  planId: string;
  partnershipId: string;
  /** Who is in the room now, including the joiner. */
  members: PresenceMember[];
  /** The running meeting, if any. */
  meeting: MeetingState | null;
  /** Whether this user may start and run meetings on this plan now. */
  canRunMeeting: boolean;
  /** Server clock (epoch ms) for aligning timers. */
  serverNow: number;
}

/** Payload of every meeting state change. */
export interface MeetingEventPayload {
  planId: string;
  meeting: MeetingState;
  /** Server clock (epoch ms) when sent, for aligning the timer. */
  serverNow: number;
}

/** Events the server pushes. */
export interface ServerToClientEvents {
  /** Your membership of a partnership was added, changed (role) or removed (`role` null). Refetch from REST. */
  "membership.changed": (p: { partnershipId: string; role: Role | null }) => void;
  /** A plan's metadata changed (title, archived, created). Sent to the partnership room. Refetch from REST. */
  "plan.changed": (p: { partnershipId: string; planId: string }) => void;
  /** The server took you out of a plan room (access removed). */
  "plan.left": (p: { planId: string; reason: "access_removed" }) => void;
  /** The plan room's member list changed (full list). */
  "presence.updated": (p: { planId: string; members: PresenceMember[] }) => void;
  /** A facilitator started a meeting. */
  "meeting.started": (p: MeetingEventPayload) => void;
  /** The agenda changed. */
  "meeting.agenda": (p: MeetingEventPayload) => void;
  /** The facilitator moved the focus to another section (the timer resets). */
  "meeting.focus": (p: MeetingEventPayload) => void;
  /** The focused item's countdown was started, paused or reset. */
  "meeting.timer": (p: MeetingEventPayload) => void;
  /** An agreement round was proposed, answered, closed or withdrawn, or agreed sections changed. Refetch policies from REST. */
  "agreement.updated": (p: AgreementEventPayload) => void;
  /** A version was made (named, automatic, agreed, before restore) or a plan version restored. */
  "version.created": (p: { planId: string; version: PresentedVersion; restoredFrom: string | null }) => void;
  /** A comment thread changed (to the plan room). Refetch the thread from REST: policies are per viewer. */
  "comment.changed": (p: CommentChangedEvent) => void;
  /** You have a new notification (to your user room), with your unread count. */
  "notification.created": (p: NotificationCreatedEvent) => void;
  /** Notifications were marked read in another tab (`ids` null = all). */
  "notification.read": (p: NotificationReadEvent) => void;
  /** The meeting ended (by a facilitator, or because the plan was archived or left empty). */
  "meeting.ended": (p: { planId: string; endedBy: string | null; reason: "ended" | "archived" | "abandoned"; serverNow: number }) => void;
}

/** Commands a client may send. Every one is validated, authorised and answered with an Ack. */
export interface ClientToServerEvents {
  /** Enter a plan room (needs read access); replies with presence and the running meeting. Idempotent. */
  "plan.join": (p: PlanRef, ack: AckFn<PlanRoomSnapshot>) => void;
  /** Leave a plan room. Idempotent. */
  "plan.leave": (p: PlanRef, ack: AckFn<null>) => void;
  /** Start a meeting (facilitators). Fails with `conflict` when one is running. */
  "meeting.start": (p: MeetingStartInput, ack: AckFn<MeetingState>) => void;
  /** Replace the agenda (facilitators). */
  "meeting.setAgenda": (p: MeetingAgendaInput, ack: AckFn<MeetingState>) => void;
  /** Move the focus (facilitators). */
  "meeting.setFocus": (p: MeetingFocusInput, ack: AckFn<MeetingState>) => void;
  /** Start, pause or reset the countdown (facilitators). */
  "meeting.controlTimer": (p: MeetingTimerInput, ack: AckFn<MeetingState>) => void;
  /** End the meeting (facilitators). */
  "meeting.end": (p: PlanRef, ack: AckFn<null>) => void;
}

/** Names of the client commands (for the server's handler table). */
export type ClientCommand = keyof ClientToServerEvents;
