import type { NotificationPreferences } from "@jigsaw/shared/comments/schemas";
import type { NotificationList } from "@jigsaw/shared/comments/types";
import { request } from "./http.ts";

/** The signed-in member's notifications, newest first, and the unread count. */
export function listNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return request<NotificationList>("GET", "/notifications?limit=30", { signal });
}

/** Mark some notifications read; resolves to the new unread count. */
export async function markNotificationsRead(ids: string[]): Promise<number> {
  return (await request<{ data: { unreadCount: number } }>("POST", "/notifications/read", { body: { ids } })).data.unreadCount;
}

/** Mark every notification read. */
export async function markAllNotificationsRead(): Promise<void> {
  await request("POST", "/notifications/read-all", { body: {} });
}

/** The member's email preferences. */
export async function getNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return (await request<{ data: NotificationPreferences }>("GET", "/notifications/preferences", { signal })).data;
}

/** Change some email preferences. */
export async function updateNotificationPreferences(patch: Partial<NotificationPreferences>): Promise<NotificationPreferences> {
  return (await request<{ data: NotificationPreferences }>("PUT", "/notifications/preferences", { body: patch })).data;
}
