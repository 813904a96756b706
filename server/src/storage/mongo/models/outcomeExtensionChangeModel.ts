import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/**
 * An `outcomeExtensionChanges` document: one audit entry. `_id` is
 * `<partnershipId>/<seq>`, so two writers claiming the same revision collide.
 */
export interface OutcomeExtensionChangeDoc {
  _id: string;
  partnershipId: string;
  seq: number;
  actorId: string;
  action: "create" | "update" | "retire";
  itemKind: "term" | "outcome" | "link" | "indicator" | "source";
  itemId: string;
  label: string;
  fields: string;
  at: string;
}

/** Schema of `outcomeExtensionChanges`: (partnershipId, seq) unique; read newest first. */
export const outcomeExtensionChangeSchema = new Schema<OutcomeExtensionChangeDoc>(
  {
    _id: { type: String, required: true },
    partnershipId: { type: String, required: true },
    seq: { type: Number, required: true, min: 1 },
    actorId: { type: String, required: true },
    action: { type: String, enum: ["create", "update", "retire"], required: true },
    itemKind: { type: String, enum: ["term", "outcome", "link", "indicator", "source"], required: true },
    itemId: { type: String, required: true },
    label: { type: String },
    fields: { type: String },
    at: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "outcomeExtensionChanges" },
);
outcomeExtensionChangeSchema.index({ partnershipId: 1, seq: -1 }, { unique: true, name: "outcomeExtensionChanges_partnership_seq_unique" });

/** The outcome extension audit model on `conn`. */
export function outcomeExtensionChangeModel(conn: Connection): Model<OutcomeExtensionChangeDoc> {
  return conn.model<OutcomeExtensionChangeDoc>("OutcomeExtensionChange", outcomeExtensionChangeSchema);
}
