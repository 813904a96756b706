import type { AgreementRefusal } from "@jigsaw/shared/agreement/stateMachine";
import { type AppError, ConflictError, ForbiddenError, NoQuorumError, StaleResponsesError, ValidationError } from "../errors.ts";

/** The HTTP error for a refused agreement transition. */
export function agreementError(r: AgreementRefusal): AppError {
  switch (r.code) {
    case "forbidden":
    case "not_representative":
      return ForbiddenError(r.message);
    case "not_open":
    case "overlap":
      return ConflictError(r.message);
    case "no_quorum":
      return NoQuorumError(r.message);
    case "stale_responses":
      return StaleResponsesError(r.message);
    case "invalid":
    case "unknown_section":
    case "unknown_organisation":
      return ValidationError(r.message);
  }
}
