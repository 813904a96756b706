import type { Db } from "./database.ts";
import type { CommentReactionRecord, CommentRecord } from "../../domain/comment.ts";
import type { CommentRepository } from "../types.ts";

interface CommentRow {
  id: string;
  plan_id: string;
  partnership_id: string;
  thread_id: string;
  parent_id: string | null;
  author_id: string;
  body: string;
  search_text: string;
  anchor: string | null;
  created_at: string;
  edited_at: string | null;
  deleted_at: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  author_organisation: string | null;
  author_sector: string | null;
}

interface ReactionRow {
  comment_id: string;
  plan_id: string;
  user_id: string;
  reaction: string;
  created_at: string;
}

function fromRow(r: CommentRow): CommentRecord {
  return {
    id: r.id,
    planId: r.plan_id,
    partnershipId: r.partnership_id,
    threadId: r.thread_id,
    parentId: r.parent_id,
    authorId: r.author_id,
    body: r.body,
    searchText: r.search_text,
    anchor: r.anchor,
    createdAt: r.created_at,
    editedAt: r.edited_at,
    deletedAt: r.deleted_at,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
    authorOrganisation: r.author_organisation,
    authorSector: r.author_sector as CommentRecord["authorSector"],
  };
}

/** SQLite comments; the FTS index follows through triggers (migration 4). */
export function createCommentRepository(db: Db): CommentRepository {
  const insert = db.prepare(`INSERT INTO comments (id, plan_id, partnership_id, thread_id, parent_id, author_id, body,
      search_text, anchor, created_at, edited_at, deleted_at, resolved_at, resolved_by, author_organisation, author_sector)
      VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const byId = db.prepare<[string], CommentRow>("SELECT * FROM comments WHERE id = ?");
  const byPlan = db.prepare<[string], CommentRow>("SELECT * FROM comments WHERE plan_id = ? ORDER BY created_at, id");
  const byAuthor = db.prepare<[string], CommentRow>("SELECT * FROM comments WHERE author_id = ? ORDER BY created_at, id");
  const byThread = db.prepare<[string], CommentRow>("SELECT * FROM comments WHERE thread_id = ? ORDER BY created_at, id");
  const setBody = db.prepare("UPDATE comments SET body = ?, search_text = ?, edited_at = ? WHERE id = ? AND deleted_at IS NULL");
  const tombstone = db.prepare("UPDATE comments SET body = '', search_text = '', deleted_at = ? WHERE id = ? AND deleted_at IS NULL");
  const resolve = db.prepare("UPDATE comments SET resolved_at = ?, resolved_by = ? WHERE id = ? AND thread_id = id");
  const addReaction = db.prepare(
    "INSERT OR IGNORE INTO comment_reactions (comment_id, plan_id, user_id, reaction, created_at) VALUES (?,?,?,?,?)",
  );
  const removeReaction = db.prepare("DELETE FROM comment_reactions WHERE comment_id = ? AND user_id = ? AND reaction = ?");
  const reactionsByPlan = db.prepare<[string], ReactionRow>(
    "SELECT * FROM comment_reactions WHERE plan_id = ? ORDER BY created_at, comment_id, user_id",
  );

  return {
    async listByAuthor(authorId) {
      return byAuthor.all(authorId).map(fromRow);
    },
    async create(c) {
      insert.run(
        c.id, c.planId, c.partnershipId, c.threadId, c.parentId, c.authorId, c.body, c.searchText, c.anchor,
        c.createdAt, c.editedAt, c.deletedAt, c.resolvedAt, c.resolvedBy, c.authorOrganisation, c.authorSector,
      );
    },
    async findById(id) {
      const r = byId.get(id);
      return r ? fromRow(r) : null;
    },
    async listForPlan(planId) {
      return byPlan.all(planId).map(fromRow);
    },
    async listThread(threadId) {
      return byThread.all(threadId).map(fromRow);
    },
    async updateBody(id, body, searchText, editedAt) {
      setBody.run(body, searchText, editedAt, id);
    },
    async markDeleted(id, deletedAt) {
      tombstone.run(deletedAt, id);
    },
    async setResolved(threadId, resolvedAt, resolvedBy) {
      resolve.run(resolvedAt, resolvedBy, threadId);
    },
    async setReaction(r, on) {
      if (on) addReaction.run(r.commentId, r.planId, r.userId, r.reaction, r.createdAt);
      else removeReaction.run(r.commentId, r.userId, r.reaction);
    },
    async listReactionsForPlan(planId) {
      return reactionsByPlan.all(planId).map(
        (r): CommentReactionRecord => ({ commentId: r.comment_id, planId: r.plan_id, userId: r.user_id, reaction: r.reaction, createdAt: r.created_at }),
      );
    },
  };
}
