import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/**
 * A `commentReactions` document (ObjectId `_id`, like the embedded table has
 * no id column, so dumps match); (commentId, userId, reaction) is unique.
 */
export interface CommentReactionDoc {
  commentId: string;
  planId: string;
  userId: string;
  reaction: string;
  createdAt: string;
}

/** Schema of `commentReactions`: listed per plan. */
export const commentReactionSchema = new Schema<CommentReactionDoc>(
  {
    commentId: { type: String, required: true },
    planId: { type: String, required: true },
    userId: { type: String, required: true },
    reaction: { type: String, required: true },
    createdAt: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "commentReactions" },
);
commentReactionSchema.index({ planId: 1, createdAt: 1 }, { name: "commentReactions_plan" });
commentReactionSchema.index({ commentId: 1, userId: 1, reaction: 1 }, { unique: true, name: "commentReactions_unique" });

/** The comment reactions model on `conn`. */
export function commentReactionModel(conn: Connection): Model<CommentReactionDoc> {
  return conn.model<CommentReactionDoc>("CommentReaction", commentReactionSchema);
}
