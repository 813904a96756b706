import type { Sector } from "@jigsaw/shared/domain/sector";

/** One comment (a thread's first comment has `parentId` null and `threadId === id`). Flat, for every store. */
export interface CommentRecord {
  id: string;
  planId: string;
  partnershipId: string;
  threadId: string;
  parentId: string | null;
  authorId: string;
  /** Canonical restricted-markdown body ("" once deleted). */
  body: string;
  /** Plain text indexed for search: the body as text (plus the quote for a thread's first comment). */
  searchText: string;
  /** The thread's anchor as JSON (`CommentAnchor`); null on replies. */
  anchor: string | null;
  createdAt: string;
  editedAt: string | null;
  /** Tombstone: the comment stays in its thread. */
  deletedAt: string | null;
  /** Thread state, kept on the first comment only. */
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** The organisation and sector the author represented when writing (null in comments kept before they were recorded); later membership changes do not rewrite them. */
  authorOrganisation: string | null;
  authorSector: Sector | null;
}

/** One member's reaction to a comment. */
export interface CommentReactionRecord {
  commentId: string;
  planId: string;
  userId: string;
  reaction: string;
  createdAt: string;
}
