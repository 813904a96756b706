import { timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { ForbiddenError } from "../errors.ts";
import { registry } from "./metrics.ts";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** A request made on this machine, not forwarded by a proxy (which would make every request look local). */
function directLoopback(req: Request): boolean {
  const h = req.headers;
  if (h["x-forwarded-for"] !== undefined || h.forwarded !== undefined || h["x-real-ip"] !== undefined) return false;
  return LOOPBACK.has(req.socket.remoteAddress ?? "");
}

function bearerMatches(req: Request, token: string): boolean {
  const m = /^Bearer (.+)$/.exec(req.headers.authorization ?? "");
  if (!m) return false;
  const given = Buffer.from(m[1]!);
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

/**
 * GET /metrics in the Prometheus text format. Readable by a direct loopback request (a scraper
 * on the same machine) or, when METRICS_TOKEN is set, by anyone presenting it as a bearer token.
 * Everyone else gets 403.
 */
export function metricsRoute(token: string | null) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if (!directLoopback(req) && !(token !== null && bearerMatches(req, token))) {
      return next(ForbiddenError("Metrics are readable from this machine or with METRICS_TOKEN"));
    }
    res.setHeader("Cache-Control", "no-store");
    res.type(registry.contentType).send(await registry.metrics());
  };
}
