import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `docClientOwners` document: which member wrote with a Yjs client id; `_id` is `<docId>/<clientId>`. */
export interface DocClientOwnerDoc {
  _id: string;
  docId: string;
  clientId: number;
  userId: string;
}

/** Schema of `docClientOwners`. */
export const docClientOwnerSchema = new Schema<DocClientOwnerDoc>(
  {
    _id: { type: String, required: true },
    docId: { type: String, required: true },
    clientId: { type: Number, required: true, min: 0 },
    userId: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "docClientOwners" },
);
docClientOwnerSchema.index({ docId: 1, clientId: 1 }, { name: "docClientOwners_doc" });

/** The Yjs client ownership model on `conn`. */
export function docClientOwnerModel(conn: Connection): Model<DocClientOwnerDoc> {
  return conn.model<DocClientOwnerDoc>("DocClientOwner", docClientOwnerSchema);
}
