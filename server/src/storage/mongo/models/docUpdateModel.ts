import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `docUpdates` document: one entry of a Yjs document's append-only update log. */
export interface DocUpdateDoc {
  docId: string;
  seq: number;
  data: Buffer;
  userId: string | null;
  createdAt: string;
}

/** Schema of `docUpdates`: (docId, seq) unique, which also serves "updates after seq N" in order. */
export const docUpdateSchema = new Schema<DocUpdateDoc>(
  {
    docId: { type: String, required: true },
    seq: { type: Number, required: true, min: 1 },
    // Not `required`: Mongoose treats an empty Buffer as missing, and the adapter always sets it.
    data: { type: Buffer },
    userId: { type: String, default: null },
    createdAt: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "docUpdates" },
);
docUpdateSchema.index({ docId: 1, seq: 1 }, { unique: true, name: "docUpdates_doc_seq_unique" });

/** The doc updates model on `conn`. */
export function docUpdateModel(conn: Connection): Model<DocUpdateDoc> {
  return conn.model<DocUpdateDoc>("DocUpdate", docUpdateSchema);
}
