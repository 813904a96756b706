import { AGREEMENT_CLOSING_RULE, type AgreementRound } from "@jigsaw/shared/agreement/schema";
import type { AgreementRoundPolicies, PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import { agreementTally } from "@jigsaw/shared/agreement/stateMachine";
import { staleResponses, type ScopeNow } from "@jigsaw/shared/agreement/scopeContent";

/**
 * A round without per-viewer policies (for room broadcasts). `now` is the
 * scope's content now (open rounds): responses on other content are shown as
 * out of date, with what changed since.
 */
export function presentAgreementPublic(round: AgreementRound, today: string, now: ScopeNow | null = null): Omit<PresentedAgreement, "policies"> {
  const open = round.status === "open";
  const currentHash = open ? (now?.hash ?? null) : null;
  return {
    ...round,
    tally: agreementTally(round, { currentHash, today }),
    overdue: open && round.deadline < today,
    staleResponses: open && now ? staleResponses(round, now) : [],
    currentContentHash: currentHash,
    closingRule: AGREEMENT_CLOSING_RULE,
  };
}

/** A round for one viewer. */
export function presentAgreement(round: AgreementRound, today: string, policies: AgreementRoundPolicies, now: ScopeNow | null = null): PresentedAgreement {
  return { ...presentAgreementPublic(round, today, now), policies };
}
