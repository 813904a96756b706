import type { NextFunction, Request, Response } from "express";
import type { ApiErrorBody } from "@jigsaw/shared/errors";
import { AppError, NotFoundError, ServiceUnavailableError } from "../errors.ts";
import { StorageUnavailableError } from "../storage/storageUnavailableError.ts";
import { log } from "../logging/logger.ts";

const httpLog = log("http");

/** Map any thrown value to an AppError that is safe to show. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof StorageUnavailableError) {
    return ServiceUnavailableError("The data store is temporarily unavailable. Please try again in a moment.");
  }
  const e = err as { type?: string; status?: number; statusCode?: number };
  if (e?.type === "entity.parse.failed") return new AppError(400, "invalid_json", "The request body is not valid JSON");
  if (e?.type === "entity.too.large") return new AppError(413, "payload_too_large", "The request body is too large");
  if (e?.type === "charset.unsupported" || e?.type === "encoding.unsupported") {
    return new AppError(415, "validation_error", "Unsupported request encoding");
  }
  // Other client errors raised by Express itself (a malformed %-escape in the
  // path, a corrupt gzip body, ...) are the caller's fault, not a 500.
  const status = e?.status ?? e?.statusCode;
  if (typeof status === "number" && status >= 400 && status < 500) {
    if (status === 404) return new AppError(404, "not_found", "Not found");
    return new AppError(status === 413 ? 413 : 400, status === 413 ? "payload_too_large" : "validation_error", "The request could not be understood");
  }
  return new AppError(500, "internal_error", "Something went wrong on our side. Please try again.");
}

/** The one Express error handler: `{ error: { id, message } }`, never a stack. */
export function errorHandler(err: unknown, req: Request, res: Response, _next: NextFunction): void {
  const appErr = toAppError(err);
  if (appErr.status >= 500) {
    httpLog.error({ err, method: req.method, url: req.originalUrl }, "request failed");
  } else {
    httpLog.info({ method: req.method, url: req.originalUrl, status: appErr.status, id: appErr.id, msg: appErr.message }, "request rejected");
  }
  if (res.headersSent) {
    res.end();
    return;
  }
  const body: ApiErrorBody = { error: { id: appErr.id, message: appErr.message } };
  res.status(appErr.status).json(body);
}

/** 404 for unknown API routes. */
export function apiNotFound(_req: Request, _res: Response, next: NextFunction): void {
  next(NotFoundError("No such API route"));
}
