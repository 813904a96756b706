import type { Db } from "./database.ts";
import type { NotificationPreferenceRecord } from "../../domain/notification.ts";
import type { PreferenceRepository } from "../types.ts";

interface PreferenceRow {
  user_id: string;
  mention: string;
  reply: string;
  lead_comment: string;
  agreement_request: string;
  updated_at: string;
}

/** SQLite notification preferences (one row per member). */
export function createPreferenceRepository(db: Db): PreferenceRepository {
  const get = db.prepare<[string], PreferenceRow>("SELECT * FROM notification_preferences WHERE user_id = ?");
  const put = db.prepare(`INSERT INTO notification_preferences (user_id, mention, reply, lead_comment, agreement_request, updated_at)
      VALUES (?,?,?,?,?,?) ON CONFLICT(user_id) DO UPDATE SET mention = excluded.mention, reply = excluded.reply,
      lead_comment = excluded.lead_comment, agreement_request = excluded.agreement_request, updated_at = excluded.updated_at`);
  return {
    async get(userId) {
      const r = get.get(userId);
      return r
        ? { userId: r.user_id, mention: r.mention, reply: r.reply, leadComment: r.lead_comment, agreementRequest: r.agreement_request, updatedAt: r.updated_at }
        : null;
    },
    async put(p: NotificationPreferenceRecord) {
      put.run(p.userId, p.mention, p.reply, p.leadComment, p.agreementRequest, p.updatedAt);
    },
  };
}
