import type { AgreementRound } from "@jigsaw/shared/agreement/schema";
import type { AgreementRoundPolicies, PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import { agreementTally } from "@jigsaw/shared/agreement/stateMachine";

/** A round without per-viewer policies (for room broadcasts). */
export function presentAgreementPublic(round: AgreementRound, today: string): Omit<PresentedAgreement, "policies"> {
  return { ...round, tally: agreementTally(round), overdue: round.status === "open" && round.deadline < today };
}

/** A round for one viewer. */
export function presentAgreement(round: AgreementRound, today: string, policies: AgreementRoundPolicies): PresentedAgreement {
  return { ...presentAgreementPublic(round, today), policies };
}
