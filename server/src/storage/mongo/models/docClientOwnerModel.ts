import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `docClientOwners` document: which member wrote with a Yjs client id; (docId, clientId) is unique. */
export interface DocClientOwnerDoc {
  docId: string;
  clientId: number;
  userId: string;
}

/** Schema of `docClientOwners`. */
export const docClientOwnerSchema = new Schema<DocClientOwnerDoc>(
  {
    docId: { type: String, required: true },
    clientId: { type: Number, required: true, min: 0 },
    userId: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "docClientOwners" },
);
docClientOwnerSchema.index({ docId: 1, clientId: 1 }, { unique: true, name: "docClientOwners_doc_client" });

/** The Yjs client ownership model on `conn`. */
export function docClientOwnerModel(conn: Connection): Model<DocClientOwnerDoc> {
  return conn.model<DocClientOwnerDoc>("DocClientOwner", docClientOwnerSchema);
}
