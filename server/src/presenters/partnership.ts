import type { PresentedMembership, PresentedPartnership } from "@jigsaw/shared/domain/partnership";
import type { MemberRecord, MembershipRecord } from "../domain/membership.ts";
import type { PartnershipRecord } from "../domain/partnership.ts";

/** A membership for the API. Emails are not shown to other members. */
export function presentMembership(m: MembershipRecord & { displayName?: string }, displayName?: string): PresentedMembership {
  return {
    partnershipId: m.partnershipId,
    userId: m.userId,
    displayName: displayName ?? m.displayName ?? "",
    organisation: m.organisation,
    sector: m.sector,
    role: m.role,
    joinedAt: m.joinedAt,
  };
}

/** A member for the API. */
export function presentMember(m: MemberRecord): PresentedMembership {
  return presentMembership(m, m.displayName);
}

/** A partnership for the API. */
export function presentPartnership(p: PartnershipRecord, membership: PresentedMembership | null): PresentedPartnership {
  return {
    id: p.id,
    name: p.name,
    place: p.place,
    description: p.description,
    createdAt: p.createdAt,
    twoFactorRequired: !!p.twoFactorRequiredAt,
    membership,
  };
}
