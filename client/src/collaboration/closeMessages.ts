import { closeEventForCode, type CloseEventName } from "@jigsaw/shared/realtime/closeEvents";

const MESSAGES: Record<CloseEventName, string> = {
  AuthorizationChanged: "Your role changed — reconnecting",
  AuthenticationFailed: "Your session has ended — sign in again",
  AuthorizationFailed: "You no longer have access",
  NotFound: "This plan is no longer available",
  Timeout: "The connection timed out — reconnecting",
  MessageTooLarge: "A change was too large to send — reconnecting",
  MalformedMessage: "A change could not be read — reconnecting",
  RateLimited: "Too many changes at once — reconnecting shortly",
  SlowConsumer: "The connection is too slow — reconnecting",
  TooManyConnections: "The server is busy — reconnecting shortly",
  ServerShuttingDown: "The server is restarting — reconnecting",
  StorageFailed: "The server could not save a change — reconnecting",
};

/** What a close of the sync connection means for the person, and what to do next. */
export interface CloseOutcome {
  /** Sentence shown in the connection status (null for ordinary network drops). */
  message: string | null;
  /** Reconnect automatically (with backoff)? */
  reconnect: boolean;
  /** The person cannot open this plan any more. */
  denied: boolean;
  /** The session is gone: sign in again. */
  signedOut: boolean;
}

/**
 * Map a websocket close code from the sync endpoint (see `CloseEvents` in
 * shared/src/realtime/closeEvents.ts) to a message and a reconnect decision.
 * Unknown codes (1006 network loss, 1001 going away …) reconnect quietly.
 */
export function closeOutcome(code: number): CloseOutcome {
  const ev = closeEventForCode(code);
  if (!ev) return { message: null, reconnect: true, denied: false, signedOut: false };
  return {
    message: MESSAGES[ev.name],
    reconnect: ev.reconnect,
    denied: ev.name === "AuthorizationFailed" || ev.name === "NotFound",
    signedOut: ev.name === "AuthenticationFailed",
  };
}
