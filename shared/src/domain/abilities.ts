import { z } from "zod";

/**
 * Ability names the server computes (in `server/src/policies`) and returns with
 * every partnership and plan, so the client never re-implements the rules.
 */
export const PARTNERSHIP_ABILITIES = [
  "read",
  "update",
  "manageMembers",
  "invite",
  "createPlan",
  "extendOutcomes",
] as const;
/** An ability on a partnership. */
export type PartnershipAbility = (typeof PARTNERSHIP_ABILITIES)[number];

export const PLAN_ABILITIES = [
  "read",
  "edit",
  "comment",
  "rename",
  "archive",
  "export",
  "runMeeting",
  "proposeAgreement",
  "respondAgreement",
  "nameVersion",
  "restoreVersion",
] as const;
/** An ability on a plan. */
export type PlanAbility = (typeof PLAN_ABILITIES)[number];

/** Map of ability → allowed. */
export type Abilities<A extends string> = Record<A, boolean>;

/** The response schema of the abilities returned with a partnership: every partnership ability, each a boolean. */
export const PartnershipAbilitiesSchema = z.record(z.enum(PARTNERSHIP_ABILITIES), z.boolean());
/** The response schema of the abilities returned with a plan: every plan ability, each a boolean. */
export const PlanAbilitiesSchema = z.record(z.enum(PLAN_ABILITIES), z.boolean());
