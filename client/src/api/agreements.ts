import type { AgreementOverview, PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import type {
  CloseAgreementInput,
  ProposeAgreementInput,
  ReaskAgreementInput,
  RespondAgreementInput,
  WithdrawAgreementInput,
} from "@jigsaw/shared/agreement/schema";
import { requestUnchecked } from "./http.ts";
import type { DataEnvelope } from "./types.ts";

const plan = (planId: string) => `/plans/${encodeURIComponent(planId)}`;

/** Rounds, agreed-section states and who can be asked. */
export async function getAgreements(planId: string, signal?: AbortSignal): Promise<AgreementOverview> {
  return (await requestUnchecked<DataEnvelope<AgreementOverview>>("GET", `${plan(planId)}/agreements`, { signal })).data;
}

/** Propose a round (facilitators). */
export async function proposeAgreement(planId: string, input: ProposeAgreementInput): Promise<PresentedAgreement> {
  return (await requestUnchecked<DataEnvelope<PresentedAgreement>>("POST", `${plan(planId)}/agreements`, { body: input })).data;
}

/** Respond for your organisation. */
export async function respondToAgreement(planId: string, id: string, input: RespondAgreementInput): Promise<PresentedAgreement> {
  return (await requestUnchecked<DataEnvelope<PresentedAgreement>>("POST", `${plan(planId)}/agreements/${encodeURIComponent(id)}/responses`, { body: input })).data;
}

/** Close as agreed (facilitators; refused without quorum). */
export async function closeAgreement(planId: string, id: string, input: CloseAgreementInput): Promise<PresentedAgreement> {
  return (await requestUnchecked<DataEnvelope<PresentedAgreement>>("POST", `${plan(planId)}/agreements/${encodeURIComponent(id)}/close`, { body: input })).data;
}

/** Ask organisations whose response is out of date to respond again on the current text (facilitators). */
export async function reaskAgreement(planId: string, id: string, input: ReaskAgreementInput): Promise<PresentedAgreement> {
  return (await requestUnchecked<DataEnvelope<PresentedAgreement>>("POST", `${plan(planId)}/agreements/${encodeURIComponent(id)}/reask`, { body: input })).data;
}

/** Withdraw an open round (facilitators). */
export async function withdrawAgreement(planId: string, id: string, input: WithdrawAgreementInput): Promise<PresentedAgreement> {
  return (await requestUnchecked<DataEnvelope<PresentedAgreement>>("POST", `${plan(planId)}/agreements/${encodeURIComponent(id)}/withdraw`, { body: input })).data;
}
