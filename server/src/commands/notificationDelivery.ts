import { DEFAULT_NOTIFICATION_PREFERENCES, PREFERENCE_OF_KIND, type NotificationKind, type NotificationPreferences } from "@jigsaw/shared/comments/schemas";
import type { Services } from "../services/services.ts";
import type { NotificationEmailMode, NotificationRecord } from "../domain/notification.ts";
import { newId } from "../utils/ids.ts";

/** A notification to create (email mode comes from the recipient's preferences). */
export type NewNotification = Omit<NotificationRecord, "id" | "email" | "emailedAt" | "readAt" | "kind"> & { kind: NotificationKind };

/** A member's preferences, with defaults for anything unset. */
export async function preferencesOf(ctx: Services, userId: string): Promise<NotificationPreferences> {
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
 * Store notifications and announce each (`notification.created`, with the
 * recipient's unread count): subscribers push it to the recipient's sockets
 * (bell + unread count) and email the "immediate" ones in the background.
 */
export async function deliverNotifications(ctx: Services, items: NewNotification[]): Promise<NotificationRecord[]> {
  if (items.length === 0) return [];
  const records: NotificationRecord[] = [];
  for (const item of items) {
    const prefs = await preferencesOf(ctx, item.userId);
    const pref = prefs[PREFERENCE_OF_KIND[item.kind]];
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
    ctx.events.emit("notification.created", { notification: r, actorName: r.actorId ? (actorNames.get(r.actorId) ?? null) : null, unreadCount });
  }
  return records;
}
