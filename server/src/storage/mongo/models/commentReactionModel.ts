import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `commentReactions` document. `_id` is `<commentId>/<userId>/<reaction>`, so adding twice is a no-op. */
export interface CommentReactionDoc {
  _id: string;
  commentId: string;
  planId: string;
  userId: string;
  reaction: string;
  createdAt: string;
}

/** Schema of `commentReactions`: listed per plan. */
export const commentReactionSchema = new Schema<CommentReactionDoc>(
  {
    _id: { type: String, required: true },
    commentId: { type: String, required: true },
    planId: { type: String, required: true },
    userId: { type: String, required: true },
    reaction: { type: String, required: true },
    createdAt: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "commentReactions" },
);
commentReactionSchema.index({ planId: 1, createdAt: 1 }, { name: "commentReactions_plan" });

/** The comment reactions model on `conn`. */
export function commentReactionModel(conn: Connection): Model<CommentReactionDoc> {
  return conn.model<CommentReactionDoc>("CommentReaction", commentReactionSchema);
}
