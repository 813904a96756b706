import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `planVisits` document (ObjectId `_id`); (userId, planId) is unique. */
export interface PlanVisitDoc {
  userId: string;
  planId: string;
  visitedAt: string;
  seq: number;
  stateVector: Buffer;
  digests: string;
}

/** Schema of `planVisits`. */
export const planVisitSchema = new Schema<PlanVisitDoc>(
  {
    userId: { type: String, required: true },
    planId: { type: String, required: true },
    visitedAt: { type: String, required: true },
    seq: { type: Number, required: true, min: 0 },
    stateVector: { type: Buffer, required: true },
    digests: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "planVisits" },
);

planVisitSchema.index({ userId: 1, planId: 1 }, { unique: true, name: "planVisits_user_plan" });

/** The plan visits model on `conn`. */
export function planVisitModel(conn: Connection): Model<PlanVisitDoc> {
  return conn.model<PlanVisitDoc>("PlanVisit", planVisitSchema);
}
