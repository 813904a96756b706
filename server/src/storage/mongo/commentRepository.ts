import type { CommentReactionRecord, CommentRecord } from "../../domain/comment.ts";
import type { CommentRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { CommentDoc } from "./models/commentModel.ts";
import type { CommentReactionDoc } from "./models/commentReactionModel.ts";
import { str, strOrNull } from "./ids.ts";
import { guard, isDuplicateKeyError } from "./unavailable.ts";

/** A `comments` document → record. */
export function commentFromDoc(d: CommentDoc): CommentRecord {
  return {
    id: d._id,
    planId: d.planId,
    partnershipId: d.partnershipId,
    threadId: d.threadId,
    parentId: d.parentId ?? null,
    authorId: d.authorId,
    body: d.body ?? "",
    searchText: d.searchText ?? "",
    anchor: d.anchor ?? null,
    createdAt: d.createdAt,
    editedAt: d.editedAt ?? null,
    deletedAt: d.deletedAt ?? null,
    resolvedAt: d.resolvedAt ?? null,
    resolvedBy: d.resolvedBy ?? null,
    authorOrganisation: d.authorOrganisation ?? null,
    authorSector: (d.authorSector ?? null) as CommentRecord["authorSector"],
  };
}

function commentToDoc(c: CommentRecord): CommentDoc {
  return {
    _id: str(c.id, "id"),
    planId: str(c.planId, "planId"),
    partnershipId: str(c.partnershipId, "partnershipId"),
    threadId: str(c.threadId, "threadId"),
    parentId: strOrNull(c.parentId, "parentId"),
    authorId: str(c.authorId, "authorId"),
    body: str(c.body, "body"),
    searchText: str(c.searchText, "searchText"),
    anchor: strOrNull(c.anchor, "anchor"),
    createdAt: str(c.createdAt, "createdAt"),
    editedAt: strOrNull(c.editedAt, "editedAt"),
    deletedAt: strOrNull(c.deletedAt, "deletedAt"),
    resolvedAt: strOrNull(c.resolvedAt, "resolvedAt"),
    resolvedBy: strOrNull(c.resolvedBy, "resolvedBy"),
    authorOrganisation: strOrNull(c.authorOrganisation, "authorOrganisation"),
    authorSector: strOrNull(c.authorSector, "authorSector"),
  };
}

/** MongoDB comments and reactions. Search uses the `comments_text` index. */
export function createCommentRepository(ctx: MongoContext): CommentRepository {
  const { comments: Comments, commentReactions: Reactions } = ctx.models;
  return {
    async create(c) {
      const doc = commentToDoc(c);
      await guard("comments.create", async () => {
        await Comments.create([doc]);
      });
    },
    async findById(id) {
      const _id = str(id, "id");
      return guard("comments.findById", async () => {
        const d = await Comments.findOne({ _id }).lean<CommentDoc>().exec();
        return d ? commentFromDoc(d) : null;
      });
    },
    async listForPlan(planId) {
      const pid = str(planId, "planId");
      return guard("comments.listForPlan", async () => {
        const ds = await Comments.find({ planId: pid }).sort({ createdAt: 1, _id: 1 }).lean<CommentDoc[]>().exec();
        return ds.map(commentFromDoc);
      });
    },
    async listByAuthor(authorId) {
      const aid = str(authorId, "authorId");
      return guard("comments.listByAuthor", async () => {
        const ds = await Comments.find({ authorId: aid }).sort({ createdAt: 1, _id: 1 }).lean<CommentDoc[]>().exec();
        return ds.map(commentFromDoc);
      });
    },
    async listThread(threadId) {
      const tid = str(threadId, "threadId");
      return guard("comments.listThread", async () => {
        const ds = await Comments.find({ threadId: tid }).sort({ createdAt: 1, _id: 1 }).lean<CommentDoc[]>().exec();
        return ds.map(commentFromDoc);
      });
    },
    async updateBody(id, body, searchText, editedAt) {
      const _id = str(id, "id");
      const set = { body: str(body, "body"), searchText: str(searchText, "searchText"), editedAt: str(editedAt, "editedAt") };
      await guard("comments.updateBody", async () => {
        await Comments.updateOne({ _id, deletedAt: null }, { $set: set }).exec();
      });
    },
    async markDeleted(id, deletedAt) {
      const _id = str(id, "id");
      const at = str(deletedAt, "deletedAt");
      await guard("comments.markDeleted", async () => {
        await Comments.updateOne({ _id, deletedAt: null }, { $set: { body: "", searchText: "", deletedAt: at } }).exec();
      });
    },
    async setResolved(threadId, resolvedAt, resolvedBy) {
      const _id = str(threadId, "threadId");
      const set = { resolvedAt: strOrNull(resolvedAt, "resolvedAt"), resolvedBy: strOrNull(resolvedBy, "resolvedBy") };
      await guard("comments.setResolved", async () => {
        await Comments.updateOne({ _id, threadId: _id }, { $set: set }).exec();
      });
    },
    async setReaction(r, on) {
      const commentId = str(r.commentId, "commentId");
      const userId = str(r.userId, "userId");
      const reaction = str(r.reaction, "reaction");
      await guard("comments.setReaction", async () => {
        if (!on) {
          await Reactions.deleteOne({ commentId, userId, reaction }).exec();
          return;
        }
        try {
          await Reactions.create([{ commentId, planId: str(r.planId, "planId"), userId, reaction, createdAt: str(r.createdAt, "createdAt") }]);
        } catch (err) {
          if (!isDuplicateKeyError(err)) throw err;
        }
      });
    },
    async listReactionsForPlan(planId) {
      const pid = str(planId, "planId");
      return guard("comments.listReactionsForPlan", async () => {
        const ds = await Reactions.find({ planId: pid }).sort({ createdAt: 1, commentId: 1, userId: 1 }).lean<CommentReactionDoc[]>().exec();
        return ds.map(
          (d): CommentReactionRecord => ({ commentId: d.commentId, planId: d.planId, userId: d.userId, reaction: d.reaction, createdAt: d.createdAt }),
        );
      });
    },
  };
}
