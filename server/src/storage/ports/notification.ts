import type { NotificationPreferenceRecord, NotificationRecord } from "../../domain/notification.ts";

/** Stored notifications: the bell, read state and email claims. */
export interface NotificationRepository {
  createMany(records: NotificationRecord[]): Promise<void>;
  findById(id: string): Promise<NotificationRecord | null>;
  /** Newest first, at most `limit` (max 200), optionally only unread or older than `before`. */
  listForUser(userId: string, options: { limit: number; unreadOnly?: boolean; before?: string }): Promise<NotificationRecord[]>;
  unreadCount(userId: string): Promise<number>;
  /** Mark some (or, with `ids` null, all) of the user's notifications read. Returns how many changed. */
  markRead(userId: string, ids: string[] | null, readAt: string): Promise<number>;
  /**
   * Atomically claim an immediate email: sets `emailedAt` when it is unset and
   * the mode is "immediate"; returns the record if this call claimed it.
   */
  claimImmediate(id: string, at: string): Promise<NotificationRecord | null>;
  /** Users with digest notifications created before `before` and not emailed yet. */
  usersWithPendingDigest(before: string): Promise<string[]>;
  /** Atomically claim a user's pending digest notifications created before `before`, oldest first. */
  claimDigest(userId: string, before: string, at: string): Promise<NotificationRecord[]>;
  /** Undo a claim after a failed send, so the next run retries. */
  releaseEmail(ids: string[]): Promise<void>;
  /** Retention: delete every notification created before `before` (read or not). Returns how many. */
  deleteCreatedBefore(before: string): Promise<number>;
}

/** Email preferences per member. */
export interface PreferenceRepository {
  get(userId: string): Promise<NotificationPreferenceRecord | null>;
  put(record: NotificationPreferenceRecord): Promise<void>;
}
