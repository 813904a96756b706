import mongoose from "mongoose";
import type { NotificationRecord } from "../../domain/notification.ts";
import type { NotificationRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { NotificationDoc } from "./models/notificationModel.ts";
import { str, strOrNull } from "./ids.ts";
import { guard } from "./unavailable.ts";

function fromDoc(d: NotificationDoc): NotificationRecord {
  return {
    id: d._id,
    userId: d.userId,
    partnershipId: d.partnershipId,
    planId: d.planId ?? null,
    kind: d.kind,
    threadId: d.threadId ?? null,
    commentId: d.commentId ?? null,
    actorId: d.actorId ?? null,
    title: d.title ?? "",
    excerpt: d.excerpt ?? "",
    path: d.path ?? "/",
    createdAt: d.createdAt,
    readAt: d.readAt ?? null,
    email: d.email,
    emailedAt: d.emailedAt ?? null,
  };
}

function toDoc(n: NotificationRecord): NotificationDoc {
  if (n.email !== "immediate" && n.email !== "digest" && n.email !== "none") throw new TypeError("email must be immediate, digest or none");
  return {
    _id: str(n.id, "id"),
    userId: str(n.userId, "userId"),
    partnershipId: str(n.partnershipId, "partnershipId"),
    planId: strOrNull(n.planId, "planId"),
    kind: str(n.kind, "kind"),
    threadId: strOrNull(n.threadId, "threadId"),
    commentId: strOrNull(n.commentId, "commentId"),
    actorId: strOrNull(n.actorId, "actorId"),
    title: str(n.title, "title"),
    excerpt: str(n.excerpt, "excerpt"),
    path: str(n.path, "path"),
    createdAt: str(n.createdAt, "createdAt"),
    readAt: strOrNull(n.readAt, "readAt"),
    email: n.email,
    emailedAt: strOrNull(n.emailedAt, "emailedAt"),
  };
}

/** MongoDB notifications. Email claims are conditional single-document updates. */
export function createNotificationRepository(ctx: MongoContext): NotificationRepository {
  const { notifications: N } = ctx.models;
  return {
    async createMany(records) {
      if (records.length === 0) return;
      const docs = records.map(toDoc);
      await guard("notifications.createMany", async () => {
        await N.insertMany(docs, { ordered: true });
      });
    },
    async findById(id) {
      const _id = str(id, "id");
      return guard("notifications.findById", async () => {
        const d = await N.findOne({ _id }).lean<NotificationDoc>().exec();
        return d ? fromDoc(d) : null;
      });
    },
    async listForUser(userId, options) {
      const uid = str(userId, "userId");
      const limit = Math.min(Math.max(1, Math.floor(options.limit) || 50), 200);
      const filter: Record<string, unknown> = { userId: uid };
      if (options.unreadOnly) filter.readAt = null;
      if (options.before) filter.createdAt = mongoose.trusted({ $lt: str(options.before, "before") });
      return guard("notifications.listForUser", async () => {
        const ds = await N.find(filter).sort({ createdAt: -1, _id: -1 }).limit(limit).lean<NotificationDoc[]>().exec();
        return ds.map(fromDoc);
      });
    },
    async unreadCount(userId) {
      const uid = str(userId, "userId");
      return guard("notifications.unreadCount", () => N.countDocuments({ userId: uid, readAt: null }).exec());
    },
    async markRead(userId, ids, readAt) {
      const uid = str(userId, "userId");
      const at = str(readAt, "readAt");
      const filter: Record<string, unknown> = { userId: uid, readAt: null };
      if (ids !== null) filter._id = mongoose.trusted({ $in: ids.map((i) => str(i, "id")) });
      return guard("notifications.markRead", async () => (await N.updateMany(filter, { $set: { readAt: at } }).exec()).modifiedCount);
    },
    async claimImmediate(id, at) {
      const _id = str(id, "id");
      const when = str(at, "at");
      return guard("notifications.claimImmediate", async () => {
        const d = await N.findOneAndUpdate({ _id, email: "immediate", emailedAt: null }, { $set: { emailedAt: when } }, { new: true })
          .lean<NotificationDoc>()
          .exec();
        return d ? fromDoc(d) : null;
      });
    },
    async usersWithPendingDigest(before) {
      const b = str(before, "before");
      return guard("notifications.usersWithPendingDigest", async () => {
        const ids = (await N.distinct("userId", { email: "digest", emailedAt: null, createdAt: mongoose.trusted({ $lt: b }) }).exec()) as string[];
        return ids.sort();
      });
    },
    async claimDigest(userId, before, at) {
      const uid = str(userId, "userId");
      const b = str(before, "before");
      const when = str(at, "at");
      return guard("notifications.claimDigest", async () => {
        const candidates = await N.find({ userId: uid, email: "digest", emailedAt: null, createdAt: mongoose.trusted({ $lt: b }) })
          .sort({ createdAt: 1, _id: 1 })
          .lean<NotificationDoc[]>()
          .exec();
        const claimed: NotificationRecord[] = [];
        for (const c of candidates) {
          const r = await N.updateOne({ _id: c._id, emailedAt: null }, { $set: { emailedAt: when } }).exec();
          if (r.modifiedCount === 1) claimed.push(fromDoc({ ...c, emailedAt: when }));
        }
        return claimed;
      });
    },
    async releaseEmail(ids) {
      if (ids.length === 0) return;
      const list = ids.map((i) => str(i, "id"));
      await guard("notifications.releaseEmail", async () => {
        await N.updateMany({ _id: mongoose.trusted({ $in: list }) }, { $set: { emailedAt: null } }).exec();
      });
    },
    async deleteCreatedBefore(before) {
      const b = str(before, "before");
      return guard("notifications.deleteCreatedBefore", async () => (await N.deleteMany({ createdAt: mongoose.trusted({ $lt: b }) }).exec()).deletedCount);
    },
  };
}
