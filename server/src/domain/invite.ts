import type { Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";
import { InvariantError } from "./errors.ts";

/** An invite link. `tokenHash` is the SHA-256 of the secret in the link. */
export interface InviteRecord {
  id: string;
  partnershipId: string;
  tokenHash: string;
  role: Role;
  organisation: string | null;
  sector: Sector | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  revokedAt: string | null;
}

/**
 * Accepting an invite makes a new member: someone who already is a member of
 * the partnership cannot accept (`InvariantError("already_member")`).
 * `isMember` is what the store found inside the accepting transaction (or a
 * concurrent accept that won the membership's uniqueness).
 */
export function assertNotYetMember(isMember: boolean): void {
  if (isMember) throw new InvariantError("already_member");
}

/**
 * An invite is used once: it must be unaccepted, unrevoked and unexpired at
 * the moment of joining. The store claims it with one conditional update on
 * exactly those conditions; `claimed` says whether that update matched, and
 * when it did not the acceptance fails with `InvariantError("invite_used")`.
 */
export function assertInviteClaimed(claimed: boolean): void {
  if (!claimed) throw new InvariantError("invite_used");
}
