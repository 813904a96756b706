import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `notificationPreferences` document (ObjectId `_id`); one per `userId`. */
export interface NotificationPreferenceDoc {
  userId: string;
  mention: string;
  reply: string;
  leadComment: string;
  agreementRequest: string;
  updatedAt: string;
}

/** Schema of `notificationPreferences`. */
export const notificationPreferenceSchema = new Schema<NotificationPreferenceDoc>(
  {
    userId: { type: String, required: true },
    mention: { type: String, required: true },
    reply: { type: String, required: true },
    leadComment: { type: String, required: true },
    agreementRequest: { type: String, required: true },
    updatedAt: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "notificationPreferences" },
);

notificationPreferenceSchema.index({ userId: 1 }, { unique: true, name: "notificationPreferences_user" });

/** The notification preferences model on `conn`. */
export function notificationPreferenceModel(conn: Connection): Model<NotificationPreferenceDoc> {
  return conn.model<NotificationPreferenceDoc>("NotificationPreference", notificationPreferenceSchema);
}
