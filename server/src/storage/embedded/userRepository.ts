import type { Db } from "./database.ts";
import { DuplicateError } from "../../domain/errors.ts";
import type { UserErasure, UserRecord } from "../../domain/user.ts";
import type { UserRepository } from "../types.ts";

interface Row {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  created_at: string;
  email_verified_at: string | null;
  totp_secret: string | null;
  totp_last_step: number | null;
  erased_at: string | null;
}

function toRecord(r: Row): UserRecord {
  return {
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    createdAt: r.created_at,
    emailVerifiedAt: r.email_verified_at,
    totpSecret: r.totp_secret,
    totpLastStep: r.totp_last_step,
    erasedAt: r.erased_at,
  };
}

/** SQLite users. */
export function createUserRepository(db: Db): UserRepository {
  const insert = db.prepare(
    "INSERT INTO users (id, email, display_name, password_hash, created_at, email_verified_at, totp_secret, erased_at, totp_last_step) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
  );
  const byId = db.prepare<[string], Row>("SELECT * FROM users WHERE id = ?");
  const byEmail = db.prepare<[string], Row>("SELECT * FROM users WHERE email = ?");
  const setName = db.prepare("UPDATE users SET display_name = ? WHERE id = ?");
  const setHash = db.prepare("UPDATE users SET password_hash = ? WHERE id = ?");
  const setVerified = db.prepare("UPDATE users SET email_verified_at = ? WHERE id = ? AND email_verified_at IS NULL");
  const setTotp = db.prepare("UPDATE users SET totp_secret = ? WHERE id = ?");
  const claimStep = db.prepare("UPDATE users SET totp_last_step = ? WHERE id = ? AND (totp_last_step IS NULL OR totp_last_step < ?)");
  const scrub = db.prepare(
    "UPDATE users SET email = ?, display_name = ?, password_hash = '!erased', email_verified_at = NULL, totp_secret = NULL, erased_at = ? WHERE id = ?",
  );
  const personal = ["sessions", "auth_tokens", "notification_preferences", "notifications", "plan_visits"].map((t) =>
    db.prepare(`DELETE FROM ${t} WHERE user_id = ?`),
  );
  const eraseTx = db.transaction((id: string, e: UserErasure) => {
    scrub.run(e.email, e.displayName, e.at, id);
    for (const stmt of personal) stmt.run(id);
  });
  return {
    async create(u) {
      try {
        insert.run(u.id, u.email, u.displayName, u.passwordHash, u.createdAt, u.emailVerifiedAt ?? null, u.totpSecret ?? null, u.erasedAt ?? null, u.totpLastStep ?? null);
      } catch (err) {
        if ((err as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE" || (err as { code?: string }).code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
          throw new DuplicateError("email");
        }
        throw err;
      }
    },
    async findById(id) {
      const r = byId.get(id);
      return r ? toRecord(r) : null;
    },
    async findByEmail(email) {
      const r = byEmail.get(email);
      return r ? toRecord(r) : null;
    },
    async updateDisplayName(id, displayName) {
      setName.run(displayName, id);
    },
    async setPasswordHash(id, passwordHash) {
      setHash.run(passwordHash, id);
    },
    async markEmailVerified(id, at) {
      setVerified.run(at, id);
    },
    async claimTotpStep(id, step) {
      return claimStep.run(step, id, step).changes === 1;
    },
    async setTotpSecret(id, secret) {
      setTotp.run(secret, id);
    },
    async erase(id, erasure) {
      eraseTx.immediate(id, erasure);
    },
  };
}
