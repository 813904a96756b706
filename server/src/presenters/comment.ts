import type { CommentAnchor } from "@jigsaw/shared/comments/anchor";
import { REACTIONS, type Reaction } from "@jigsaw/shared/comments/schemas";
import type { AnchorState, CommentAuthor, PresentedComment, PresentedThread } from "@jigsaw/shared/comments/types";
import { canComment, type Actor } from "../policies/index.ts";
import type { CommentReactionRecord, CommentRecord } from "../domain/comment.ts";
import type { MemberRecord } from "../domain/membership.ts";
import type { PlanRecord } from "../domain/plan.ts";

/** Who is who, for presenting authors and resolvers. */
export interface PeopleDirectory {
  members: Map<string, MemberRecord>;
  /** Display names of people who are no longer members. */
  formerNames: Map<string, string>;
}

/**
 * The author as presented (former members keep their name, without organisation or role).
 * With `asWritten` (a comment's recorded organisation and sector), the comment shows
 * the organisation the author represented when writing, not their current one.
 */
export function presentAuthor(people: PeopleDirectory, userId: string, asWritten?: Pick<CommentRecord, "authorOrganisation" | "authorSector">): CommentAuthor {
  const m = people.members.get(userId);
  if (m) {
    const organisation = asWritten?.authorOrganisation ?? m.organisation;
    const sector = asWritten?.authorSector ?? m.sector;
    return { id: userId, displayName: m.displayName, organisation, sector, role: m.role };
  }
  return { id: userId, displayName: people.formerNames.get(userId) ?? "Former member", organisation: null, sector: null, role: null };
}

/** One comment for one viewer. */
export function presentComment(
  c: CommentRecord,
  thread: CommentRecord,
  reactions: readonly CommentReactionRecord[],
  people: PeopleDirectory,
  actor: Actor,
  plan: PlanRecord,
): PresentedComment {
  const counts = Object.fromEntries(REACTIONS.map((r) => [r, { count: 0, mine: false }])) as Record<Reaction, { count: number; mine: boolean }>;
  for (const r of reactions) {
    const slot = counts[r.reaction as Reaction];
    if (!slot || r.commentId !== c.id) continue;
    slot.count++;
    if (r.userId === actor.user.id) slot.mine = true;
  }
  const deleted = c.deletedAt !== null;
  return {
    id: c.id,
    threadId: c.threadId,
    parentId: c.parentId,
    author: presentAuthor(people, c.authorId, c),
    body: deleted ? "" : c.body,
    createdAt: c.createdAt,
    editedAt: deleted ? null : c.editedAt,
    deleted,
    reactions: counts,
    policies: {
      edit: canComment(actor, "edit", plan, c, thread),
      delete: canComment(actor, "delete", plan, c, thread),
      react: canComment(actor, "react", plan, c, thread),
    },
  };
}

/** A thread (first comment + replies) for one viewer. */
export function presentThread(
  comments: readonly CommentRecord[],
  anchor: CommentAnchor,
  state: AnchorState,
  reactions: readonly CommentReactionRecord[],
  people: PeopleDirectory,
  actor: Actor,
  plan: PlanRecord,
): PresentedThread {
  const root = comments[0]!;
  const resolved = root.resolvedAt !== null;
  return {
    id: root.id,
    planId: root.planId,
    partnershipId: root.partnershipId,
    anchor,
    anchorState: state,
    status: resolved ? "resolved" : "open",
    resolvedAt: root.resolvedAt,
    resolvedBy: root.resolvedBy ? { id: root.resolvedBy, displayName: presentAuthor(people, root.resolvedBy).displayName } : null,
    createdAt: root.createdAt,
    lastActivityAt: comments.reduce((m, c) => [c.createdAt, c.editedAt ?? "", c.deletedAt ?? "", m].sort().at(-1)!, root.resolvedAt ?? root.createdAt),
    comments: comments.map((c) => presentComment(c, root, reactions, people, actor, plan)),
    policies: {
      reply: canComment(actor, "reply", plan, root, root),
      resolve: !resolved && canComment(actor, "resolve", plan, root, root),
      reopen: resolved && canComment(actor, "reopen", plan, root, root),
    },
  };
}
