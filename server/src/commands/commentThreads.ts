import type * as Y from "yjs";
import type { CommentAnchor } from "@jigsaw/shared/comments/anchor";
import { canonicalCommentBody, COMMENT_BODY_MAX, mentionedUserIds, renderCommentText } from "@jigsaw/shared/comments/commentBody";
import type { Reaction, ThreadCreateInput } from "@jigsaw/shared/comments/schemas";
import type { PresentedThread } from "@jigsaw/shared/comments/types";
import { ValidationError } from "../errors.ts";
import type { Services } from "../services/services.ts";
import type { CommentRecord } from "../domain/comment.ts";
import type { MemberRecord } from "../domain/membership.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { log } from "../logging/logger.ts";
import type { Actor } from "../policies/index.ts";
import { people, threadFor } from "../queries/commentThreads.ts";
import { newId } from "../utils/ids.ts";
import { anchorProblem, parseStoredAnchor } from "../domain/commentAnchors.ts";
import { notifyForComment } from "./commentNotifications.ts";

const logger = log("commands");

/*
 * Writes to comment threads. The route has already authorized the actor
 * (`policies/comment.ts`, once); each write stores, emits `comment.changed`
 * (the socketPush subscriber tells the plan room) and returns the thread as
 * the actor now sees it. The plan's document is read at most once per write.
 */

/** What changed in a thread (pushed to the plan room as `comment.changed`; clients refetch the thread). */
export type ThreadChange = "created" | "replied" | "edited" | "deleted" | "resolved" | "reopened" | "reacted";

/** The canonical body for untrusted input: mentions only of current members, under their real names. */
function cleanBody(raw: string, members: ReadonlyMap<string, MemberRecord>): string {
  const body = canonicalCommentBody(raw, { keepMention: (id) => members.has(id), nameOf: (id) => members.get(id)?.displayName ?? null });
  if (body.length === 0) throw ValidationError("body: Write a comment");
  if (body.length > COMMENT_BODY_MAX * 2) throw ValidationError(`body: Keep comments under ${COMMENT_BODY_MAX} characters`);
  return body;
}

function searchTextOf(body: string, anchor: CommentAnchor | null): string {
  const text = renderCommentText(body);
  return anchor?.kind === "text" ? `${text}\n${anchor.quote}` : text;
}

function announce(ctx: Services, plan: PlanRecord, threadId: string, change: ThreadChange, actorId: string): void {
  ctx.events.emit("comment.changed", { planId: plan.id, threadId, change, actorId, at: new Date().toISOString() });
}

/** Run `fn` with the plan's document read once (null when it cannot be read), then destroy it. */
async function withPlanDocOnce<T>(ctx: Services, plan: PlanRecord, fn: (doc: Y.Doc | null) => Promise<T>): Promise<T> {
  const doc = await ctx.planDocs.doc(plan.id);
  try {
    return await fn(doc);
  } finally {
    doc?.destroy();
  }
}

/** Start a thread (authorized: plan "comment"). Validates the anchor against the current document. */
export async function createThread(ctx: Services, actor: Actor, plan: PlanRecord, input: ThreadCreateInput): Promise<PresentedThread> {
  return withPlanDocOnce(ctx, plan, async (doc) => {
    const problem = doc ? anchorProblem(doc, input.anchor) : "anchor: The plan could not be read; try again";
    if (problem) throw ValidationError(problem);
    const dir = await people(ctx, plan.partnershipId, []);
    const body = cleanBody(input.body, dir.members);
    const id = newId();
    const now = new Date().toISOString();
    const record: CommentRecord = {
      id,
      planId: plan.id,
      partnershipId: plan.partnershipId,
      threadId: id,
      parentId: null,
      authorId: actor.user.id,
      body,
      searchText: searchTextOf(body, input.anchor),
      anchor: JSON.stringify(input.anchor),
      createdAt: now,
      editedAt: null,
      deletedAt: null,
      resolvedAt: null,
      resolvedBy: null,
      authorOrganisation: dir.members.get(actor.user.id)?.organisation ?? null,
      authorSector: dir.members.get(actor.user.id)?.sector ?? null,
    };
    await ctx.storage.comments.create(record);
    announce(ctx, plan, id, "created", actor.user.id);
    await notifyForComment(
      ctx,
      { plan, anchor: input.anchor, thread: [record], comment: record, actorId: actor.user.id, mentions: mentionedUserIds(body), isNew: true },
      dir.members,
      doc,
    ).catch((err: unknown) => logger.error({ err, commentId: id }, "notifying failed"));
    return threadFor(ctx, actor, plan, id, doc);
  });
}

/** Reply in a thread (authorized: comment "reply"). */
export async function replyToThread(ctx: Services, actor: Actor, plan: PlanRecord, root: CommentRecord, raw: string): Promise<PresentedThread> {
  const anchor = parseStoredAnchor(root.anchor);
  if (!anchor) throw ValidationError("This thread cannot take replies");
  const dir = await people(ctx, plan.partnershipId, []);
  const body = cleanBody(raw, dir.members);
  const now = new Date().toISOString();
  const record: CommentRecord = {
    id: newId(),
    planId: plan.id,
    partnershipId: plan.partnershipId,
    threadId: root.id,
    parentId: root.id,
    authorId: actor.user.id,
    body,
    searchText: searchTextOf(body, null),
    anchor: null,
    createdAt: now,
    editedAt: null,
    deletedAt: null,
    resolvedAt: null,
    resolvedBy: null,
    authorOrganisation: dir.members.get(actor.user.id)?.organisation ?? null,
    authorSector: dir.members.get(actor.user.id)?.sector ?? null,
  };
  const before = await ctx.storage.comments.listThread(root.id);
  await ctx.storage.comments.create(record);
  announce(ctx, plan, root.id, "replied", actor.user.id);
  const doc = await ctx.planDocs.doc(plan.id).catch((err: unknown) => {
    logger.warn({ err, planId: plan.id }, "could not read the plan to resolve comment anchors");
    return null;
  });
  try {
    await notifyForComment(
      ctx,
      { plan, anchor, thread: before, comment: record, actorId: actor.user.id, mentions: mentionedUserIds(body), isNew: true },
      dir.members,
      doc,
    ).catch((err: unknown) => logger.error({ err, commentId: record.id }, "notifying failed"));
    return await threadFor(ctx, actor, plan, root.id, doc);
  } finally {
    doc?.destroy();
  }
}

/** Edit your own comment (authorized: comment "edit"); marked edited, newly mentioned members are notified. */
export async function editComment(
  ctx: Services,
  actor: Actor,
  plan: PlanRecord,
  root: CommentRecord,
  comment: CommentRecord,
  raw: string,
): Promise<PresentedThread> {
  const dir = await people(ctx, plan.partnershipId, []);
  const body = cleanBody(raw, dir.members);
  if (body !== comment.body) {
    const anchor = parseStoredAnchor(root.anchor);
    const now = new Date().toISOString();
    await ctx.storage.comments.updateBody(comment.id, body, searchTextOf(body, comment.id === root.id ? anchor : null), now);
    announce(ctx, plan, root.id, "edited", actor.user.id);
    const had = new Set(mentionedUserIds(comment.body));
    const added = mentionedUserIds(body).filter((id) => !had.has(id));
    if (anchor && added.length > 0) {
      await notifyForComment(
        ctx,
        { plan, anchor, thread: [], comment: { ...comment, body, editedAt: now }, actorId: actor.user.id, mentions: added, isNew: false },
        dir.members,
        null,
      ).catch((err: unknown) => logger.error({ err, commentId: comment.id }, "notifying failed"));
    }
  }
  return threadFor(ctx, actor, plan, root.id);
}

/** Delete your own comment (authorized: comment "delete"): it stays in the thread as a tombstone. */
export async function deleteComment(ctx: Services, actor: Actor, plan: PlanRecord, root: CommentRecord, comment: CommentRecord): Promise<PresentedThread> {
  await ctx.storage.comments.markDeleted(comment.id, new Date().toISOString());
  announce(ctx, plan, root.id, "deleted", actor.user.id);
  return threadFor(ctx, actor, plan, root.id);
}

/** Resolve or reopen a thread (authorized: comment "resolve"/"reopen"). Idempotent. */
export async function setThreadResolved(ctx: Services, actor: Actor, plan: PlanRecord, root: CommentRecord, resolved: boolean): Promise<PresentedThread> {
  if ((root.resolvedAt !== null) !== resolved) {
    await ctx.storage.comments.setResolved(root.id, resolved ? new Date().toISOString() : null, resolved ? actor.user.id : null);
    announce(ctx, plan, root.id, resolved ? "resolved" : "reopened", actor.user.id);
  }
  return threadFor(ctx, actor, plan, root.id);
}

/** Add or remove your reaction (authorized: comment "react"). Idempotent. */
export async function setReaction(
  ctx: Services,
  actor: Actor,
  plan: PlanRecord,
  root: CommentRecord,
  comment: CommentRecord,
  reaction: Reaction,
  on: boolean,
): Promise<PresentedThread> {
  await ctx.storage.comments.setReaction(
    { commentId: comment.id, planId: plan.id, userId: actor.user.id, reaction, createdAt: new Date().toISOString() },
    on,
  );
  announce(ctx, plan, root.id, "reacted", actor.user.id);
  return threadFor(ctx, actor, plan, root.id);
}
