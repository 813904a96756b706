import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/**
 * An `outcomeExtensionItems` document: one local term, outcome or link of a
 * partnership. `_id` is `<partnershipId>/<itemId>`; `data` is the item's JSON
 * (kept as a string so the dump stays flat and identical to the embedded store's).
 */
export interface OutcomeExtensionItemDoc {
  _id: string;
  partnershipId: string;
  itemId: string;
  kind: "term" | "outcome" | "link" | "indicator" | "source";
  data: string;
  /** The audit seq that created the item: the listing order. */
  createdSeq: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  retiredAt: string | null;
  retiredBy: string | null;
}

/** Schema of `outcomeExtensionItems`: listed per partnership in creation order. */
export const outcomeExtensionItemSchema = new Schema<OutcomeExtensionItemDoc>(
  {
    _id: { type: String, required: true },
    partnershipId: { type: String, required: true },
    itemId: { type: String, required: true },
    kind: { type: String, enum: ["term", "outcome", "link", "indicator", "source"], required: true },
    data: { type: String, required: true },
    createdSeq: { type: Number, required: true, min: 1 },
    createdAt: { type: String, required: true },
    createdBy: { type: String, required: true },
    updatedAt: { type: String, required: true },
    updatedBy: { type: String, required: true },
    retiredAt: { type: String, default: null },
    retiredBy: { type: String, default: null },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "outcomeExtensionItems" },
);
outcomeExtensionItemSchema.index({ partnershipId: 1, createdSeq: 1 }, { name: "outcomeExtensionItems_partnership_order" });

/** The outcome extension items model on `conn`. */
export function outcomeExtensionItemModel(conn: Connection): Model<OutcomeExtensionItemDoc> {
  return conn.model<OutcomeExtensionItemDoc>("OutcomeExtensionItem", outcomeExtensionItemSchema);
}
