import type { PlanAgreementStatus } from "../agreement/planStatus.ts";
import { z } from "zod";
import { Limits } from "../validations.ts";

/** Templates a plan can be created from. */
export const PLAN_TEMPLATES = ["place_plan", "jhws", "blank"] as const;
/** Template id. */
export const PlanTemplateSchema = z.enum(PLAN_TEMPLATES);
/** Template id. */
export type PlanTemplate = z.infer<typeof PlanTemplateSchema>;

/** Template display names. */
export const PLAN_TEMPLATE_LABELS: Record<PlanTemplate, string> = {
  place_plan: "Place plan",
  jhws: "Joint health and wellbeing strategy",
  blank: "Blank",
};

/** A plan title. */
export const PlanTitleSchema = z
  .string()
  .trim()
  .min(1, "Enter a title")
  .max(Limits.planTitleMax, "Title is too long");

/** Create-plan request body. */
export const PlanCreateSchema = z.strictObject({
  title: PlanTitleSchema,
  template: PlanTemplateSchema,
});
/** Create-plan request body. */
export type PlanCreateInput = z.infer<typeof PlanCreateSchema>;

/** Update-plan request body. */
export const PlanUpdateSchema = z
  .strictObject({
    title: PlanTitleSchema.optional(),
    archived: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Nothing to change" });
/** Update-plan request body. */
export type PlanUpdateInput = z.infer<typeof PlanUpdateSchema>;

/** A plan's metadata as presented by the API. */
export interface PresentedPlan {
  id: string;
  partnershipId: string;
  title: string;
  template: PlanTemplate;
  archived: boolean;
  createdAt: string;
  lastActivityAt: string;
  /** Draft / In agreement / Agreed / Changed since agreement (on reads of a plan and the plan list). */
  agreementStatus?: PlanAgreementStatus;
}

/** The response schema of a `PresentedPlan` (unknown extra fields are kept). */
export const PresentedPlanSchema: z.ZodType<PresentedPlan> = z.looseObject({
  id: z.string(),
  partnershipId: z.string(),
  title: z.string(),
  template: PlanTemplateSchema,
  archived: z.boolean(),
  createdAt: z.string(),
  lastActivityAt: z.string(),
});
