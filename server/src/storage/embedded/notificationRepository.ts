import type { Db } from "./database.ts";
import type { NotificationEmailMode, NotificationRecord } from "../../domain/notification.ts";
import type { NotificationRepository } from "../types.ts";

interface NotificationRow {
  id: string;
  user_id: string;
  partnership_id: string;
  plan_id: string | null;
  kind: string;
  thread_id: string | null;
  comment_id: string | null;
  actor_id: string | null;
  title: string;
  excerpt: string;
  path: string;
  created_at: string;
  read_at: string | null;
  email: string;
  emailed_at: string | null;
}

function fromRow(r: NotificationRow): NotificationRecord {
  return {
    id: r.id,
    userId: r.user_id,
    partnershipId: r.partnership_id,
    planId: r.plan_id,
    kind: r.kind,
    threadId: r.thread_id,
    commentId: r.comment_id,
    actorId: r.actor_id,
    title: r.title,
    excerpt: r.excerpt,
    path: r.path,
    createdAt: r.created_at,
    readAt: r.read_at,
    email: r.email as NotificationEmailMode,
    emailedAt: r.emailed_at,
  };
}

/** SQLite notifications. Email claims are single UPDATEs, so two nodes never send the same email. */
export function createNotificationRepository(db: Db): NotificationRepository {
  const insert = db.prepare(`INSERT INTO notifications (id, user_id, partnership_id, plan_id, kind, thread_id, comment_id,
      actor_id, title, excerpt, path, created_at, read_at, email, emailed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`);
  const insertMany = db.transaction((records: NotificationRecord[]) => {
    for (const n of records) {
      insert.run(
        n.id, n.userId, n.partnershipId, n.planId, n.kind, n.threadId, n.commentId, n.actorId, n.title, n.excerpt,
        n.path, n.createdAt, n.readAt, n.email, n.emailedAt,
      );
    }
  });
  const byId = db.prepare<[string], NotificationRow>("SELECT * FROM notifications WHERE id = ?");
  const unread = db.prepare<[string], { n: number }>("SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL");
  const readAll = db.prepare("UPDATE notifications SET read_at = ? WHERE user_id = ? AND read_at IS NULL");
  const readOne = db.prepare("UPDATE notifications SET read_at = ? WHERE user_id = ? AND id = ? AND read_at IS NULL");
  const readSome = db.transaction((userId: string, ids: string[], at: string) => ids.reduce((n, id) => n + readOne.run(at, userId, id).changes, 0));
  const claimOne = db.prepare<[string, string], NotificationRow>(
    "UPDATE notifications SET emailed_at = ? WHERE id = ? AND email = 'immediate' AND emailed_at IS NULL RETURNING *",
  );
  const pendingUsers = db.prepare<[string], { user_id: string }>(
    "SELECT DISTINCT user_id FROM notifications WHERE email = 'digest' AND emailed_at IS NULL AND created_at < ? ORDER BY user_id",
  );
  const claimDigest = db.prepare<[string, string, string], NotificationRow>(
    `UPDATE notifications SET emailed_at = ? WHERE user_id = ? AND email = 'digest' AND emailed_at IS NULL AND created_at < ?
     RETURNING *`,
  );
  const release = db.prepare("UPDATE notifications SET emailed_at = NULL WHERE id = ?");
  const releaseMany = db.transaction((ids: string[]) => ids.forEach((id) => release.run(id)));

  const deleteOld = db.prepare("DELETE FROM notifications WHERE created_at < ?");
  return {
    async createMany(records) {
      if (records.length > 0) insertMany.immediate(records);
    },
    async findById(id) {
      const r = byId.get(id);
      return r ? fromRow(r) : null;
    },
    async listForUser(userId, options) {
      const limit = Math.min(Math.max(1, Math.floor(options.limit) || 50), 200);
      const where = ["user_id = ?"];
      const args: unknown[] = [userId];
      if (options.unreadOnly) where.push("read_at IS NULL");
      if (options.before) {
        where.push("created_at < ?");
        args.push(options.before);
      }
      const rows = db
        .prepare<unknown[], NotificationRow>(`SELECT * FROM notifications WHERE ${where.join(" AND ")} ORDER BY created_at DESC, id DESC LIMIT ?`)
        .all(...args, limit);
      return rows.map(fromRow);
    },
    async unreadCount(userId) {
      return unread.get(userId)!.n;
    },
    async markRead(userId, ids, readAt) {
      if (ids === null) return readAll.run(readAt, userId).changes;
      return readSome.immediate(userId, ids, readAt);
    },
    async claimImmediate(id, at) {
      const r = claimOne.get(at, id);
      return r ? fromRow(r) : null;
    },
    async usersWithPendingDigest(before) {
      return pendingUsers.all(before).map((r) => r.user_id);
    },
    async claimDigest(userId, before, at) {
      return claimDigest
        .all(at, userId, before)
        .map(fromRow)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    },
    async releaseEmail(ids) {
      if (ids.length > 0) releaseMany.immediate(ids);
    },
    async deleteCreatedBefore(before) {
      return deleteOld.run(before).changes;
    },
  };
}
