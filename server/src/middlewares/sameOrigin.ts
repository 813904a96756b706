import type { NextFunction, Request, Response } from "express";
import { OriginError } from "../errors.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/** The request's origin from Origin, falling back to Referer. */
export function requestOrigin(headers: Record<string, string | string[] | undefined>): string | null {
  const origin = headers.origin;
  if (typeof origin === "string" && origin !== "null") return origin;
  const referer = headers.referer;
  if (typeof referer === "string") {
    try {
      return new URL(referer).origin;
    } catch {
      return null;
    }
  }
  return null;
}

/** True when the origin is exactly one of the allowed origins. */
export function isAllowedOrigin(origin: string | null, allowed: readonly string[]): boolean {
  return origin !== null && allowed.includes(origin);
}

/**
 * CSRF defence: state-changing requests must prove they come from an allowed
 * origin (exact match, never a prefix match).
 */
export function requireSameOrigin(allowed: readonly string[]) {
  return (req: Request, _res: Response, next: NextFunction) => {
    if (SAFE.has(req.method)) return next();
    if (!isAllowedOrigin(requestOrigin(req.headers), allowed)) {
      throw OriginError();
    }
    next();
  };
}
