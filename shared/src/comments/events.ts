import type { PresentedNotification } from "./types.ts";

/** Payload of `comment.changed` (plan room). */
export interface CommentChangedEvent {
  planId: string;
  threadId: string;
  change: "created" | "replied" | "edited" | "deleted" | "resolved" | "reopened" | "reacted";
  actorId: string;
  at: string;
}

/** Payload of `notification.created` (user room). */
export interface NotificationCreatedEvent {
  notification: PresentedNotification;
  unreadCount: number;
}

/** Payload of `notification.read` (user room). */
export interface NotificationReadEvent {
  ids: string[] | null;
  unreadCount: number;
}
