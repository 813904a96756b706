import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `users` document. `_id` is the user id. */
export interface UserDoc {
  _id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: string;
  emailVerifiedAt?: string | null;
  totpSecret?: string | null;
  totpLastStep?: number | null;
  erasedAt?: string | null;
}

/** Schema of `users`: unique email (binary comparison, like the embedded store). */
export const userSchema = new Schema<UserDoc>(
  {
    _id: { type: String, required: true },
    email: { type: String, required: true },
    displayName: { type: String },
    passwordHash: { type: String, required: true },
    createdAt: { type: String, required: true },
    emailVerifiedAt: { type: String, default: null },
    totpSecret: { type: String, default: null },
    totpLastStep: { type: Number, default: null },
    erasedAt: { type: String, default: null },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "users" },
);
userSchema.index({ email: 1 }, { unique: true, name: "users_email_unique" });

/** The users model on `conn`. */
export function userModel(conn: Connection): Model<UserDoc> {
  return conn.model<UserDoc>("User", userSchema);
}
