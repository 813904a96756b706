import type { Services } from "../services/services.ts";

/**
 * Mark a member's notifications read (`ids` null = all) and announce
 * `notifications.read` with the unread count after (their other tabs update
 * the bell). Resolves to that count.
 */
export async function markNotificationsRead(ctx: Services, userId: string, ids: string[] | null): Promise<number> {
  await ctx.storage.notifications.markRead(userId, ids, new Date().toISOString());
  const unreadCount = ids === null ? 0 : await ctx.storage.notifications.unreadCount(userId);
  ctx.events.emit("notifications.read", { userId, ids, unreadCount });
  return unreadCount;
}
