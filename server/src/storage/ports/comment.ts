import type { CommentReactionRecord, CommentRecord } from "../../domain/comment.ts";

/** Comment threads, replies and reactions (stored outside the shared document). */
export interface CommentRepository {
  create(comment: CommentRecord): Promise<void>;
  findById(id: string): Promise<CommentRecord | null>;
  /** Every comment of a plan (tombstones included), oldest first. */
  listForPlan(planId: string): Promise<CommentRecord[]>;
  /** Every comment a member wrote (tombstones included), oldest first. */
  listByAuthor(authorId: string): Promise<CommentRecord[]>;
  /** Every comment of a thread, oldest first. */
  listThread(threadId: string): Promise<CommentRecord[]>;
  /** Replace the body (and its search text) and set `editedAt`. */
  updateBody(id: string, body: string, searchText: string, editedAt: string): Promise<void>;
  /** Tombstone: clear body and search text, set `deletedAt`. */
  markDeleted(id: string, deletedAt: string): Promise<void>;
  /** Resolve (`resolvedAt` set) or reopen (both null) a thread by its first comment's id. */
  setResolved(threadId: string, resolvedAt: string | null, resolvedBy: string | null): Promise<void>;
  /** Add (`on`) or remove a reaction; idempotent. */
  setReaction(reaction: CommentReactionRecord, on: boolean): Promise<void>;
  /** Every reaction on a plan's comments. */
  listReactionsForPlan(planId: string): Promise<CommentReactionRecord[]>;
}
