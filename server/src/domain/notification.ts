/** How a notification is emailed: at once, in the next digest, or not at all. */
export type NotificationEmailMode = "immediate" | "digest" | "none";

/** One notification for one member. Text fields are plain text. */
export interface NotificationRecord {
  id: string;
  userId: string;
  partnershipId: string;
  planId: string | null;
  kind: string;
  threadId: string | null;
  commentId: string | null;
  actorId: string | null;
  title: string;
  excerpt: string;
  path: string;
  createdAt: string;
  readAt: string | null;
  email: NotificationEmailMode;
  /** Set when an email (immediate or digest) was claimed for it. */
  emailedAt: string | null;
}

/** A member's email preferences (see `NotificationPreferences` in shared/comments). */
export interface NotificationPreferenceRecord {
  userId: string;
  mention: string;
  reply: string;
  leadComment: string;
  agreementRequest: string;
  updatedAt: string;
}
