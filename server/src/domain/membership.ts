import type { Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";

/** A user's membership of a partnership. */
export interface MembershipRecord {
  partnershipId: string;
  userId: string;
  organisation: string;
  sector: Sector;
  role: Role;
  joinedAt: string;
  updatedAt: string;
}

/** A membership joined with the member's display name. */
export interface MemberRecord extends MembershipRecord {
  displayName: string;
  email: string;
}
