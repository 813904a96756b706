/** Authorization of a collaboration websocket upgrade: who the user is, whether they may read the plan, and whether read-only. */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { IdSchema } from "@jigsaw/shared/domain/id";
import type { Role } from "@jigsaw/shared/domain/role";
import { SECTOR_COLOURS } from "@jigsaw/shared/domain/sector";
import { log } from "../logging/logger.ts";
import { isAllowedOrigin } from "../middlewares/sameOrigin.ts";
import { canPlan } from "../policies/index.ts";
import { actorForPlan } from "../queries/planActor.ts";
import type { ServerContext } from "../services/context.ts";
import { sessionAlive, sessionFromRequest, sessionTouchInterval, tokenFromRequest } from "../services/sessions.ts";
import { hashToken } from "../utils/ids.ts";
import type { AwarenessIdentity } from "./awareness.ts";
import type { CachedSession, CachedUpgrade, UpgradeAuthCache } from "./upgradeAuthCache.ts";

const logger = log("collaboration");

/** Path prefix of the sync endpoint (`collabPath(planId)` = `/collab/<planId>`). */
export const COLLAB_PREFIX = "/collab/";

/** What an authorised connection may do, decided once at the upgrade. */
export interface CollabAccess {
  planId: string;
  partnershipId: string;
  userId: string;
  sessionId: string;
  role: Role;
  readOnly: boolean;
  identity: AwarenessIdentity;
}

/** The upgrade decision: an access, or an HTTP refusal. */
export type UpgradeDecision =
  | { ok: true; access: CollabAccess; session: CachedSession }
  | { ok: false; status: 400 | 401 | 403 | 404; message: string };

/** True when the request targets the sync endpoint (any path under /collab/). */
export function isCollabRequest(req: IncomingMessage): boolean {
  return typeof req.url === "string" && req.url.startsWith(COLLAB_PREFIX);
}

/** The plan id of a `/collab/<planId>[?query]` URL, or null when malformed. */
export function planIdFromUrl(url: string): string | null {
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (!path.startsWith(COLLAB_PREFIX)) return null;
  const id = path.slice(COLLAB_PREFIX.length);
  return IdSchema.safeParse(id).success ? id : null;
}

/**
 * Authenticate and authorise an upgrade request: exact Origin allowlist,
 * session cookie, then plan policy (`read` to connect, `edit` to write).
 * Non-members and unknown plans get 404 alike.
 */
export async function authorizeUpgrade(ctx: ServerContext, req: IncomingMessage): Promise<UpgradeDecision> {
  const origin = typeof req.headers.origin === "string" ? req.headers.origin : null;
  if (!isAllowedOrigin(origin, ctx.config.allowedOrigins)) {
    return { ok: false, status: 403, message: "Origin not allowed" };
  }
  const session = await sessionFromRequest(ctx, req);
  if (!session) return { ok: false, status: 401, message: "Sign in to continue" };
  const planId = planIdFromUrl(req.url ?? "");
  if (!planId) return { ok: false, status: 404, message: "Plan not found" };
  const { actor, plan, membership } = await actorForPlan(ctx, session.user.id, planId);
  if (!plan || !membership || !canPlan(actor, "read", plan)) {
    return { ok: false, status: 404, message: "Plan not found" };
  }
  return {
    ok: true,
    session: { expiresAt: session.expiresAt, lastSeenAt: session.lastSeenAt },
    access: {
      planId,
      partnershipId: plan.partnershipId,
      userId: session.user.id,
      sessionId: session.sessionId,
      role: membership.role,
      readOnly: !canPlan(actor, "edit", plan),
      identity: {
        id: session.user.id,
        name: session.user.displayName,
        sector: membership.sector,
        organisation: membership.organisation,
        colour: SECTOR_COLOURS[membership.sector],
      },
    },
  };
}

/**
 * A decision `authorizeUpgrade` made earlier for this request's session and
 * plan, when it may stand in for a new one: same exact Origin check first,
 * then the session still inside its absolute and idle limits. When the
 * session's activity write is due it is written in the background, once for
 * all of the session's decisions (a failed write drops them). Null means
 * "run `authorizeUpgrade`"; this never refuses on its own.
 */
export function cachedUpgrade(ctx: ServerContext, cache: UpgradeAuthCache, req: IncomingMessage, now: number): CachedUpgrade | null {
  const origin = typeof req.headers.origin === "string" ? req.headers.origin : null;
  if (!isAllowedOrigin(origin, ctx.config.allowedOrigins)) return null;
  const token = tokenFromRequest(req);
  const planId = token ? planIdFromUrl(req.url ?? "") : null;
  if (!token || !planId) return null;
  const hit = cache.get(hashToken(token), planId, now);
  if (!hit || !sessionAlive(ctx, hit.session, now)) return null;
  if (now - hit.session.lastSeenAt > sessionTouchInterval(ctx)) {
    const sessionId = hit.access.sessionId;
    cache.seen(sessionId, now);
    ctx.storage.sessions.touch(sessionId, new Date(now).toISOString()).catch((err: unknown) => {
      logger.warn({ err }, "session activity write failed; its upgrade decisions are dropped");
      cache.dropSession(sessionId);
    });
  }
  return hit;
}

const STATUS_TEXT: Record<number, string> = { 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 503: "Service Unavailable" };

/** Refuse an upgrade with a plain HTTP response, before any websocket handshake. */
export function refuseUpgrade(socket: Duplex, status: number, message: string): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({ error: { message } });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? "Error"}\r\n` +
      "Connection: close\r\nContent-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
