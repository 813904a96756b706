import { PartnershipAbilitiesSchema, PlanAbilitiesSchema, type Abilities, type PartnershipAbility, type PlanAbility } from "@jigsaw/shared/domain/abilities";
import { PresentedPartnershipSchema, type PresentedPartnership } from "@jigsaw/shared/domain/partnership";
import { PresentedPlanSchema, type PresentedPlan } from "@jigsaw/shared/domain/plan";
import { z } from "zod";

/** Abilities the server computed for the caller on a partnership. */
export type PartnershipPolicies = Abilities<PartnershipAbility>;
/** Abilities the server computed for the caller on a plan. */
export type PlanPolicies = Abilities<PlanAbility>;

/** `{ data }` envelope. */
export interface DataEnvelope<T> {
  data: T;
}
/** `{ data, policies }` envelope. */
export interface PolicyEnvelope<T, P> {
  data: T;
  policies: P;
}

/** The response schema of a `{ data }` envelope around `schema`. */
export function data<S extends z.ZodType>(schema: S) {
  return z.looseObject({ data: schema });
}

/** The response schema of a `{ data, policies }` envelope. */
export function dataWithPolicies<S extends z.ZodType, P extends z.ZodType>(schema: S, policies: P) {
  return z.looseObject({ data: schema, policies });
}

/** A partnership with the caller's abilities on it. */
export type PartnershipWithPolicies = PolicyEnvelope<PresentedPartnership, PartnershipPolicies>;
/** A plan with the caller's abilities on it. */
export type PlanWithPolicies = PolicyEnvelope<PresentedPlan, PlanPolicies>;
/** A plan list item: the plan's fields plus its `policies`. */
export type PlanListItem = PresentedPlan & { policies: PlanPolicies };

/** The response schema of a partnership with the caller's abilities. */
export const PartnershipWithPoliciesSchema: z.ZodType<PartnershipWithPolicies> = dataWithPolicies(PresentedPartnershipSchema, PartnershipAbilitiesSchema);
/** The response schema of a plan with the caller's abilities. */
export const PlanWithPoliciesSchema: z.ZodType<PlanWithPolicies> = dataWithPolicies(PresentedPlanSchema, PlanAbilitiesSchema);
/** The response schema of a plan list item. */
export const PlanListItemSchema: z.ZodType<PlanListItem> = z.intersection(PresentedPlanSchema, z.looseObject({ policies: PlanAbilitiesSchema }));
