import type { Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";

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
