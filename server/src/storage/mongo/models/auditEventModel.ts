import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** An `auditEvents` document: one append-only audit entry. */
export interface AuditEventDoc {
  _id: string;
  partnershipId: string;
  planId: string | null;
  at: string;
  actorId: string | null;
  actorName: string;
  organisation: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details: string;
}

/** Schema of `auditEvents`: read per plan, newest first. */
export const auditEventSchema = new Schema<AuditEventDoc>(
  {
    _id: { type: String, required: true },
    partnershipId: { type: String, required: true },
    planId: { type: String, default: null },
    at: { type: String, required: true },
    actorId: { type: String, default: null },
    actorName: { type: String, required: true },
    organisation: { type: String, default: null },
    action: { type: String, required: true },
    subjectType: { type: String, required: true },
    subjectId: { type: String, required: true },
    details: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "auditEvents" },
);
auditEventSchema.index({ planId: 1, at: -1 }, { name: "audit_events_plan" });
auditEventSchema.index({ partnershipId: 1, at: -1 }, { name: "audit_events_partnership" });
auditEventSchema.index({ actorId: 1 }, { name: "audit_events_actor" });
auditEventSchema.index({ subjectId: 1 }, { name: "audit_events_subject" });

/** The audit events model on `conn`. */
export function auditEventModel(conn: Connection): Model<AuditEventDoc> {
  return conn.model<AuditEventDoc>("AuditEvent", auditEventSchema);
}
