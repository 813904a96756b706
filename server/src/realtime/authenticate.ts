import type { IncomingMessage } from "node:http";
import type { ExtendedError } from "socket.io";
import { log } from "../logging/logger.ts";
import { isAllowedOrigin } from "../middlewares/sameOrigin.ts";
import type { ServerContext } from "../services/context.ts";
import { sessionFromRequest } from "../services/sessions.ts";
import type { RealtimeSocket } from "./types.ts";

const realtimeLog = log("realtime");

/**
 * engine.io `allowRequest`: refuse any handshake whose Origin header is not
 * exactly one of the allowed origins. CORS does not protect websockets, and
 * browsers always send Origin on a websocket handshake, so a missing Origin is
 * refused too.
 */
export function originGate(ctx: ServerContext) {
  return (req: IncomingMessage, cb: (err: string | null | undefined, success: boolean) => void): void => {
    const origin = typeof req.headers.origin === "string" ? req.headers.origin : null;
    if (isAllowedOrigin(origin, ctx.config.allowedOrigins)) {
      cb(null, true);
      return;
    }
    realtimeLog.warn({ origin }, "socket refused: origin not allowed");
    cb("origin_not_allowed", false);
  };
}

function refusal(id: "authentication_required" | "internal_error", message: string): ExtendedError {
  const err: ExtendedError = new Error(id);
  err.data = { id, message };
  return err;
}

/**
 * socket.io middleware: the session cookie sent with the handshake must be a
 * live session. The user's id, name and partnerships go on `socket.data`.
 * A refused client gets `connect_error` with `message` = the error id and
 * `data` = `{ id, message }`, and does not reconnect by itself.
 */
export function sessionGate(ctx: ServerContext) {
  return (socket: RealtimeSocket, next: (err?: ExtendedError) => void): void => {
    void (async () => {
      try {
        const auth = await sessionFromRequest(ctx, socket.request);
        if (!auth) {
          next(refusal("authentication_required", "Sign in to continue"));
          return;
        }
        const memberships = await ctx.storage.partnerships.listForUser(auth.user.id);
        socket.data = {
          userId: auth.user.id,
          sessionId: auth.sessionId,
          displayName: auth.user.displayName,
          partnershipIds: memberships.map((m) => m.partnership.id),
        };
        next();
      } catch (err) {
        realtimeLog.error({ err }, "socket authentication failed");
        next(refusal("internal_error", "Something went wrong. Try again."));
      }
    })();
  };
}
