import { Schema, type Connection, type Model } from "mongoose";
import { VERSION_KINDS, type VersionKind } from "@jigsaw/shared/versions/schema";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `planVersions` document: an immutable version of a plan (only a non-agreed version's name may change). */
export interface PlanVersionDoc {
  _id: string;
  planId: string;
  kind: VersionKind;
  name: string;
  createdAt: string;
  createdBy: string | null;
  state: Buffer;
  snapshot: string;
  contentHash: string;
  agreementId: string | null;
  signOff: string | null;
}

/** Schema of `planVersions`: history per plan, newest first. */
export const planVersionSchema = new Schema<PlanVersionDoc>(
  {
    _id: { type: String, required: true },
    planId: { type: String, required: true },
    kind: { type: String, enum: VERSION_KINDS, required: true },
    name: { type: String, required: true },
    createdAt: { type: String, required: true },
    createdBy: { type: String, default: null },
    state: { type: Buffer, required: true },
    snapshot: { type: String, required: true },
    contentHash: { type: String, required: true },
    agreementId: { type: String, default: null },
    signOff: { type: String, default: null },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "planVersions" },
);
planVersionSchema.index({ planId: 1, createdAt: -1 }, { name: "plan_versions_plan" });

/** The plan versions model on `conn`. */
export function planVersionModel(conn: Connection): Model<PlanVersionDoc> {
  return conn.model<PlanVersionDoc>("PlanVersion", planVersionSchema);
}
