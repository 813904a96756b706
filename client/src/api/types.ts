import type { Abilities, PartnershipAbility, PlanAbility } from "@jigsaw/shared/domain/abilities";
import type { PresentedPartnership } from "@jigsaw/shared/domain/partnership";
import type { PresentedPlan } from "@jigsaw/shared/domain/plan";

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

/** A partnership with the caller's abilities on it. */
export type PartnershipWithPolicies = PolicyEnvelope<PresentedPartnership, PartnershipPolicies>;
/** A plan with the caller's abilities on it. */
export type PlanWithPolicies = PolicyEnvelope<PresentedPlan, PlanPolicies>;
/** A plan list item: the plan's fields plus its `policies`. */
export type PlanListItem = PresentedPlan & { policies: PlanPolicies };
