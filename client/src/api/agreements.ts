import { AgreementOverviewSchema, PresentedAgreementSchema, type AgreementOverview, type PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import type {
  CloseAgreementInput,
  ProposeAgreementInput,
  ReaskAgreementInput,
  RespondAgreementInput,
  WithdrawAgreementInput,
} from "@jigsaw/shared/agreement/schema";
import { request, requestWhenIdle } from "./http.ts";
import { data } from "./types.ts";

const plan = (planId: string) => `/plans/${encodeURIComponent(planId)}`;

/**
 * Rounds, agreed-section states and who can be asked. Fetched as the plan page
 * loads, and a round carries the agreed text (rich-text documents, slow to
 * check cold), so the answer is checked in idle time (`requestWhenIdle`).
 */
export async function getAgreements(planId: string, signal?: AbortSignal): Promise<AgreementOverview> {
  return (await requestWhenIdle("GET", `${plan(planId)}/agreements`, data(AgreementOverviewSchema), { signal })).data;
}

/** Propose a round (facilitators). */
export async function proposeAgreement(planId: string, input: ProposeAgreementInput): Promise<PresentedAgreement> {
  return (await request("POST", `${plan(planId)}/agreements`, data(PresentedAgreementSchema), { body: input })).data;
}

/** Respond for your organisation. */
export async function respondToAgreement(planId: string, id: string, input: RespondAgreementInput): Promise<PresentedAgreement> {
  return (await request("POST", `${plan(planId)}/agreements/${encodeURIComponent(id)}/responses`, data(PresentedAgreementSchema), { body: input })).data;
}

/** Close as agreed (facilitators; refused without quorum). */
export async function closeAgreement(planId: string, id: string, input: CloseAgreementInput): Promise<PresentedAgreement> {
  return (await request("POST", `${plan(planId)}/agreements/${encodeURIComponent(id)}/close`, data(PresentedAgreementSchema), { body: input })).data;
}

/** Ask organisations whose response is out of date to respond again on the current text (facilitators). */
export async function reaskAgreement(planId: string, id: string, input: ReaskAgreementInput): Promise<PresentedAgreement> {
  return (await request("POST", `${plan(planId)}/agreements/${encodeURIComponent(id)}/reask`, data(PresentedAgreementSchema), { body: input })).data;
}

/** Withdraw an open round (facilitators). */
export async function withdrawAgreement(planId: string, id: string, input: WithdrawAgreementInput): Promise<PresentedAgreement> {
  return (await request("POST", `${plan(planId)}/agreements/${encodeURIComponent(id)}/withdraw`, data(PresentedAgreementSchema), { body: input })).data;
}
