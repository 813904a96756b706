import type { Db } from "./database.ts";
import type { AuthTokenPurpose, AuthTokenRecord } from "../../domain/authToken.ts";
import type { AuthTokenRepository } from "../types.ts";

interface Row {
  id: string;
  user_id: string;
  purpose: AuthTokenPurpose;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

function toRecord(r: Row): AuthTokenRecord {
  return { id: r.id, userId: r.user_id, purpose: r.purpose, createdAt: r.created_at, expiresAt: r.expires_at, usedAt: r.used_at };
}

/** SQLite single-use links. */
export function createAuthTokenRepository(db: Db): AuthTokenRepository {
  const insert = db.prepare("INSERT INTO auth_tokens (id, user_id, purpose, created_at, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?)");
  const consume = db.prepare<[string, string, string, string], Row>(
    "UPDATE auth_tokens SET used_at = ? WHERE id = ? AND purpose = ? AND used_at IS NULL AND expires_at > ? RETURNING *",
  );
  const byId = db.prepare<[string], Row>("SELECT * FROM auth_tokens WHERE id = ?");
  const delUser = db.prepare("DELETE FROM auth_tokens WHERE user_id = ? AND purpose = ?");
  const delExpired = db.prepare("DELETE FROM auth_tokens WHERE expires_at <= ?");
  return {
    async create(t) {
      insert.run(t.id, t.userId, t.purpose, t.createdAt, t.expiresAt, t.usedAt);
    },
    async findById(id) {
      const r = byId.get(id);
      return r ? toRecord(r) : null;
    },
    async consume(id, purpose, now) {
      const r = consume.get(now, id, purpose, now);
      return r ? toRecord(r) : null;
    },
    async deleteForUser(userId, purpose) {
      return delUser.run(userId, purpose).changes;
    },
    async deleteExpired(before) {
      return delExpired.run(before).changes;
    },
  };
}
