import type { Db } from "./database.ts";
import type { SessionRecord } from "../../domain/session.ts";
import type { SessionRepository } from "../types.ts";

interface Row {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

/** SQLite sessions. */
export function createSessionRepository(db: Db): SessionRepository {
  const insert = db.prepare(
    "INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
  );
  const byId = db.prepare<[string], Row>("SELECT * FROM sessions WHERE id = ?");
  const touch = db.prepare("UPDATE sessions SET last_seen_at = ? WHERE id = ?");
  const del = db.prepare("DELETE FROM sessions WHERE id = ?");
  const delUser = db.prepare("DELETE FROM sessions WHERE user_id = ?");
  const byUser = db.prepare<[string], Row>("SELECT * FROM sessions WHERE user_id = ? ORDER BY created_at, id");
  const delExpired = db.prepare("DELETE FROM sessions WHERE expires_at <= ? OR last_seen_at <= ?");
  return {
    async create(s: SessionRecord) {
      insert.run(s.id, s.userId, s.createdAt, s.lastSeenAt, s.expiresAt);
    },
    async listForUser(userId) {
      return byUser.all(userId).map((r) => ({ id: r.id, userId: r.user_id, createdAt: r.created_at, lastSeenAt: r.last_seen_at, expiresAt: r.expires_at }));
    },
    async findById(id) {
      const r = byId.get(id);
      return r
        ? { id: r.id, userId: r.user_id, createdAt: r.created_at, lastSeenAt: r.last_seen_at, expiresAt: r.expires_at }
        : null;
    },
    async touch(id, lastSeenAt) {
      touch.run(lastSeenAt, id);
    },
    async delete(id) {
      del.run(id);
    },
    async deleteAllForUser(userId) {
      return delUser.run(userId).changes;
    },
    async deleteExpired(now, idleBefore) {
      return delExpired.run(now, idleBefore).changes;
    },
  };
}
