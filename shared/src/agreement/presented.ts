import type { AgreementResponseKind, AgreementRound } from "./schema.ts";
import type { AgreementTally } from "./stateMachine.ts";
import type { PlanItemsAgreementState, SectionAgreementState } from "./sectionDrift.ts";

/** A response given on older text than the round's scope has now, and what changed since. */
export interface StaleResponse {
  organisation: string;
  kind: AgreementResponseKind;
  at: string;
  by: string;
  changes: string[];
}

/** What the caller may do with a round. */
export interface AgreementRoundPolicies {
  /** The caller represents a required organisation and the round is open. */
  respond: boolean;
  /** The organisation the caller would respond for. */
  respondAs: string | null;
  /** Facilitator, open round, quorum reached. */
  close: boolean;
  /** Facilitator, open round, some responses are out of date. */
  reask: boolean;
  /** Facilitator, open round. */
  withdraw: boolean;
}

/** A round as the API returns it. */
export interface PresentedAgreement extends AgreementRound {
  tally: AgreementTally;
  /** The deadline has passed while the round is open. */
  overdue: boolean;
  /** Open rounds: responses given on older text, with what changed (empty when none or the round is closed). */
  staleResponses: StaleResponse[];
  /** Hash of the scope content now (open rounds; null when closed or not computed). */
  currentContentHash: string | null;
  /** The closing rule in plain words. */
  closingRule: string;
  policies: AgreementRoundPolicies;
}

/** GET /plans/:planId/agreements answer. */
export interface AgreementOverview {
  rounds: PresentedAgreement[];
  /** Agreed sections and whether they changed since (computed when asked). */
  sections: SectionAgreementState[];
  /** Plan-level items (indicators, risks, unlinked actions) of the latest whole-plan agreement and whether they changed since. */
  planItems: PlanItemsAgreementState | null;
  /** Organisations that can be asked to sign off (have a member with role editor or facilitator). */
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
  change: "proposed" | "responded" | "reasked" | "closed" | "withdrawn" | "sections_changed" | "content_changed";
  /** The round without per-viewer policies (clients refetch for policies). */
  round: Omit<PresentedAgreement, "policies"> | null;
}
