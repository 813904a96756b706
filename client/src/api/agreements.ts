import type { AgreementOverview, PresentedAgreement } from "@jigsaw/shared/agreement/presented";
import type {
  CloseAgreementInput,
  ProposeAgreementInput,
  ReaskAgreementInput,
  RespondAgreementInput,
  WithdrawAgreementInput,
} from "@jigsaw/shared/agreement/schema";
import type { ExportJobView } from "@jigsaw/shared/export/exportJob";
import type { ExportRequest } from "@jigsaw/shared/export/exportSchema";
import type { PlanSnapshot } from "@jigsaw/shared/plan/schema";
import type { PresentedVersion } from "@jigsaw/shared/versions/schema";
import type { PlanDiff } from "@jigsaw/shared/versions/snapshotDiff";
import { request } from "./http.ts";
import type { DataEnvelope } from "./types.ts";

const plan = (planId: string) => `/plans/${encodeURIComponent(planId)}`;

/** Rounds, agreed-section states and who can be asked. */
export async function getAgreements(planId: string, signal?: AbortSignal): Promise<AgreementOverview> {
  return (await request<DataEnvelope<AgreementOverview>>("GET", `${plan(planId)}/agreements`, { signal })).data;
}

/** Propose a round (facilitators). */
export async function proposeAgreement(planId: string, input: ProposeAgreementInput): Promise<PresentedAgreement> {
  return (await request<DataEnvelope<PresentedAgreement>>("POST", `${plan(planId)}/agreements`, { body: input })).data;
}

/** Respond for your organisation. */
export async function respondToAgreement(planId: string, id: string, input: RespondAgreementInput): Promise<PresentedAgreement> {
  return (await request<DataEnvelope<PresentedAgreement>>("POST", `${plan(planId)}/agreements/${encodeURIComponent(id)}/responses`, { body: input })).data;
}

/** Close as agreed (facilitators; refused without quorum). */
export async function closeAgreement(planId: string, id: string, input: CloseAgreementInput): Promise<PresentedAgreement> {
  return (await request<DataEnvelope<PresentedAgreement>>("POST", `${plan(planId)}/agreements/${encodeURIComponent(id)}/close`, { body: input })).data;
}

/** Ask organisations whose response is out of date to respond again on the current text (facilitators). */
export async function reaskAgreement(planId: string, id: string, input: ReaskAgreementInput): Promise<PresentedAgreement> {
  return (await request<DataEnvelope<PresentedAgreement>>("POST", `${plan(planId)}/agreements/${encodeURIComponent(id)}/reask`, { body: input })).data;
}

/** Withdraw an open round (facilitators). */
export async function withdrawAgreement(planId: string, id: string, input: WithdrawAgreementInput): Promise<PresentedAgreement> {
  return (await request<DataEnvelope<PresentedAgreement>>("POST", `${plan(planId)}/agreements/${encodeURIComponent(id)}/withdraw`, { body: input })).data;
}

/** One version with its content (to read it in the app). */
export async function getVersion(planId: string, versionId: string): Promise<PresentedVersion & { snapshot: PlanSnapshot }> {
  return (await request<DataEnvelope<PresentedVersion & { snapshot: PlanSnapshot }>>("GET", `${plan(planId)}/versions/${encodeURIComponent(versionId)}`)).data;
}

/** Version history. */
export async function listVersions(planId: string, signal?: AbortSignal): Promise<PresentedVersion[]> {
  return (await request<DataEnvelope<PresentedVersion[]>>("GET", `${plan(planId)}/versions`, { signal })).data;
}

/** Name the current state. */
export async function nameVersion(planId: string, name: string): Promise<PresentedVersion> {
  return (await request<DataEnvelope<PresentedVersion>>("POST", `${plan(planId)}/versions`, { body: { name } })).data;
}

/** Diff two versions (`current` = the live draft). */
export async function diffVersions(planId: string, from: string, to: string): Promise<PlanDiff> {
  const q = `from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`;
  return (await request<DataEnvelope<{ diff: PlanDiff }>>("GET", `${plan(planId)}/versions/diff?${q}`)).data.diff;
}

/** Restore a version as a new change. */
export async function restoreVersion(planId: string, versionId: string): Promise<void> {
  await request("POST", `${plan(planId)}/versions/${encodeURIComponent(versionId)}/restore`, { body: {} });
}

/** Start an export job. */
export async function startExport(planId: string, input: Partial<ExportRequest> & Pick<ExportRequest, "format">): Promise<ExportJobView> {
  return (await request<DataEnvelope<ExportJobView>>("POST", `${plan(planId)}/exports`, { body: input })).data;
}

/** Poll an export job. */
export async function getExport(planId: string, jobId: string): Promise<ExportJobView> {
  return (await request<DataEnvelope<ExportJobView>>("GET", `${plan(planId)}/exports/${encodeURIComponent(jobId)}`)).data;
}

/** Where to download a finished export (same-origin; the cookie authenticates). */
export function exportDownloadUrl(planId: string, jobId: string): string {
  return `/api${plan(planId)}/exports/${encodeURIComponent(jobId)}/download`;
}
