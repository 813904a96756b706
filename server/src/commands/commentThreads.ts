import type { CommentAnchor } from "@jigsaw/shared/comments/anchor";
import { canonicalCommentBody, COMMENT_BODY_MAX, mentionedUserIds, renderCommentText } from "@jigsaw/shared/comments/commentBody";
import type { Reaction, ThreadCreateInput, ThreadFilter } from "@jigsaw/shared/comments/schemas";
import type { AnchorState, PresentedThread } from "@jigsaw/shared/comments/types";
import { ValidationError } from "../errors.ts";
import { authorizeComment, authorizePlan, type Actor } from "../policies/index.ts";
import { presentThread, type PeopleDirectory } from "../presenters/comment.ts";
import { publishToPlan } from "../realtime/publish.ts";
import type { ServerContext } from "../services/context.ts";
import type { CommentRecord } from "../domain/comment.ts";
import type { MemberRecord } from "../domain/membership.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { newId } from "../utils/ids.ts";
import { anchorProblem, anchorState, parseStoredAnchor } from "./commentAnchors.ts";
import { notifyForComment } from "./commentNotifications.ts";
import { readPlanDoc } from "./planDocReader.ts";
import { log } from "../logging/logger.ts";

const logger = log("commands");

/** What changed in a thread (pushed to the plan room as `comment.changed`; clients refetch the thread). */
export type ThreadChange = "created" | "replied" | "edited" | "deleted" | "resolved" | "reopened" | "reacted";

async function people(ctx: ServerContext, partnershipId: string, authorIds: Iterable<string>): Promise<PeopleDirectory> {
  const list = await ctx.storage.memberships.listMembers(partnershipId);
  const members = new Map<string, MemberRecord>(list.map((m) => [m.userId, m]));
  const formerNames = new Map<string, string>();
  for (const id of new Set(authorIds)) {
    if (members.has(id) || formerNames.has(id)) continue;
    const u = await ctx.storage.users.findById(id);
    if (u) formerNames.set(id, u.displayName);
  }
  return { members, formerNames };
}

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

/**
 * Every thread of a plan (or just `onlyThreadId`) as the actor sees it, with
 * each anchor's state resolved against the current document.
 */
export async function listThreads(
  ctx: ServerContext,
  actor: Actor,
  plan: PlanRecord,
  filter: ThreadFilter = "all",
  onlyThreadId?: string,
): Promise<PresentedThread[]> {
  const [comments, reactions] = await Promise.all([
    onlyThreadId ? ctx.storage.comments.listThread(onlyThreadId) : ctx.storage.comments.listForPlan(plan.id),
    ctx.storage.comments.listReactionsForPlan(plan.id),
  ]);
  const byThread = new Map<string, CommentRecord[]>();
  for (const c of comments) {
    if (c.planId !== plan.id) continue;
    const list = byThread.get(c.threadId) ?? [];
    list.push(c);
    byThread.set(c.threadId, list);
  }
  const dir = await people(ctx, plan.partnershipId, [...comments.flatMap((c) => [c.authorId, c.resolvedBy ?? c.authorId])]);
  let doc: Awaited<ReturnType<typeof readPlanDoc>> = null;
  try {
    doc = await readPlanDoc(ctx, plan.id).catch((err: unknown) => {
      logger.warn({ err, planId: plan.id }, "could not read the plan to resolve comment anchors");
      return null;
    });
    const out: PresentedThread[] = [];
    for (const list of byThread.values()) {
      const root = list[0]!;
      if (root.id !== root.threadId) continue; // orphaned replies are never shown without their thread
      if (filter === "open" && root.resolvedAt !== null) continue;
      if (filter === "resolved" && root.resolvedAt === null) continue;
      const anchor = parseStoredAnchor(root.anchor);
      if (!anchor) continue;
      let state: AnchorState = "unknown";
      if (doc) {
        try {
          state = anchorState(doc, anchor);
        } catch {
          state = "detached";
        }
      }
      out.push(presentThread(list, anchor, state, reactions, dir, actor, plan));
    }
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  } finally {
    doc?.destroy();
  }
}

/** One thread as the actor sees it (after a change). */
export async function threadFor(ctx: ServerContext, actor: Actor, plan: PlanRecord, threadId: string): Promise<PresentedThread> {
  const [t] = await listThreads(ctx, actor, plan, "all", threadId);
  if (!t) throw new Error(`thread ${threadId} vanished`);
  return t;
}

function announce(ctx: ServerContext, plan: PlanRecord, threadId: string, change: ThreadChange, actorId: string): void {
  publishToPlan(ctx, plan.id, "comment.changed", { planId: plan.id, threadId, change, actorId, at: new Date().toISOString() });
}

/** Start a thread (commenters and up). Validates the anchor against the current document. */
export async function createThread(ctx: ServerContext, actor: Actor, plan: PlanRecord | null, input: ThreadCreateInput): Promise<PresentedThread> {
  authorizePlan(actor, "comment", plan);
  const problem = await (async () => {
    const doc = await readPlanDoc(ctx, plan.id);
    try {
      return doc ? anchorProblem(doc, input.anchor) : "anchor: The plan could not be read; try again";
    } finally {
      doc?.destroy();
    }
  })();
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
  ).catch((err: unknown) => logger.error({ err, commentId: id }, "notifying failed"));
  return threadFor(ctx, actor, plan, id);
}

/** A comment, its plan and its thread's first comment, for an actor; 404 when not readable. */
export async function loadComment(
  ctx: ServerContext,
  actor: Actor,
  commentId: string,
): Promise<{ comment: CommentRecord | null; root: CommentRecord | null; plan: PlanRecord | null }> {
  const comment = await ctx.storage.comments.findById(commentId);
  if (!comment) return { comment: null, root: null, plan: null };
  const [plan, root] = await Promise.all([
    ctx.storage.plans.findById(comment.planId),
    comment.threadId === comment.id ? Promise.resolve(comment) : ctx.storage.comments.findById(comment.threadId),
  ]);
  return { comment, root, plan };
}

/** Reply in a thread. */
export async function replyToThread(ctx: ServerContext, actor: Actor, plan: PlanRecord, root: CommentRecord, raw: string): Promise<PresentedThread> {
  authorizeComment(actor, "reply", plan, root, root);
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
  await notifyForComment(
    ctx,
    { plan, anchor, thread: before, comment: record, actorId: actor.user.id, mentions: mentionedUserIds(body), isNew: true },
    dir.members,
  ).catch((err: unknown) => logger.error({ err, commentId: record.id }, "notifying failed"));
  return threadFor(ctx, actor, plan, root.id);
}

/** Edit your own comment (marked edited); newly mentioned members are notified. */
export async function editComment(
  ctx: ServerContext,
  actor: Actor,
  plan: PlanRecord,
  root: CommentRecord,
  comment: CommentRecord,
  raw: string,
): Promise<PresentedThread> {
  authorizeComment(actor, "edit", plan, comment, root);
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
      ).catch((err: unknown) => logger.error({ err, commentId: comment.id }, "notifying failed"));
    }
  }
  return threadFor(ctx, actor, plan, root.id);
}

/** Delete your own comment: it stays in the thread as a tombstone. */
export async function deleteComment(ctx: ServerContext, actor: Actor, plan: PlanRecord, root: CommentRecord, comment: CommentRecord): Promise<PresentedThread> {
  authorizeComment(actor, "delete", plan, comment, root);
  await ctx.storage.comments.markDeleted(comment.id, new Date().toISOString());
  announce(ctx, plan, root.id, "deleted", actor.user.id);
  return threadFor(ctx, actor, plan, root.id);
}

/** Resolve or reopen a thread (its author, editors, facilitators). Idempotent. */
export async function setThreadResolved(ctx: ServerContext, actor: Actor, plan: PlanRecord, root: CommentRecord, resolved: boolean): Promise<PresentedThread> {
  authorizeComment(actor, resolved ? "resolve" : "reopen", plan, root, root);
  if ((root.resolvedAt !== null) !== resolved) {
    await ctx.storage.comments.setResolved(root.id, resolved ? new Date().toISOString() : null, resolved ? actor.user.id : null);
    announce(ctx, plan, root.id, resolved ? "resolved" : "reopened", actor.user.id);
  }
  return threadFor(ctx, actor, plan, root.id);
}

/** Add or remove your reaction. Idempotent. */
export async function setReaction(
  ctx: ServerContext,
  actor: Actor,
  plan: PlanRecord,
  root: CommentRecord,
  comment: CommentRecord,
  reaction: Reaction,
  on: boolean,
): Promise<PresentedThread> {
  authorizeComment(actor, "react", plan, comment, root);
  await ctx.storage.comments.setReaction(
    { commentId: comment.id, planId: plan.id, userId: actor.user.id, reaction, createdAt: new Date().toISOString() },
    on,
  );
  announce(ctx, plan, root.id, "reacted", actor.user.id);
  return threadFor(ctx, actor, plan, root.id);
}
