import type { PresentedNotification } from "@jigsaw/shared/comments/types";
import { connectSocket, getSocket } from "../realtime/socket.ts";
import { listNotifications, markAllNotificationsRead, markNotificationsRead } from "../api/notifications.ts";

/** What the bell shows. */
export interface NotificationState {
  status: "idle" | "loading" | "ready" | "error";
  items: PresentedNotification[];
  unreadCount: number;
}

let state: NotificationState = { status: "idle", items: [], unreadCount: 0 };
const listeners = new Set<() => void>();
let started = false;

function set(next: NotificationState): void {
  state = next;
  for (const l of listeners) l();
}

/** Load the list from the API (on start, after reconnecting, when the bell opens). */
export async function refreshNotifications(): Promise<void> {
  if (state.status === "idle") set({ ...state, status: "loading" });
  try {
    const r = await listNotifications();
    set({ status: "ready", items: r.data, unreadCount: r.unreadCount });
  } catch {
    set({ ...state, status: state.items.length > 0 ? "ready" : "error" });
  }
}

/**
 * Start following notifications for the signed-in member: first load, then
 * live `notification.created` / `notification.read` pushes on this tab's
 * socket, and a reload after every reconnect (missed pushes are not replayed).
 */
export function startNotifications(): () => void {
  if (!started) {
    started = true;
    const socket = getSocket();
    socket.on("notification.created", (p) => {
      if (state.items.some((n) => n.id === p.notification.id)) return;
      set({ status: "ready", items: [p.notification, ...state.items].slice(0, 50), unreadCount: p.unreadCount });
    });
    socket.on("notification.read", (p) => {
      const at = new Date().toISOString();
      set({
        ...state,
        unreadCount: p.unreadCount,
        items: state.items.map((n) => (p.ids === null || p.ids.includes(n.id) ? { ...n, readAt: n.readAt ?? at } : n)),
      });
    });
    socket.on("connect", () => void refreshNotifications());
  }
  connectSocket();
  void refreshNotifications();
  return () => {};
}

/** Mark one notification read (optimistically). */
export async function markRead(id: string): Promise<void> {
  const n = state.items.find((x) => x.id === id);
  if (!n || n.readAt) return;
  set({ ...state, unreadCount: Math.max(0, state.unreadCount - 1), items: state.items.map((x) => (x.id === id ? { ...x, readAt: new Date().toISOString() } : x)) });
  try {
    const unreadCount = await markNotificationsRead([id]);
    set({ ...state, unreadCount });
  } catch {
    void refreshNotifications();
  }
}

/** Mark everything read. */
export async function markAllRead(): Promise<void> {
  const at = new Date().toISOString();
  set({ ...state, unreadCount: 0, items: state.items.map((n) => ({ ...n, readAt: n.readAt ?? at })) });
  try {
    await markAllNotificationsRead();
  } catch {
    void refreshNotifications();
  }
}

/** Subscribe (for useSyncExternalStore). */
export function subscribeNotifications(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current state (for useSyncExternalStore). */
export function notificationSnapshot(): NotificationState {
  return state;
}
