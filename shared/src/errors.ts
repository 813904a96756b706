/** Stable error ids returned by the API as `{ error: { id, message } }`. */
export const ERROR_IDS = [
  "validation_error",
  "invalid_json",
  "payload_too_large",
  "authentication_required",
  "invalid_credentials",
  "forbidden",
  "not_found",
  "conflict",
  "rate_limited",
  "origin_not_allowed",
  "invite_expired",
  "invite_used",
  "link_invalid",
  "two_factor_required",
  "invalid_two_factor_code",
  "two_factor_setup_required",
  "last_facilitator",
  "immutable",
  "no_quorum",
  "stale_responses",
  "service_unavailable",
  "internal_error",
] as const;

/** A stable error id. */
export type ErrorId = (typeof ERROR_IDS)[number];

/** The JSON error envelope. */
export interface ApiErrorBody {
  error: { id: ErrorId; message: string };
}
