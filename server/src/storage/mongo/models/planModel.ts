import { Schema, type Connection, type Model } from "mongoose";
import { PLAN_TEMPLATES, type PlanTemplate } from "@jigsaw/shared/domain/plan";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `plans` document (metadata; the content is the Yjs document with the same id). */
export interface PlanDoc {
  _id: string;
  partnershipId: string;
  title: string;
  template: PlanTemplate;
  archivedAt: string | null;
  createdAt: string;
  createdBy: string;
  lastActivityAt: string;
}

/** Schema of `plans`: listed per partnership by last activity. */
export const planSchema = new Schema<PlanDoc>(
  {
    _id: { type: String, required: true },
    partnershipId: { type: String, required: true },
    title: { type: String },
    template: { type: String, enum: PLAN_TEMPLATES, required: true },
    archivedAt: { type: String, default: null },
    createdAt: { type: String, required: true },
    createdBy: { type: String, required: true },
    lastActivityAt: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "plans" },
);
planSchema.index({ partnershipId: 1, lastActivityAt: -1 }, { name: "plans_partnership_activity" });

/** The plans model on `conn`. */
export function planModel(conn: Connection): Model<PlanDoc> {
  return conn.model<PlanDoc>("Plan", planSchema);
}
