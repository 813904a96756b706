import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `notifications` document. */
export interface NotificationDoc {
  _id: string;
  userId: string;
  partnershipId: string;
  planId: string | null;
  kind: string;
  threadId: string | null;
  commentId: string | null;
  actorId: string | null;
  title: string;
  excerpt: string;
  path: string;
  createdAt: string;
  readAt: string | null;
  email: "immediate" | "digest" | "none";
  emailedAt: string | null;
}

/** Schema of `notifications`: the bell per user; pending digests by mode. */
export const notificationSchema = new Schema<NotificationDoc>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    partnershipId: { type: String, required: true },
    planId: { type: String, default: null },
    kind: { type: String, required: true },
    threadId: { type: String, default: null },
    commentId: { type: String, default: null },
    actorId: { type: String, default: null },
    title: { type: String, default: "" },
    excerpt: { type: String, default: "" },
    path: { type: String, default: "/" },
    createdAt: { type: String, required: true },
    readAt: { type: String, default: null },
    email: { type: String, enum: ["immediate", "digest", "none"], required: true },
    emailedAt: { type: String, default: null },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "notifications" },
);
notificationSchema.index({ userId: 1, createdAt: -1 }, { name: "notifications_user_created" });
notificationSchema.index({ email: 1, emailedAt: 1, createdAt: 1 }, { name: "notifications_email_pending" });

/** The notifications model on `conn`. */
export function notificationModel(conn: Connection): Model<NotificationDoc> {
  return conn.model<NotificationDoc>("Notification", notificationSchema);
}
