import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `planVisits` document; `_id` is `<userId>/<planId>`. */
export interface PlanVisitDoc {
  _id: string;
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
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    planId: { type: String, required: true },
    visitedAt: { type: String, required: true },
    seq: { type: Number, required: true, min: 0 },
    stateVector: { type: Buffer, required: true },
    digests: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "planVisits" },
);

/** The plan visits model on `conn`. */
export function planVisitModel(conn: Connection): Model<PlanVisitDoc> {
  return conn.model<PlanVisitDoc>("PlanVisit", planVisitSchema);
}
