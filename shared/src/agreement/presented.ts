import { z } from "zod";
import { TextChangeSchema } from "../versions/diffSchema.ts";
import { AgreementResponseKindSchema, AgreementResponseSchema, AgreementRoundSchema, type AgreementResponseKind, type AgreementRound } from "./schema.ts";
import type { AgreementTally, OrganisationStanding } from "./stateMachine.ts";
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

/*
 * Response schemas of the agreement API, beside the shapes above. They import
 * schema files only (not the state machine or the drift code), so a client that
 * checks an answer loads no workflow code with it.
 */

/** The response schema of a `StaleResponse` (unknown extra fields are kept). */
export const StaleResponseSchema: z.ZodType<StaleResponse> = z.looseObject({
  organisation: z.string(),
  kind: AgreementResponseKindSchema,
  at: z.string(),
  by: z.string(),
  changes: z.array(z.string()),
});

/** The response schema of an `AgreementRoundPolicies`. */
export const AgreementRoundPoliciesSchema: z.ZodType<AgreementRoundPolicies> = z.looseObject({
  respond: z.boolean(),
  respondAs: z.string().nullable(),
  close: z.boolean(),
  reask: z.boolean(),
  withdraw: z.boolean(),
});

const OrganisationStandingSchema: z.ZodType<OrganisationStanding> = z.looseObject({
  organisation: z.string(),
  response: AgreementResponseSchema.nullable(),
  state: z.enum(["waiting", "consented", "objected", "stood_aside", "no_response"]),
  stale: z.boolean(),
});

/** The response schema of an `AgreementTally`. */
export const AgreementTallySchema: z.ZodType<AgreementTally> = z.looseObject({
  organisations: z.array(OrganisationStandingSchema),
  consented: z.number(),
  objected: z.number(),
  stoodAside: z.number(),
  waiting: z.number(),
  noResponse: z.number(),
  stale: z.array(z.string()),
  quorum: z.boolean(),
  blockers: z.array(z.string()),
});

/** The response schema of a `PresentedAgreement`: the stored round's fields (checked by the round schema's parts) and what the server adds. */
export const PresentedAgreementSchema: z.ZodType<PresentedAgreement> = z.looseObject({
  ...AgreementRoundSchema.shape,
  tally: AgreementTallySchema,
  overdue: z.boolean(),
  staleResponses: z.array(StaleResponseSchema),
  currentContentHash: z.string().nullable(),
  closingRule: z.string(),
  policies: AgreementRoundPoliciesSchema,
});

/** The response schema of a `SectionAgreementState`. */
export const SectionAgreementStateSchema: z.ZodType<SectionAgreementState> = z.looseObject({
  sectionId: z.string(),
  title: z.string(),
  roundId: z.string(),
  agreedAt: z.string(),
  changed: z.boolean(),
  removed: z.boolean(),
  titleChange: z.looseObject({ from: z.string(), to: z.string() }).nullable(),
  diff: z.array(TextChangeSchema),
  changes: z.array(z.string()),
});

/** The response schema of a `PlanItemsAgreementState`. */
export const PlanItemsAgreementStateSchema: z.ZodType<PlanItemsAgreementState> = z.looseObject({
  roundId: z.string(),
  agreedAt: z.string(),
  changed: z.boolean(),
  changes: z.array(z.string()),
});

/** The response schema of an `AgreementOverview`. */
export const AgreementOverviewSchema: z.ZodType<AgreementOverview> = z.looseObject({
  rounds: z.array(PresentedAgreementSchema),
  sections: z.array(SectionAgreementStateSchema),
  planItems: PlanItemsAgreementStateSchema.nullable(),
  organisations: z.array(z.string()),
  canPropose: z.boolean(),
  planSections: z.array(z.looseObject({ id: z.string(), title: z.string(), status: z.string() })),
});
