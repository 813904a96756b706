import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/**
 * An `agreements` document: one agreement round. The round is kept whole as
 * JSON text in `data` (validated by the shared zod schema on read and write);
 * `status` and `revision` are duplicated as fields for the compare-and-set filter.
 */
export interface AgreementDoc {
  _id: string;
  planId: string;
  status: "open" | "agreed" | "withdrawn";
  revision: number;
  proposedAt: string;
  data: string;
}

/** Schema of `agreements`: listed per plan, newest first. */
export const agreementSchema = new Schema<AgreementDoc>(
  {
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    status: { type: String, enum: ["open", "agreed", "withdrawn"], required: true },
    revision: { type: Number, required: true },
    proposedAt: { type: String, required: true },
    data: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "agreements" },
);
agreementSchema.index({ planId: 1, proposedAt: -1 }, { name: "agreements_plan" });

/** The agreements model on `conn`. */
export function agreementModel(conn: Connection): Model<AgreementDoc> {
  return conn.model<AgreementDoc>("Agreement", agreementSchema);
}
