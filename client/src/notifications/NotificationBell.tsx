import { useEffect, useSyncExternalStore } from "react";
import { Link } from "react-router";
import { useDisclosure } from "../hooks/useDisclosure.ts";
import { formatDateTime, formatRelative } from "../utils/format.ts";
import { markAllRead, markRead, notificationSnapshot, refreshNotifications, startNotifications, subscribeNotifications } from "./notificationStore.ts";
import "./notifications.css";

/**
 * The header bell: unread count, and a panel listing recent notifications.
 * Opening one marks it read and goes to the plan with the thread highlighted.
 * Everything shown is plain text (React escapes it).
 */
export function NotificationBell() {
  const state = useSyncExternalStore(subscribeNotifications, notificationSnapshot);
  const { open, toggle, containerRef, buttonRef, close } = useDisclosure();
  useEffect(() => startNotifications(), []);
  useEffect(() => {
    if (open) void refreshNotifications();
  }, [open]);
  const n = state.unreadCount;
  const label = n === 0 ? "Notifications" : `Notifications, ${n} unread`;
  return (
    <div className="popover popover--end notification-bell" ref={containerRef}>
      <button type="button" ref={buttonRef} className="header-button notification-bell__button" aria-expanded={open} aria-controls="notification-panel" onClick={toggle} aria-label={label} data-unread={n}>
        <svg className="notification-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" fill="currentColor" />
        </svg>
        {n > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {n > 99 ? "99+" : n}
          </span>
        )}
      </button>
      <div id="notification-panel" className="popover__panel notification-panel" hidden={!open}>
        <div className="notification-panel__head">
          <h2 className="notification-panel__title">Notifications</h2>
          {n > 0 && (
            <button type="button" className="link-button" onClick={() => void markAllRead()}>
              Mark all as read
            </button>
          )}
        </div>
        {state.status === "error" && <p className="notification-panel__empty">Notifications could not be loaded.</p>}
        {state.status === "ready" && state.items.length === 0 && <p className="notification-panel__empty">Nothing yet. You will hear here when someone mentions you or replies.</p>}
        <ul className="notification-list">
          {state.items.map((item) => (
            <li key={item.id} className={`notification-list__item${item.readAt ? "" : " notification-list__item--unread"}`}>
              <Link
                to={item.path}
                className="notification-list__link"
                data-notification-kind={item.kind}
                onClick={() => {
                  void markRead(item.id);
                  close();
                }}
              >
                {!item.readAt && <span className="visually-hidden">Unread: </span>}
                <span className="notification-list__title">{item.title}</span>
                {item.excerpt && <span className="notification-list__excerpt">{item.excerpt}</span>}
                <time className="notification-list__time" dateTime={item.createdAt} title={formatDateTime(item.createdAt)}>
                  {formatRelative(item.createdAt)}
                </time>
              </Link>
            </li>
          ))}
        </ul>
        <p className="notification-panel__foot">
          <Link to="/account">Email settings</Link>
        </p>
      </div>
    </div>
  );
}
