import type { PresentedInvite } from "@jigsaw/shared/domain/partnership";
import type { InviteRecord } from "../domain/invite.ts";

/** An invite for facilitators. The secret link is only included when just created. */
export function presentInvite(i: InviteRecord, url?: string): PresentedInvite {
  return {
    id: i.id,
    partnershipId: i.partnershipId,
    role: i.role,
    organisation: i.organisation,
    sector: i.sector,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    acceptedAt: i.acceptedAt,
    revokedAt: i.revokedAt,
    ...(url ? { url } : {}),
  };
}
