import type { ApiErrorBody } from "@jigsaw/shared/errors";
import { ERROR_IDS } from "@jigsaw/shared/errors";
import type { z } from "zod";
import { ApiError, UnexpectedResponseError } from "./ApiError.ts";
import { parseWhenIdle } from "./idleParse.ts";

type Listener = (error: ApiError) => void;
const unauthenticatedListeners = new Set<Listener>();

/**
 * Be told when any request fails because the session has ended, so the app can
 * forget the user and send them to sign in. Returns an unsubscribe function.
 */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/** Options for one request. */
export interface RequestOptions {
  body?: unknown;
  /** A non-JSON body (e.g. a CSV file as `text/csv`); used instead of `body`. */
  rawBody?: { text: string; type: string };
  signal?: AbortSignal;
  /** Do not broadcast a 401 (used by the "who am I" probe and page-unload beacons). */
  quietUnauthenticated?: boolean;
  /** Let the request finish while the page unloads. */
  keepalive?: boolean;
}

/**
 * Call the Jigsaw API and check its answer: the body is parsed with `schema`
 * (a shared zod response schema), and a body that does not match rejects with
 * an `UnexpectedResponseError` instead of reaching the caller unchecked.
 */
export async function request<S extends z.ZodType>(method: string, path: string, schema: S, opts: RequestOptions = {}): Promise<z.output<S>> {
  const body = await call(method, path, opts);
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new UnexpectedResponseError(method, path, parsed.error.issues);
  return parsed.data;
}

/** Options for `requestWhenIdle`. */
export interface IdleRequestOptions<T> extends RequestOptions {
  /**
   * An answer already checked that this body is the same as (e.g. the same
   * ETag), returned instead of checking the body again. It must be a value
   * this function returned before, never the body itself.
   */
  checkedBefore?: (body: unknown) => T | undefined;
}

/**
 * `request` for a large answer (the outcomes model): the body is checked with
 * `schema` just as strictly, and a body that does not match still rejects with
 * an `UnexpectedResponseError`, but the check waits for the browser to be idle
 * and runs in short slices, so it adds no long task to a page's load.
 */
export async function requestWhenIdle<S extends z.ZodType>(method: string, path: string, schema: S, opts: IdleRequestOptions<z.output<S>> = {}): Promise<z.output<S>> {
  const body = await call(method, path, opts);
  const known = opts.checkedBefore?.(body);
  if (known !== undefined) return known;
  const parsed = await parseWhenIdle(schema, body, opts.signal);
  if (!parsed.success) throw new UnexpectedResponseError(method, path, parsed.issues);
  return parsed.data;
}

/** Call the Jigsaw API for its effect only: whatever the answer carries is not read (204 or a body the caller has no use for). */
export async function send(method: string, path: string, opts: RequestOptions = {}): Promise<void> {
  await call(method, path, opts);
}

/**
 * One round trip: JSON in and out, same-origin cookies, typed errors.
 * Resolves to the parsed JSON body (or `undefined` for 204).
 */
async function call(method: string, path: string, opts: RequestOptions): Promise<unknown> {
  const headers: Record<string, string> = { accept: "application/json" };
  let body: string | undefined;
  if (opts.rawBody !== undefined) {
    headers["content-type"] = opts.rawBody.type;
    body = opts.rawBody.text;
  } else if (opts.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(opts.body);
  }
  let res: Response;
  try {
    res = await fetch(`/api${path}`, { method, headers, body, credentials: "same-origin", signal: opts.signal, keepalive: opts.keepalive });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError(0, "network_error", "We could not reach Jigsaw. Check your connection and try again.");
  }
  if (res.status === 204) return undefined;
  const text = await res.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
  }
  if (!res.ok) {
    const error = toApiError(res.status, parsed);
    if (error.id === "authentication_required" && !opts.quietUnauthenticated) {
      for (const l of unauthenticatedListeners) l(error);
    }
    throw error;
  }
  if (parsed === undefined) {
    throw new ApiError(res.status, "unexpected_response", "Jigsaw sent an unexpected response. Try again.");
  }
  return parsed;
}

function toApiError(status: number, body: unknown): ApiError {
  const err = (body as Partial<ApiErrorBody> | undefined)?.error;
  if (err && typeof err.message === "string" && (ERROR_IDS as readonly string[]).includes(err.id)) {
    return new ApiError(status, err.id, err.message);
  }
  return new ApiError(status, status >= 500 ? "internal_error" : "unexpected_response", "Something went wrong. Try again.");
}
