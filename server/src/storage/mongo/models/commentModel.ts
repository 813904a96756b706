import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `comments` document (flat; `anchor` is JSON text). */
export interface CommentDoc {
  _id: string;
  planId: string;
  partnershipId: string;
  threadId: string;
  parentId: string | null;
  authorId: string;
  body: string;
  searchText: string;
  anchor: string | null;
  createdAt: string;
  editedAt: string | null;
  deletedAt: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
  /** Absent in documents written before it was recorded. */
  authorOrganisation?: string | null;
  authorSector?: string | null;
}

/** Schema of `comments`: listed per plan and per thread; a text index on `searchText` serves search. */
export const commentSchema = new Schema<CommentDoc>(
  {
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    partnershipId: { type: String, required: true },
    threadId: { type: String, required: true },
    parentId: { type: String, default: null },
    authorId: { type: String, required: true },
    body: { type: String, default: "" },
    searchText: { type: String, default: "" },
    anchor: { type: String, default: null },
    createdAt: { type: String, required: true },
    editedAt: { type: String, default: null },
    deletedAt: { type: String, default: null },
    resolvedAt: { type: String, default: null },
    resolvedBy: { type: String, default: null },
    authorOrganisation: { type: String, default: null },
    authorSector: { type: String, default: null },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "comments" },
);
commentSchema.index({ planId: 1, createdAt: 1 }, { name: "comments_plan_created" });
commentSchema.index({ threadId: 1, createdAt: 1 }, { name: "comments_thread_created" });
commentSchema.index({ authorId: 1, createdAt: 1 }, { name: "comments_author_created" });
commentSchema.index({ searchText: "text", partnershipId: 1 }, { name: "comments_text", default_language: "english" });

/** The comments model on `conn`. */
export function commentModel(conn: Connection): Model<CommentDoc> {
  return conn.model<CommentDoc>("Comment", commentSchema);
}
