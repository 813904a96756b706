import type {
  InviteAcceptInput,
  InviteCreateInput,
  MembershipUpdateInput,
  PartnershipCreateInput,
  PartnershipUpdateInput,
  PresentedInvite,
  PresentedInvitePreview,
  PresentedMembership,
  PresentedPartnership,
} from "@jigsaw/shared/domain/partnership";
import { request } from "./http.ts";
import type { DataEnvelope, PartnershipWithPolicies } from "./types.ts";

const p = (id: string) => `/partnerships/${encodeURIComponent(id)}`;

/** Partnerships the caller belongs to. */
export async function listPartnerships(signal?: AbortSignal): Promise<PresentedPartnership[]> {
  return (await request<DataEnvelope<PresentedPartnership[]>>("GET", "/partnerships", { signal })).data;
}

/** Create a partnership; the caller becomes its first facilitator. */
export function createPartnership(input: PartnershipCreateInput): Promise<PartnershipWithPolicies> {
  return request("POST", "/partnerships", { body: input });
}

/** One partnership with the caller's abilities. */
export function getPartnership(id: string, signal?: AbortSignal): Promise<PartnershipWithPolicies> {
  return request("GET", p(id), { signal });
}

/** Change a partnership's name, place or description. */
export function updatePartnership(id: string, input: PartnershipUpdateInput): Promise<PartnershipWithPolicies> {
  return request("PATCH", p(id), { body: input });
}

/** Members of a partnership. */
export async function listMembers(id: string, signal?: AbortSignal): Promise<PresentedMembership[]> {
  return (await request<DataEnvelope<PresentedMembership[]>>("GET", `${p(id)}/members`, { signal })).data;
}

/** Change a member's role, organisation or sector. */
export async function updateMember(id: string, userId: string, input: MembershipUpdateInput): Promise<PresentedMembership> {
  const path = `${p(id)}/members/${encodeURIComponent(userId)}`;
  return (await request<DataEnvelope<PresentedMembership>>("PATCH", path, { body: input })).data;
}

/** Remove a member, or leave when `userId` is the caller. */
export async function removeMember(id: string, userId: string): Promise<void> {
  await request<void>("DELETE", `${p(id)}/members/${encodeURIComponent(userId)}`);
}

/** Invites of a partnership (facilitators). */
export async function listInvites(id: string, signal?: AbortSignal): Promise<PresentedInvite[]> {
  return (await request<DataEnvelope<PresentedInvite[]>>("GET", `${p(id)}/invites`, { signal })).data;
}

/** Create an invite link. The response is the only time the link is shown. */
export async function createInvite(id: string, input: InviteCreateInput): Promise<PresentedInvite & { url: string }> {
  return (await request<DataEnvelope<PresentedInvite & { url: string }>>("POST", `${p(id)}/invites`, { body: input })).data;
}

/** Withdraw an invite link. */
export async function revokeInvite(id: string, inviteId: string): Promise<void> {
  await request<void>("DELETE", `${p(id)}/invites/${encodeURIComponent(inviteId)}`);
}

/** What an invite link offers, before accepting. */
export async function previewInvite(token: string, signal?: AbortSignal): Promise<PresentedInvitePreview> {
  return (await request<DataEnvelope<PresentedInvitePreview>>("GET", `/invites/${encodeURIComponent(token)}`, { signal })).data;
}

/** Accept an invite link and join the partnership. */
export function acceptInvite(token: string, input: InviteAcceptInput): Promise<PartnershipWithPolicies> {
  return request("POST", `/invites/${encodeURIComponent(token)}/accept`, { body: input });
}
