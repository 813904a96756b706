import type { AgreementRound } from "./schema.ts";
import type { AgreementTally } from "./stateMachine.ts";
import type { SectionAgreementState } from "./sectionDrift.ts";

/** What the caller may do with a round. */
export interface AgreementRoundPolicies {
  /** The caller represents a required organisation and the round is open. */
  respond: boolean;
  /** The organisation the caller would respond for. */
  respondAs: string | null;
  /** Facilitator, open round, quorum reached. */
  close: boolean;
  /** Facilitator, open round. */
  withdraw: boolean;
}

/** A round as the API returns it. */
export interface PresentedAgreement extends AgreementRound {
  tally: AgreementTally;
  /** The deadline has passed while the round is open. */
  overdue: boolean;
  policies: AgreementRoundPolicies;
}

/** GET /plans/:planId/agreements answer. */
export interface AgreementOverview {
  rounds: PresentedAgreement[];
  /** Agreed sections and whether they changed since (computed when asked). */
  sections: SectionAgreementState[];
  /** Organisations that can be asked to sign off (have a member with role commenter or above). */
  organisations: string[];
  /** Caller may propose. */
  canPropose: boolean;
  /** The plan's sections now, in order (for choosing what to propose). */
  planSections: Array<{ id: string; title: string; status: string }>;
}

/** Pushed to the plan room whenever a round changes (propose, respond, close, withdraw). */
export interface AgreementEventPayload {
  planId: string;
  agreementId: string;
  /** What happened. */
  change: "proposed" | "responded" | "closed" | "withdrawn" | "sections_changed";
  /** The round without per-viewer policies (clients refetch for policies). */
  round: Omit<PresentedAgreement, "policies"> | null;
}
