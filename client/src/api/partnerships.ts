import {
  PresentedInvitePreviewSchema,
  PresentedInviteSchema,
  PresentedMembershipSchema,
  PresentedPartnershipSchema,
  type InviteAcceptInput,
  type InviteCreateInput,
  type MembershipUpdateInput,
  type PartnershipCreateInput,
  type PartnershipUpdateInput,
  type PresentedInvite,
  type PresentedInvitePreview,
  type PresentedMembership,
  type PresentedPartnership,
} from "@jigsaw/shared/domain/partnership";
import { z } from "zod";
import { request, send } from "./http.ts";
import { data, PartnershipWithPoliciesSchema, type PartnershipWithPolicies } from "./types.ts";

const p = (id: string) => `/partnerships/${encodeURIComponent(id)}`;

/** Partnerships the caller belongs to. */
export async function listPartnerships(signal?: AbortSignal): Promise<PresentedPartnership[]> {
  return (await request("GET", "/partnerships", data(z.array(PresentedPartnershipSchema)), { signal })).data;
}

/** Create a partnership; the caller becomes its first facilitator. */
export function createPartnership(input: PartnershipCreateInput): Promise<PartnershipWithPolicies> {
  return request("POST", "/partnerships", PartnershipWithPoliciesSchema, { body: input });
}

/** One partnership with the caller's abilities. */
export function getPartnership(id: string, signal?: AbortSignal): Promise<PartnershipWithPolicies> {
  return request("GET", p(id), PartnershipWithPoliciesSchema, { signal });
}

/** Change a partnership's name, place or description. */
export function updatePartnership(id: string, input: PartnershipUpdateInput): Promise<PartnershipWithPolicies> {
  return request("PATCH", p(id), PartnershipWithPoliciesSchema, { body: input });
}

/** Members of a partnership. */
export async function listMembers(id: string, signal?: AbortSignal): Promise<PresentedMembership[]> {
  return (await request("GET", `${p(id)}/members`, data(z.array(PresentedMembershipSchema)), { signal })).data;
}

/** Change a member's role, organisation or sector. */
export async function updateMember(id: string, userId: string, input: MembershipUpdateInput): Promise<PresentedMembership> {
  const path = `${p(id)}/members/${encodeURIComponent(userId)}`;
  return (await request("PATCH", path, data(PresentedMembershipSchema), { body: input })).data;
}

/** Remove a member, or leave when `userId` is the caller. */
export async function removeMember(id: string, userId: string): Promise<void> {
  await send("DELETE", `${p(id)}/members/${encodeURIComponent(userId)}`);
}

/** Invites of a partnership (facilitators). */
export async function listInvites(id: string, signal?: AbortSignal): Promise<PresentedInvite[]> {
  return (await request("GET", `${p(id)}/invites`, data(z.array(PresentedInviteSchema)), { signal })).data;
}

/** Create an invite link. The response is the only time the link is shown. */
export async function createInvite(id: string, input: InviteCreateInput): Promise<PresentedInvite & { url: string }> {
  return (await request("POST", `${p(id)}/invites`, data(z.intersection(PresentedInviteSchema, z.looseObject({ url: z.string() }))), { body: input })).data;
}

/** Withdraw an invite link. */
export async function revokeInvite(id: string, inviteId: string): Promise<void> {
  await send("DELETE", `${p(id)}/invites/${encodeURIComponent(inviteId)}`);
}

/** What an invite link offers, before accepting. */
export async function previewInvite(token: string, signal?: AbortSignal): Promise<PresentedInvitePreview> {
  return (await request("GET", `/invites/${encodeURIComponent(token)}`, data(PresentedInvitePreviewSchema), { signal })).data;
}

/** Accept an invite link and join the partnership. */
export function acceptInvite(token: string, input: InviteAcceptInput): Promise<PartnershipWithPolicies> {
  return request("POST", `/invites/${encodeURIComponent(token)}/accept`, PartnershipWithPoliciesSchema, { body: input });
}
