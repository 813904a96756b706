import { DEFAULT_NOTIFICATION_PREFERENCES, type NotificationKind, type NotificationPreferences } from "@jigsaw/shared/comments/schemas";
import { log } from "../logging/logger.ts";
import { sendImmediate } from "../mail/mailSender.ts";
import { presentNotification } from "../presenters/notification.ts";
import { publishToUser } from "../realtime/publish.ts";
import type { ServerContext } from "../services/context.ts";
import type { NotificationEmailMode, NotificationRecord } from "../domain/notification.ts";
import { newId } from "../utils/ids.ts";

const logger = log("commands");

/** A notification to create (email mode comes from the recipient's preferences). */
export type NewNotification = Omit<NotificationRecord, "id" | "email" | "emailedAt" | "readAt" | "kind"> & { kind: NotificationKind };

/** A member's preferences, with defaults for anything unset. */
export async function preferencesOf(ctx: ServerContext, userId: string): Promise<NotificationPreferences> {
  const stored = await ctx.storage.preferences.get(userId);
  if (!stored) return { ...DEFAULT_NOTIFICATION_PREFERENCES };
  const pick = (v: string, d: NotificationPreferences["mention"]) => (v === "immediate" || v === "digest" || v === "off" ? v : d);
  return {
    mention: pick(stored.mention, DEFAULT_NOTIFICATION_PREFERENCES.mention),
    reply: pick(stored.reply, DEFAULT_NOTIFICATION_PREFERENCES.reply),
    lead_comment: pick(stored.leadComment, DEFAULT_NOTIFICATION_PREFERENCES.lead_comment),
    agreement_request: pick(stored.agreementRequest, DEFAULT_NOTIFICATION_PREFERENCES.agreement_request),
  };
}

/**
 * Store notifications, push each to its recipient's sockets (bell + unread
 * count) and email the "immediate" ones. Emails are sent in the background:
 * the caller's request never waits for SMTP.
 */
export async function deliverNotifications(ctx: ServerContext, items: NewNotification[]): Promise<NotificationRecord[]> {
  if (items.length === 0) return [];
  const records: NotificationRecord[] = [];
  for (const item of items) {
    const prefs = await preferencesOf(ctx, item.userId);
    const pref = prefs[item.kind];
    const email: NotificationEmailMode = pref === "off" ? "none" : pref;
    records.push({ ...item, id: newId(), readAt: null, email, emailedAt: null });
  }
  await ctx.storage.notifications.createMany(records);
  const actorNames = new Map<string, string | null>();
  for (const r of records) {
    if (r.actorId && !actorNames.has(r.actorId)) actorNames.set(r.actorId, (await ctx.storage.users.findById(r.actorId))?.displayName ?? null);
  }
  for (const r of records) {
    const unreadCount = await ctx.storage.notifications.unreadCount(r.userId);
    publishToUser(ctx, r.userId, "notification.created", {
      notification: presentNotification(r, r.actorId ? (actorNames.get(r.actorId) ?? null) : null),
      unreadCount,
    });
    if (r.email === "immediate") {
      void sendImmediate(ctx, r.id).catch((err: unknown) => logger.error({ err, notificationId: r.id }, "immediate email failed"));
    }
  }
  return records;
}
