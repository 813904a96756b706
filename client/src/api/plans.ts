import type { PlanCreateInput, PlanUpdateInput } from "@jigsaw/shared/domain/plan";
import { z } from "zod";
import { request } from "./http.ts";
import { data, PlanListItemSchema, PlanWithPoliciesSchema, type PlanListItem, type PlanWithPolicies } from "./types.ts";

/** Plans of a partnership, archived ones included, each with its abilities. */
export async function listPlans(partnershipId: string, signal?: AbortSignal): Promise<PlanListItem[]> {
  const path = `/partnerships/${encodeURIComponent(partnershipId)}/plans`;
  return (await request("GET", path, data(z.array(PlanListItemSchema)), { signal })).data;
}

/** Create a plan from a template. */
export function createPlan(partnershipId: string, input: PlanCreateInput): Promise<PlanWithPolicies> {
  return request("POST", `/partnerships/${encodeURIComponent(partnershipId)}/plans`, PlanWithPoliciesSchema, { body: input });
}

/** One plan with the caller's abilities. */
export function getPlan(planId: string, signal?: AbortSignal): Promise<PlanWithPolicies> {
  return request("GET", `/plans/${encodeURIComponent(planId)}`, PlanWithPoliciesSchema, { signal });
}

/** Rename, archive or unarchive a plan. */
export function updatePlan(planId: string, input: PlanUpdateInput): Promise<PlanWithPolicies> {
  return request("PATCH", `/plans/${encodeURIComponent(planId)}`, PlanWithPoliciesSchema, { body: input });
}
