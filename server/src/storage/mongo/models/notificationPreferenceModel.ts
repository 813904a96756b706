import { Schema, type Connection, type Model } from "mongoose";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `notificationPreferences` document; `_id` is the user id. */
export interface NotificationPreferenceDoc {
  _id: string;
  mention: string;
  reply: string;
  leadComment: string;
  agreementRequest: string;
  updatedAt: string;
}

/** Schema of `notificationPreferences`. */
export const notificationPreferenceSchema = new Schema<NotificationPreferenceDoc>(
  {
    _id: { type: String, required: true },
    mention: { type: String, required: true },
    reply: { type: String, required: true },
    leadComment: { type: String, required: true },
    agreementRequest: { type: String, required: true },
    updatedAt: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "notificationPreferences" },
);

/** The notification preferences model on `conn`. */
export function notificationPreferenceModel(conn: Connection): Model<NotificationPreferenceDoc> {
  return conn.model<NotificationPreferenceDoc>("NotificationPreference", notificationPreferenceSchema);
}
