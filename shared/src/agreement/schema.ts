import { z } from "zod";
import { RoleSchema } from "../domain/role.ts";
import { Limits } from "../validations.ts";
import {
  ActionSnapshotSchema,
  IndicatorSnapshotSchema,
  IsoDateSchema,
  PlanItemIdSchema,
  PmDocSchema,
  RiskSnapshotSchema,
} from "../plan/schema.ts";

/*
 * Agreement (sign-off) rounds. A facilitator proposes a section, a set of
 * sections or the whole plan; every required partner organisation responds
 * through a representative; the facilitator closes the round with an outcome
 * statement once every required organisation has consented and no objection
 * stands (Loomio's consent proposal + outcome with review date; Google Docs
 * approvals' "all must approve, one reject blocks").
 */

/** How an organisation responds. */
export const AGREEMENT_RESPONSE_KINDS = ["consent", "consent_with_comment", "object", "abstain"] as const;
/** How an organisation responds. */
export const AgreementResponseKindSchema = z.enum(AGREEMENT_RESPONSE_KINDS);
/** How an organisation responds. */
export type AgreementResponseKind = z.infer<typeof AgreementResponseKindSchema>;

/** Human labels for response kinds. */
export const AGREEMENT_RESPONSE_LABELS: Record<AgreementResponseKind, string> = {
  consent: "Consent",
  consent_with_comment: "Consent with comment",
  object: "Object",
  abstain: "Stand aside",
};

/** One line per response kind, for the people choosing (Loomio's consent process). */
export const AGREEMENT_RESPONSE_HINTS: Record<AgreementResponseKind, string> = {
  consent: "Your organisation agrees to this text.",
  consent_with_comment: "Your organisation agrees; your comment is recorded with the sign-off.",
  object: "Your organisation cannot agree. Give the reason; the round cannot close while the objection stands.",
  abstain: "Your organisation stands aside: it does not block and is recorded as standing aside.",
};

/**
 * The closing rule, in the words the app shows on every round: who must have
 * responded and what blocks. Kept here so server refusals and the UI agree.
 */
export const AGREEMENT_CLOSING_RULE =
  "The round can close when every named organisation has responded (consent, consent with comment or stand aside) on the current text and no objection stands. " +
  "Standing aside never blocks. If the text changes after an organisation responded, its response is out of date: the facilitator asks it again before closing. " +
  "When the round allows it, after the deadline organisations that have not responded are recorded as \"no response\" and do not block.";

/** Roles whose members may respond (sign) for their organisation. Commenters and viewers cannot sign. */
export const SIGNING_ROLES = ["editor", "facilitator"] as const;

/** Round lifecycle. `agreed` and `withdrawn` are final. */
export const AGREEMENT_STATUSES = ["open", "agreed", "withdrawn"] as const;
/** Round lifecycle. */
export const AgreementStatusSchema = z.enum(AGREEMENT_STATUSES);
/** Round lifecycle. */
export type AgreementStatus = z.infer<typeof AgreementStatusSchema>;

/** Limits of agreement inputs. */
export const AGREEMENT_LIMITS = {
  commentMax: 4000,
  outcomeMax: 8000,
  titleMax: 200,
  organisationsMax: 50,
  sectionsMax: 200,
} as const;

/** What a round covers. */
export const AgreementScopeSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("plan") }),
  z.strictObject({
    kind: z.literal("sections"),
    sectionIds: z.array(PlanItemIdSchema).min(1, "Choose at least one section").max(AGREEMENT_LIMITS.sectionsMax),
  }),
]);
/** What a round covers. */
export type AgreementScope = z.infer<typeof AgreementScopeSchema>;

/** Who did something, as recorded at the time (organisation and role can change later). */
export const AgreementActorSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  organisation: z.string(),
  role: RoleSchema,
});
/** Who did something. */
export type AgreementActor = z.infer<typeof AgreementActorSchema>;

/** An organisation's current response (the latest by any of its representatives). */
export const AgreementResponseSchema = z.object({
  organisation: z.string(),
  kind: AgreementResponseKindSchema,
  comment: z.string().nullable(),
  /** Who responded, with their organisation and role as they were at that moment (never rewritten). */
  by: AgreementActorSchema,
  at: z.string(),
  /** SHA-256 of the round's scope content (see `scopeContent.ts`) the response was given on; null for responses kept before hashes were recorded. */
  contentHash: z.string().nullable().default(null),
});
/** An organisation's current response. */
export type AgreementResponse = z.infer<typeof AgreementResponseSchema>;

/** A section's content as agreed (kept to detect later edits). */
export const AgreedSectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: PmDocSchema,
  /** Outcome tags (absent in rounds agreed before tags were part of the agreed scope). */
  outcomes: z.array(z.string()).optional(),
  /** Actions linked to the section (absent in rounds agreed before actions were part of the agreed scope). */
  actions: z.array(ActionSnapshotSchema).optional(),
});
/** A section's content as agreed. */
export type AgreedSection = z.infer<typeof AgreedSectionSchema>;

/** Plan-level structured items a whole-plan round covers (indicators, risks, actions not linked to a section). */
export const AgreedPlanItemsSchema = z.object({
  indicators: z.array(IndicatorSnapshotSchema),
  risks: z.array(RiskSnapshotSchema),
  actions: z.array(ActionSnapshotSchema),
});
/** Plan-level structured items of a whole-plan round. */
export type AgreedPlanItems = z.infer<typeof AgreedPlanItemsSchema>;

/** Everything a round's scope covers: its sections (title, body, tags, linked actions) and, for the whole plan, the plan-level items. */
export const ScopeContentSchema = z.object({
  sections: z.array(AgreedSectionSchema),
  planItems: AgreedPlanItemsSchema.nullable(),
});
/** Everything a round's scope covers. */
export type ScopeContent = z.infer<typeof ScopeContentSchema>;

/** The facilitator asked organisations to respond again (their earlier responses were on older text). */
export const AgreementReaskSchema = z.object({
  organisations: z.array(z.string()),
  by: AgreementActorSchema,
  at: z.string(),
  /** The content hash they are asked to respond on. */
  contentHash: z.string(),
});
/** A re-ask. */
export type AgreementReask = z.infer<typeof AgreementReaskSchema>;

/** One agreement round, as stored and as presented. */
export const AgreementRoundSchema = z.object({
  id: z.string(),
  planId: z.string(),
  partnershipId: z.string(),
  title: z.string(),
  scope: AgreementScopeSchema,
  requiredOrganisations: z.array(z.string()),
  /** Calendar date by which responses are asked for (informational; responses stay open until closed). */
  deadline: IsoDateSchema,
  status: AgreementStatusSchema,
  /** Bumped by every change; the store writes with compare-and-set on it. */
  revision: z.number().int().nonnegative(),
  proposedBy: AgreementActorSchema,
  proposedAt: z.string(),
  responses: z.array(AgreementResponseSchema),
  /** Every response ever given in this round, oldest first (a changed or re-asked response stays here). */
  trail: z.array(AgreementResponseSchema).default([]),
  /** Re-asks after the text changed, oldest first. */
  reasks: z.array(AgreementReaskSchema).default([]),
  /** Scope content by hash, for every hash a response was given on (to show what changed since). */
  contents: z.array(z.object({ hash: z.string(), content: ScopeContentSchema })).default([]),
  /** After the deadline, organisations that have not responded are recorded as "no response" and do not block closing. */
  closeAfterDeadline: z.boolean().default(false),
  closedBy: AgreementActorSchema.nullable(),
  closedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  reviewDate: IsoDateSchema.nullable(),
  withdrawnReason: z.string().nullable(),
  /** Section content at close (agreed rounds only). */
  agreedSections: z.array(AgreedSectionSchema),
  /** Plan-level items at close (agreed whole-plan rounds only; null otherwise and in rounds agreed before they were kept). */
  agreedPlanItems: AgreedPlanItemsSchema.nullable().default(null),
  /** SHA-256 of the scope content at close (agreed rounds). */
  agreedContentHash: z.string().nullable().default(null),
  /** The immutable agreed version of the closed round (whole-plan rounds only before section rounds made versions too). */
  versionId: z.string().nullable(),
  /** When the "closing soon" reminder went out (sent once, claimed by compare-and-set; null = not yet). */
  reminderSentAt: z.string().nullable().optional(),
});
/** One agreement round. */
export type AgreementRound = z.infer<typeof AgreementRoundSchema>;

const organisationName = z.string().trim().min(1).max(Limits.organisationMax);
const commentText = z.string().trim().max(AGREEMENT_LIMITS.commentMax);

/** POST /plans/:planId/agreements body. */
export const ProposeAgreementInputSchema = z.strictObject({
  title: z.string().trim().max(AGREEMENT_LIMITS.titleMax).optional(),
  scope: AgreementScopeSchema,
  requiredOrganisations: z
    .array(organisationName)
    .min(1, "Choose at least one organisation")
    .max(AGREEMENT_LIMITS.organisationsMax),
  deadline: IsoDateSchema,
  /** After the deadline, non-responders are recorded as "no response" and the round may close without them. */
  closeAfterDeadline: z.boolean().optional(),
});
/** Propose input. */
export type ProposeAgreementInput = z.infer<typeof ProposeAgreementInputSchema>;

/** POST /plans/:planId/agreements/:agreementId/responses body. */
export const RespondAgreementInputSchema = z.strictObject({
  kind: AgreementResponseKindSchema,
  comment: commentText.optional(),
  /** Only needed when a member could represent several required organisations (never today: one organisation per member). */
  organisation: organisationName.optional(),
});
/** Respond input. */
export type RespondAgreementInput = z.infer<typeof RespondAgreementInputSchema>;

/** POST /plans/:planId/agreements/:agreementId/close body. */
export const CloseAgreementInputSchema = z.strictObject({
  outcome: z.string().trim().min(1, "Write the outcome statement").max(AGREEMENT_LIMITS.outcomeMax),
  reviewDate: IsoDateSchema.nullable().optional(),
});
/** Close input. */
export type CloseAgreementInput = z.infer<typeof CloseAgreementInputSchema>;

/** POST /plans/:planId/agreements/:agreementId/reask body: ask organisations whose response is out of date to respond again (all of them when omitted). */
export const ReaskAgreementInputSchema = z.strictObject({
  organisations: z.array(organisationName).max(AGREEMENT_LIMITS.organisationsMax).optional(),
});
/** Re-ask input. */
export type ReaskAgreementInput = z.infer<typeof ReaskAgreementInputSchema>;

/** POST /plans/:planId/agreements/:agreementId/withdraw body. */
export const WithdrawAgreementInputSchema = z.strictObject({
  reason: z.string().trim().max(AGREEMENT_LIMITS.commentMax).optional(),
});
/** Withdraw input. */
export type WithdrawAgreementInput = z.infer<typeof WithdrawAgreementInputSchema>;
