import { z } from "zod";
import { RoleSchema } from "../domain/role.ts";
import { Limits } from "../validations.ts";
import { IsoDateSchema, PlanItemIdSchema, PmDocSchema } from "../plan/schema.ts";

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
  abstain: "Abstain",
};

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
  by: AgreementActorSchema,
  at: z.string(),
});
/** An organisation's current response. */
export type AgreementResponse = z.infer<typeof AgreementResponseSchema>;

/** A section's content as agreed (kept to detect later edits). */
export const AgreedSectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: PmDocSchema,
});
/** A section's content as agreed. */
export type AgreedSection = z.infer<typeof AgreedSectionSchema>;

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
  closedBy: AgreementActorSchema.nullable(),
  closedAt: z.string().nullable(),
  outcome: z.string().nullable(),
  reviewDate: IsoDateSchema.nullable(),
  withdrawnReason: z.string().nullable(),
  /** Section content at close (agreed rounds only). */
  agreedSections: z.array(AgreedSectionSchema),
  /** The immutable agreed version (whole-plan rounds only). */
  versionId: z.string().nullable(),
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

/** POST /plans/:planId/agreements/:agreementId/withdraw body. */
export const WithdrawAgreementInputSchema = z.strictObject({
  reason: z.string().trim().max(AGREEMENT_LIMITS.commentMax).optional(),
});
/** Withdraw input. */
export type WithdrawAgreementInput = z.infer<typeof WithdrawAgreementInputSchema>;
