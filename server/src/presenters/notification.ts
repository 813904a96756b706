import { NOTIFICATION_KINDS, type NotificationKind } from "@jigsaw/shared/comments/schemas";
import type { PresentedNotification } from "@jigsaw/shared/comments/types";
import type { NotificationRecord } from "../domain/notification.ts";

/** A stored notification as the API presents it (`actorName` looked up by the caller). */
export function presentNotification(n: NotificationRecord, actorName: string | null): PresentedNotification {
  const kind = (NOTIFICATION_KINDS as readonly string[]).includes(n.kind) ? (n.kind as NotificationKind) : "mention";
  return {
    id: n.id,
    kind,
    partnershipId: n.partnershipId,
    planId: n.planId,
    threadId: n.threadId,
    commentId: n.commentId,
    actor: n.actorId ? { id: n.actorId, displayName: actorName ?? "Former member" } : null,
    title: n.title,
    excerpt: n.excerpt,
    path: n.path,
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}
