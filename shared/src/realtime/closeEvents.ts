/**
 * Close codes for the Yjs sync endpoint. Server and client share them so the
 * client can tell the person what happened. They follow the y-websocket
 * client's convention: 4400–4499 are permanent (the stock provider stops
 * reconnecting), 4500–4599 and 4205 are transient (it reconnects).
 */
export interface CloseEvent {
  code: number;
  reason: string;
  /** Whether the client should reconnect on its own. */
  reconnect: boolean;
}

export const CloseEvents = {
  /** Role changed or membership removed: reconnect and be authorised again. */
  AuthorizationChanged: { code: 4205, reason: "Authorization changed", reconnect: true },
  AuthenticationFailed: { code: 4401, reason: "Authentication failed", reconnect: false },
  AuthorizationFailed: { code: 4403, reason: "Authorization failed", reconnect: false },
  NotFound: { code: 4404, reason: "Plan not found", reconnect: false },
  Timeout: { code: 4504, reason: "Connection timed out", reconnect: true },
  MessageTooLarge: { code: 4413, reason: "Message too large", reconnect: false },
  /**
   * A message that is not well-formed, or an update the server refused (fails validation, or Yjs
   * threw applying it). Only the sender's connection closes; the document and everyone else carry on.
   */
  MalformedMessage: { code: 4400, reason: "Malformed message", reconnect: false },
  RateLimited: { code: 4529, reason: "Too many messages", reconnect: true },
  SlowConsumer: { code: 4508, reason: "Client too slow", reconnect: true },
  TooManyConnections: { code: 4503, reason: "Too many connections", reconnect: true },
  ServerShuttingDown: { code: 4502, reason: "Server restarting", reconnect: true },
  StorageFailed: { code: 4500, reason: "Could not save changes", reconnect: true },
} as const satisfies Record<string, CloseEvent>;

/** Name of a close event. */
export type CloseEventName = keyof typeof CloseEvents;

/** Find the close event for a code, if it is one of ours. */
export function closeEventForCode(code: number): (CloseEvent & { name: CloseEventName }) | null {
  for (const [name, ev] of Object.entries(CloseEvents)) {
    if (ev.code === code) {
      return { name: name as CloseEventName, ...ev };
    }
  }
  return null;
}

/**
 * Reason of the y-protocols "permission denied" auth message (`[2, 0, reason]`) the sync endpoint
 * sends a read-only connection whose update it dropped. The connection stays open. Jigsaw's client
 * says the change was not saved and reloads the server's copy; a stock y-websocket client only logs
 * a console warning and keeps showing the unsaved edit (see docs/collaboration-protocol.md).
 */
export const READ_ONLY_REFUSAL = "read-only: your change was not saved";
