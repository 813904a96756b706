import type { SessionRecord } from "../../domain/session.ts";

/** Server-side sessions. */
export interface SessionRepository {
  create(session: SessionRecord): Promise<void>;
  findById(id: string): Promise<SessionRecord | null>;
  touch(id: string, lastSeenAt: string): Promise<void>;
  delete(id: string): Promise<void>;
  /** Every session of a user (for "your data"). */
  listForUser(userId: string): Promise<SessionRecord[]>;
  /** Sign out everywhere. Returns how many were removed. */
  deleteAllForUser(userId: string): Promise<number>;
  /** Remove sessions expired by `now` or idle since `idleBefore`. */
  deleteExpired(now: string, idleBefore: string): Promise<number>;
}
