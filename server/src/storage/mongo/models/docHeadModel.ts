import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/**
 * A `docHeads` document: the small per-document counter. Its existence means
 * the Yjs document exists. `lastSeq` is the last allocated update seq (bumped
 * with `$inc` inside the append transaction), `snapshotSeq` the last seq
 * merged into the snapshot. Every append and compaction writes this document,
 * so concurrent ones conflict and are serialised by the transaction retry.
 */
export interface DocHeadDoc {
  _id: string;
  lastSeq: number;
  snapshotSeq: number;
}

/** Schema of `docHeads` (looked up by `_id` only). */
export const docHeadSchema = new Schema<DocHeadDoc>(
  {
    _id: { type: String, required: true },
    lastSeq: { type: Number, required: true, min: 0 },
    snapshotSeq: { type: Number, required: true, min: 0 },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "docHeads" },
);

/** The doc heads model on `conn`. */
export function docHeadModel(conn: Connection): Model<DocHeadDoc> {
  return conn.model<DocHeadDoc>("DocHead", docHeadSchema);
}
