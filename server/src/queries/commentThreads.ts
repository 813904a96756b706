import type * as Y from "yjs";
import type { ThreadFilter } from "@jigsaw/shared/comments/schemas";
import type { AnchorState, PresentedThread } from "@jigsaw/shared/comments/types";
import { anchorState, parseStoredAnchor } from "../domain/commentAnchors.ts";
import { log } from "../logging/logger.ts";
import { canComment, type Actor } from "../policies/index.ts";
import { presentThread, type CommentAbilities, type PeopleDirectory } from "../presenters/comment.ts";
import type { Services } from "../services/services.ts";
import type { CommentRecord } from "../domain/comment.ts";
import type { MemberRecord } from "../domain/membership.ts";
import type { PlanRecord } from "../domain/plan.ts";

const logger = log("commands");

/** Current members of a partnership, plus the names of former members among `authorIds`. */
export async function people(ctx: Services, partnershipId: string, authorIds: Iterable<string>): Promise<PeopleDirectory> {
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

/**
 * Every thread of a plan (or just `onlyThreadId`) as the actor sees it, with
 * each anchor's state resolved against the current document. Pass `doc` when
 * the caller has already read the plan's document (it is not destroyed here);
 * otherwise it is read once.
 */
export async function listThreads(
  ctx: Services,
  actor: Actor,
  plan: PlanRecord,
  filter: ThreadFilter = "all",
  onlyThreadId?: string,
  doc?: Y.Doc | null,
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
  const own = doc === undefined;
  const current =
    doc !== undefined
      ? doc
      : await ctx.planDocs.doc(plan.id).catch((err: unknown) => {
          logger.warn({ err, planId: plan.id }, "could not read the plan to resolve comment anchors");
          return null;
        });
  const can: CommentAbilities = (ability, comment, thread) => canComment(actor, ability, plan, comment, thread);
  try {
    const out: PresentedThread[] = [];
    for (const list of byThread.values()) {
      const root = list[0]!;
      if (root.id !== root.threadId) continue; // orphaned replies are never shown without their thread
      if (filter === "open" && root.resolvedAt !== null) continue;
      if (filter === "resolved" && root.resolvedAt === null) continue;
      const anchor = parseStoredAnchor(root.anchor);
      if (!anchor) continue;
      let state: AnchorState = "unknown";
      if (current) {
        try {
          state = anchorState(current, anchor);
        } catch {
          state = "detached";
        }
      }
      out.push(presentThread(list, anchor, state, reactions, dir, actor.user.id, can));
    }
    return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  } finally {
    if (own) current?.destroy();
  }
}

/** One thread as the actor sees it (after a change); `doc` as for `listThreads`. */
export async function threadFor(ctx: Services, actor: Actor, plan: PlanRecord, threadId: string, doc?: Y.Doc | null): Promise<PresentedThread> {
  const [t] = await listThreads(ctx, actor, plan, "all", threadId, doc);
  if (!t) throw new Error(`thread ${threadId} vanished`);
  return t;
}

/** A comment, its plan and its thread's first comment (nulls when missing; the caller authorizes). */
export async function loadComment(
  ctx: Services,
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
