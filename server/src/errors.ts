import type { ErrorId } from "@jigsaw/shared/errors";

/** An error that is safe to show to the client, with an HTTP status and stable id. */
export class AppError extends Error {
  readonly status: number;
  readonly id: ErrorId;
  constructor(status: number, id: ErrorId, message: string) {
    super(message);
    this.status = status;
    this.id = id;
  }
}

/** 400: the input did not pass validation. */
export function ValidationError(message = "Invalid input"): AppError {
  return new AppError(400, "validation_error", message);
}
/** 401: the caller is not signed in. */
export function AuthenticationError(message = "Sign in to continue"): AppError {
  return new AppError(401, "authentication_required", message);
}
/** 401: email or password wrong. Never says which. */
export function InvalidCredentialsError(): AppError {
  return new AppError(401, "invalid_credentials", "Email or password is not right");
}
/** 403: signed in but not allowed. */
export function ForbiddenError(message = "You do not have permission to do that"): AppError {
  return new AppError(403, "forbidden", message);
}
/** 404: not found (also used where revealing existence would leak). */
export function NotFoundError(message = "Not found"): AppError {
  return new AppError(404, "not_found", message);
}
/** 409: conflicts with current state. */
export function ConflictError(message: string): AppError {
  return new AppError(409, "conflict", message);
}
/** 403: request came from an origin that is not allowed. */
export function OriginError(): AppError {
  return new AppError(403, "origin_not_allowed", "Request origin not allowed");
}
/** 410: invite expired. */
export function InviteExpiredError(): AppError {
  return new AppError(410, "invite_expired", "This invite has expired. Ask a facilitator for a new one.");
}
/** 410: invite already used or revoked. */
export function InviteUsedError(): AppError {
  return new AppError(410, "invite_used", "This invite has already been used or was withdrawn");
}
/** 400: a reset or verification link is unknown, used or expired (never says which). */
export function LinkInvalidError(): AppError {
  return new AppError(400, "link_invalid", "This link has expired or has already been used. Ask for a new one.");
}
/** 401: right password, but the account has two-factor sign-in on and no code came. */
export function TwoFactorRequiredError(): AppError {
  return new AppError(401, "two_factor_required", "Enter the 6-digit code from your authenticator app");
}
/** 401: the two-factor code is wrong or too old. */
export function InvalidTwoFactorCodeError(): AppError {
  return new AppError(401, "invalid_two_factor_code", "That code is not right. Check the time on your phone and try the newest code.");
}
/** 403: the partnership requires two-factor sign-in and this member has not turned it on. */
export function TwoFactorSetupRequiredError(): AppError {
  return new AppError(403, "two_factor_setup_required", "This partnership asks every member to turn on two-factor sign-in. Turn it on under Account settings.");
}
/** 409: would leave a partnership without a facilitator. */
export function LastFacilitatorError(): AppError {
  return new AppError(409, "last_facilitator", "A partnership needs at least one facilitator");
}
/** 409: the thing is immutable (an agreed version). */
export function ImmutableError(message = "This record cannot be changed"): AppError {
  return new AppError(409, "immutable", message);
}
/** 409: an agreement round cannot be closed as agreed (an organisation has not consented or objects). */
export function NoQuorumError(message: string): AppError {
  return new AppError(409, "no_quorum", message);
}
/** 409: an agreement round cannot close because some responses were given on older text (the message names them and what changed). */
export function StaleResponsesError(message: string): AppError {
  return new AppError(409, "stale_responses", message);
}
/** 429: too many requests. */
export function RateLimitedError(message = "Too many attempts. Wait a minute and try again."): AppError {
  return new AppError(429, "rate_limited", message);
}
/** 503: a dependency is unavailable. */
export function ServiceUnavailableError(message = "Service temporarily unavailable"): AppError {
  return new AppError(503, "service_unavailable", message);
}
