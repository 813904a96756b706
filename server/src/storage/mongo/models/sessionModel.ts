import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `sessions` document. `_id` is the SHA-256 of the cookie token. */
export interface SessionDoc {
  _id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

/** Schema of `sessions`: by user (sign out everywhere) and by expiry / idleness (sweeps). */
export const sessionSchema = new Schema<SessionDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    createdAt: { type: String, required: true },
    lastSeenAt: { type: String, required: true },
    expiresAt: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "sessions" },
);
sessionSchema.index({ userId: 1 }, { name: "sessions_user" });
sessionSchema.index({ expiresAt: 1 }, { name: "sessions_expires" });
sessionSchema.index({ lastSeenAt: 1 }, { name: "sessions_last_seen" });

/** The sessions model on `conn`. */
export function sessionModel(conn: Connection): Model<SessionDoc> {
  return conn.model<SessionDoc>("Session", sessionSchema);
}
