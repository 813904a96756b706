import { parse as parseCookie, serialize as serializeCookie } from "cookie";
import type { IncomingMessage } from "node:http";
import type { ServerContext } from "./context.ts";
import type { UserRecord } from "../domain/user.ts";
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

/**
 * End one session (sign out, or rotation at sign-in) and tell every node, so
 * that connections and cached upgrade decisions made with it go at once.
 */
export async function endSession(ctx: ServerContext, auth: Pick<AuthSession, "sessionId" | "user">): Promise<void> {
  await ctx.storage.sessions.delete(auth.sessionId);
  ctx.events.emit("session.ended", { sessionId: auth.sessionId, userId: auth.user.id });
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
  /** Absolute expiry (epoch ms). */
  expiresAt: number;
  /** Last activity as stored once this request was handled (epoch ms). */
  lastSeenAt: number;
}

/** True while a session is inside both its absolute and its idle limit. */
export function sessionAlive(ctx: ServerContext, s: { expiresAt: number; lastSeenAt: number }, now: number): boolean {
  return s.expiresAt > now && s.lastSeenAt + ctx.config.sessionIdleMs > now;
}

/**
 * How stale `lastSeenAt` may get before a request writes it again: one write
 * a minute, but never so coarse that an active session with a short idle
 * limit expires between touches.
 */
export function sessionTouchInterval(ctx: ServerContext): number {
  return Math.min(60_000, ctx.config.sessionIdleMs / 10);
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
  const times = { expiresAt: Date.parse(session.expiresAt), lastSeenAt: Date.parse(session.lastSeenAt) };
  if (!sessionAlive(ctx, times, now)) {
    await ctx.storage.sessions.delete(id);
    return null;
  }
  const user = await ctx.storage.users.findById(session.userId);
  if (!user) return null;
  if (now - times.lastSeenAt > sessionTouchInterval(ctx)) {
    await ctx.storage.sessions.touch(id, new Date(now).toISOString());
    times.lastSeenAt = now;
  }
  return { sessionId: id, user, ...times };
}
