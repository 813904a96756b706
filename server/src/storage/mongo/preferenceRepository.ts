import type { PreferenceRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { NotificationPreferenceDoc } from "./models/notificationPreferenceModel.ts";
import { str } from "./ids.ts";
import { guard } from "./unavailable.ts";

/** MongoDB notification preferences (one document per user). */
export function createPreferenceRepository(ctx: MongoContext): PreferenceRepository {
  const { notificationPreferences: P } = ctx.models;
  return {
    async get(userId) {
      const uid = str(userId, "userId");
      return guard("preferences.get", async () => {
        const d = await P.findOne({ userId: uid }).lean<NotificationPreferenceDoc>().exec();
        return d
          ? { userId: d.userId, mention: d.mention, reply: d.reply, leadComment: d.leadComment, agreementRequest: d.agreementRequest, updatedAt: d.updatedAt }
          : null;
      });
    },
    async put(p) {
      const userId = str(p.userId, "userId");
      const set = {
        mention: str(p.mention, "mention"),
        reply: str(p.reply, "reply"),
        leadComment: str(p.leadComment, "leadComment"),
        agreementRequest: str(p.agreementRequest, "agreementRequest"),
        updatedAt: str(p.updatedAt, "updatedAt"),
      };
      await guard("preferences.put", async () => {
        await P.updateOne({ userId }, { $set: { userId, ...set } }, { upsert: true }).exec();
      });
    },
  };
}
