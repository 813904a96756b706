import type * as Y from "yjs";
import { anchorActionId, type CommentAnchor } from "@jigsaw/shared/comments/anchor";
import { commentExcerpt } from "@jigsaw/shared/comments/commentBody";
import type { NotificationKind } from "@jigsaw/shared/comments/schemas";
import { readAction } from "@jigsaw/shared/plan/index";
import type { Services } from "../services/services.ts";
import type { CommentRecord } from "../domain/comment.ts";
import type { MemberRecord } from "../domain/membership.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { deliverNotifications, type NewNotification } from "./notificationDelivery.ts";

/** Which kind wins when one member qualifies for several. */
const PRIORITY: Record<NotificationKind, number> = {
  mention: 0,
  reply: 1,
  lead_comment: 2,
  agreement_request: 3,
  agreement_response: 4,
  agreement_reminder: 5,
  agreement_closed: 6,
  agreement_changed: 7,
};

/** Organisation names compared loosely ("Riverside ICB " = "riverside icb"). */
export function sameOrganisation(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
  return norm(a).length > 0 && norm(a) === norm(b);
}

/** What a new or edited comment means for notifications. */
export interface CommentEvent {
  plan: PlanRecord;
  anchor: CommentAnchor;
  thread: readonly CommentRecord[];
  comment: CommentRecord;
  actorId: string;
  /** Mentions to notify (new ones only, for edits). */
  mentions: readonly string[];
  /** False for edits: only new mentions notify. */
  isNew: boolean;
}

/**
 * Notify, once each and never the author: members mentioned; participants of
 * the thread on a reply; members of the organisation leading the action a
 * thread is anchored to. Only current members of the plan's partnership.
 */
export async function notifyForComment(
  ctx: Services,
  e: CommentEvent,
  members: ReadonlyMap<string, MemberRecord>,
  /** The plan's document as the caller read it (null: unreadable; a thread anchored to an action then has no lead). */
  doc: Y.Doc | null,
): Promise<void> {
  const chosen = new Map<string, NotificationKind>();
  const offer = (userId: string, kind: NotificationKind) => {
    if (userId === e.actorId || !members.has(userId)) return;
    const prev = chosen.get(userId);
    if (prev === undefined || PRIORITY[kind] < PRIORITY[prev]) chosen.set(userId, kind);
  };
  for (const id of e.mentions) offer(id, "mention");
  let lead: { title: string; organisation: string } | null = null;
  if (e.isNew) {
    if (e.comment.parentId !== null) for (const c of e.thread) offer(c.authorId, "reply");
    const actionId = anchorActionId(e.anchor);
    if (actionId) {
      const a = doc ? readAction(doc, actionId) : null;
      lead = a && a.leadOrganisation.trim() ? { title: a.title || "an action", organisation: a.leadOrganisation } : null;
      if (lead) for (const m of members.values()) if (sameOrganisation(m.organisation, lead.organisation)) offer(m.userId, "lead_comment");
    }
  }
  if (chosen.size === 0) return;
  const actorName = members.get(e.actorId)?.displayName ?? "Someone";
  const planTitle = e.plan.title;
  const titleFor = (kind: NotificationKind): string => {
    switch (kind) {
      case "mention":
        return `${actorName} mentioned you on “${planTitle}”`;
      case "reply":
        return `${actorName} replied in a thread on “${planTitle}”`;
      case "lead_comment":
        return `${actorName} commented on “${lead?.title ?? "an action"}”, led by ${lead?.organisation ?? "your organisation"}`;
      default:
        return `${actorName} commented on “${planTitle}”`;
    }
  };
  const threadId = e.comment.threadId;
  const items: NewNotification[] = [...chosen].map(([userId, kind]) => ({
    userId,
    kind,
    partnershipId: e.plan.partnershipId,
    planId: e.plan.id,
    threadId,
    commentId: e.comment.id,
    actorId: e.actorId,
    title: titleFor(kind),
    excerpt: commentExcerpt(e.comment.body, 280),
    path: `/plans/${e.plan.id}?thread=${threadId}`,
    createdAt: e.comment.editedAt ?? e.comment.createdAt,
  }));
  await deliverNotifications(ctx, items);
}
