import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";

/** What every log line written while serving one request carries. */
export interface RequestContext {
  reqId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The request being served by the current async context, if any. */
export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** An incoming X-Request-Id we keep (a proxy's or a caller's): short, printable, no spaces. */
const SANE_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** The request id for `incoming` (the X-Request-Id header): kept when sane, otherwise a new UUID. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === "string" && SANE_ID.test(incoming) ? incoming : randomUUID();
}

/** Run `fn` as the handling of a request with id `reqId` (e.g. a websocket upgrade, which Express never sees). */
export function runInRequest<T>(reqId: string, fn: () => T): T {
  return storage.run({ reqId }, fn);
}

/**
 * Give each request an id (a sane incoming X-Request-Id, else a new UUID), answer it in the
 * X-Request-Id header and run the rest of the request in its context, so that every log line
 * written on its behalf carries `reqId` (the logger's mixin reads it).
 */
export function requestId() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const reqId = requestIdFor(req.headers["x-request-id"]);
    res.setHeader("X-Request-Id", reqId);
    storage.run({ reqId }, next);
  };
}
