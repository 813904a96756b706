import type { z } from "zod";
import type { ErrorId } from "@jigsaw/shared/errors";

/** Error ids the client adds for failures that never reached the API. */
export type ClientErrorId = "network_error" | "unexpected_response";

/**
 * A failed API call: the server's `{error:{id,message}}` envelope, or a
 * network/parse failure. `field` is set when the server named the bad field
 * ("email: Enter a valid email address").
 */
export class ApiError extends Error {
  readonly status: number;
  readonly id: ErrorId | ClientErrorId;
  readonly field: string | null;

  constructor(status: number, id: ErrorId | ClientErrorId, message: string) {
    const match = id === "validation_error" ? /^([A-Za-z][\w.]*): (.+)$/.exec(message) : null;
    super(match ? match[2]! : message);
    this.name = "ApiError";
    this.status = status;
    this.id = id;
    this.field = match ? match[1]! : null;
  }
}

/**
 * The API answered, but not in the shape its shared response schema says
 * (`unexpected_response`): a client and server out of step, or a broken proxy.
 * `issues` are zod's, for the console; people see the usual message.
 */
export class UnexpectedResponseError extends ApiError {
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(
    readonly method: string,
    readonly path: string,
    issues: readonly z.core.$ZodIssue[],
  ) {
    super(200, "unexpected_response", "Jigsaw sent an unexpected response. Try again.");
    this.name = "UnexpectedResponseError";
    this.issues = issues;
  }
}

/** True when `e` is an ApiError with one of the given ids. */
export function isApiError(e: unknown, ...ids: Array<ErrorId | ClientErrorId>): e is ApiError {
  return e instanceof ApiError && (ids.length === 0 || ids.includes(e.id));
}

/** A message safe to show a person for any thrown value. */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return "Something went wrong. Try again.";
}
