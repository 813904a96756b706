import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/**
 * A `docSnapshots` document: the compacted Yjs state of one document (its
 * seq is `docHeads.snapshotSeq`, written in the same transaction). Kept apart
 * from the head so that appends do not rewrite a large document.
 */
export interface DocSnapshotDoc {
  _id: string;
  data: Buffer;
}

/** Schema of `docSnapshots` (looked up by `_id` only). */
export const docSnapshotSchema = new Schema<DocSnapshotDoc>(
  {
    _id: { type: String, required: true },
    // Not `required`: Mongoose treats an empty Buffer as missing, and the adapter always sets it.
    data: { type: Buffer },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "docSnapshots" },
);

/** The doc snapshots model on `conn`. */
export function docSnapshotModel(conn: Connection): Model<DocSnapshotDoc> {
  return conn.model<DocSnapshotDoc>("DocSnapshot", docSnapshotSchema);
}
