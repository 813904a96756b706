import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** An `authTokens` document (single-use emailed link). `_id` is the SHA-256 of the secret in the link. */
export interface AuthTokenDoc {
  _id: string;
  userId: string;
  purpose: "password_reset" | "email_verification";
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

/** Schema of `authTokens`: by user and purpose (a new link replaces older ones) and by expiry (sweeps). */
export const authTokenSchema = new Schema<AuthTokenDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    purpose: { type: String, required: true, enum: ["password_reset", "email_verification"] },
    createdAt: { type: String, required: true },
    expiresAt: { type: String, required: true },
    usedAt: { type: String, default: null },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "authTokens" },
);
authTokenSchema.index({ userId: 1, purpose: 1 }, { name: "auth_tokens_user" });
authTokenSchema.index({ expiresAt: 1 }, { name: "auth_tokens_expires" });

/** The authTokens model on `conn`. */
export function authTokenModel(conn: Connection): Model<AuthTokenDoc> {
  return conn.model<AuthTokenDoc>("AuthToken", authTokenSchema);
}
