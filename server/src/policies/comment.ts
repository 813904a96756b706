import { roleAtLeast } from "@jigsaw/shared/domain/role";
import { ForbiddenError, NotFoundError } from "../errors.ts";
import type { CommentRecord } from "../domain/comment.ts";
import type { PlanRecord } from "../domain/plan.ts";
import { canPlan } from "./plan.ts";
import type { Actor } from "./types.ts";

/** Per-comment abilities. */
export type CommentAbility = "read" | "reply" | "edit" | "delete" | "resolve" | "reopen" | "react";

/** The plan fields comment rules look at. */
type PlanRef = Pick<PlanRecord, "partnershipId" | "archivedAt">;
/** The comment fields comment rules look at (`thread` = the thread's first comment). */
type CommentRef = Pick<CommentRecord, "authorId" | "deletedAt" | "partnershipId">;

/**
 * Decide one comment ability. Everyone who can read the plan reads its
 * comments; commenters and above comment, reply and react (plan "comment"
 * ability, so not on archived plans); authors edit and delete their own
 * (not tombstones); a thread is resolved or reopened by its author, or by an
 * editor or facilitator (Outline #13820: commenters must be able to close
 * their own threads).
 */
export function canComment(actor: Actor, ability: CommentAbility, plan: PlanRef, comment: CommentRef, thread: CommentRef = comment): boolean {
  if (comment.partnershipId !== plan.partnershipId || !canPlan(actor, "read", plan)) return false;
  if (ability === "read") return true;
  if (!canPlan(actor, "comment", plan)) return false;
  const mine = comment.authorId === actor.user.id;
  switch (ability) {
    case "reply":
    case "react":
      return comment.deletedAt === null || ability === "reply";
    case "edit":
    case "delete":
      return mine && comment.deletedAt === null;
    case "resolve":
    case "reopen":
      return thread.authorId === actor.user.id || roleAtLeast(actor.membership!.role, "editor");
  }
}

/**
 * Throw unless the actor may act on the comment: 404 when they cannot read
 * it (never revealing another partnership's comments), 403 otherwise.
 */
export function authorizeComment(
  actor: Actor,
  ability: CommentAbility,
  plan: PlanRef | null,
  comment: (CommentRef & Pick<CommentRecord, "planId">) | null,
  thread?: CommentRef,
): asserts comment is CommentRef & Pick<CommentRecord, "planId"> {
  if (!plan || !comment || !canComment(actor, "read", plan, comment)) throw NotFoundError("Comment not found");
  if (!canComment(actor, ability, plan, comment, thread)) {
    throw ForbiddenError(plan.archivedAt ? "This plan is archived" : "You do not have permission to do that");
  }
}
