import type { NextFunction, Request, Response } from "express";
import { AuthenticationError } from "../errors.ts";
import type { ServerContext } from "../services/context.ts";
import { sessionFromRequest, type AuthSession } from "../services/sessions.ts";

declare module "express-serve-static-core" {
  interface Request {
    auth?: AuthSession;
  }
}

/** Attach the session (if any) to `req.auth`. */
export function loadSession(ctx: ServerContext) {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const s = await sessionFromRequest(ctx, req);
    if (s) req.auth = s;
    next();
  };
}

/** Require a signed-in user; returns the session. */
export function requireAuth(req: Request): AuthSession {
  if (!req.auth) {
    throw AuthenticationError();
  }
  return req.auth;
}
