/** Why a plan document accessor refused a call. */
export type PlanDocErrorCode = "not_found" | "invalid_input";

/**
 * Thrown by plan accessors for an unknown id or an invalid value. The server maps
 * `not_found` to 404 and `invalid_input` to a validation error.
 */
export class PlanDocError extends Error {
  readonly code: PlanDocErrorCode;

  constructor(code: PlanDocErrorCode, message: string) {
    super(message);
    this.name = "PlanDocError";
    this.code = code;
  }
}
