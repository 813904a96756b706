import { NotificationPreferencesSchema, type NotificationPreferences } from "@jigsaw/shared/comments/schemas";
import { NotificationListSchema, type NotificationList } from "@jigsaw/shared/comments/types";
import { z } from "zod";
import { request, send } from "./http.ts";
import { data } from "./types.ts";

/** The signed-in member's notifications, newest first, and the unread count. */
export function listNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return request("GET", "/notifications?limit=30", NotificationListSchema, { signal });
}

/** Mark some notifications read; resolves to the new unread count. */
export async function markNotificationsRead(ids: string[]): Promise<number> {
  return (await request("POST", "/notifications/read", data(z.looseObject({ unreadCount: z.number() })), { body: { ids } })).data.unreadCount;
}

/** Mark every notification read. */
export async function markAllNotificationsRead(): Promise<void> {
  await send("POST", "/notifications/read-all", { body: {} });
}

/** The member's email preferences. */
export async function getNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return (await request("GET", "/notifications/preferences", data(NotificationPreferencesSchema), { signal })).data;
}

/** Change some email preferences. */
export async function updateNotificationPreferences(patch: Partial<NotificationPreferences>): Promise<NotificationPreferences> {
  return (await request("PUT", "/notifications/preferences", data(NotificationPreferencesSchema), { body: patch })).data;
}
