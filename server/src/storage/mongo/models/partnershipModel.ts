import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/**
 * A `partnerships` document. `memberRev` is adapter-internal (not part of the
 * record, not dumped): transactions that remove or demote a facilitator bump
 * it so that two concurrent ones conflict and the facilitator count is
 * re-checked (no write skew under snapshot isolation).
 */
export interface PartnershipDoc {
  _id: string;
  name: string;
  place: string;
  description: string;
  createdAt: string;
  createdBy: string;
  twoFactorRequiredAt?: string | null;
  memberRev: number;
}

/** Schema of `partnerships`. */
export const partnershipSchema = new Schema<PartnershipDoc>(
  {
    _id: { type: String, required: true },
    name: { type: String },
    place: { type: String },
    description: { type: String },
    createdAt: { type: String, required: true },
    createdBy: { type: String, required: true },
    twoFactorRequiredAt: { type: String, default: null },
    memberRev: { type: Number, default: 0 },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "partnerships" },
);

/** The partnerships model on `conn`. */
export function partnershipModel(conn: Connection): Model<PartnershipDoc> {
  return conn.model<PartnershipDoc>("Partnership", partnershipSchema);
}
