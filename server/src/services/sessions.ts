import { parse as parseCookie, serialize as serializeCookie } from "cookie";
import type { IncomingMessage } from "node:http";
import type { ServerContext } from "./context.ts";
import type { UserRecord } from "../storage/types.ts";
import { hashToken, newToken } from "../utils/ids.ts";

/** Name of the session cookie. */
export const SESSION_COOKIE = "jigsaw_session";

/** Create a session for a user; returns the cookie token (never stored). */
export async function startSession(ctx: ServerContext, userId: string): Promise<string> {
  const token = newToken();
  const now = Date.now();
  await ctx.storage.sessions.create({
    id: hashToken(token),
    userId,
    createdAt: new Date(now).toISOString(),
    lastSeenAt: new Date(now).toISOString(),
    expiresAt: new Date(now + ctx.config.sessionAbsoluteMs).toISOString(),
  });
  return token;
}

/** The Set-Cookie value for a session token (or to clear it when token is null). */
export function sessionCookie(ctx: ServerContext, token: string | null): string {
  return serializeCookie(SESSION_COOKIE, token ?? "", {
    httpOnly: true,
    sameSite: "lax",
    secure: ctx.config.secureCookies,
    path: "/",
    maxAge: token ? Math.floor(ctx.config.sessionAbsoluteMs / 1000) : 0,
  });
}

/** Read the session token from a request's Cookie header. */
export function tokenFromRequest(req: Pick<IncomingMessage, "headers">): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  const value = parseCookie(header)[SESSION_COOKIE];
  return value && value.length > 0 && value.length < 200 ? value : null;
}

/** An authenticated session. */
export interface AuthSession {
  sessionId: string;
  user: UserRecord;
}

/**
 * Resolve a request's session, enforcing idle and absolute expiry. Expired
 * sessions are deleted. Used by REST, socket.io and the Yjs endpoint alike.
 */
export async function sessionFromRequest(ctx: ServerContext, req: Pick<IncomingMessage, "headers">): Promise<AuthSession | null> {
  const token = tokenFromRequest(req);
  if (!token) return null;
  const id = hashToken(token);
  const session = await ctx.storage.sessions.findById(id);
  if (!session) return null;
  const now = Date.now();
  const idleLimit = Date.parse(session.lastSeenAt) + ctx.config.sessionIdleMs;
  if (Date.parse(session.expiresAt) <= now || idleLimit <= now) {
    await ctx.storage.sessions.delete(id);
    return null;
  }
  const user = await ctx.storage.users.findById(session.userId);
  if (!user) return null;
  // Throttle writes to one a minute, but never so coarsely that an active
  // session with a short idle limit expires between touches.
  const touchEvery = Math.min(60_000, ctx.config.sessionIdleMs / 10);
  if (now - Date.parse(session.lastSeenAt) > touchEvery) {
    await ctx.storage.sessions.touch(id, new Date(now).toISOString());
  }
  return { sessionId: id, user };
}
