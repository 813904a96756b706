import type { MembershipRecord } from "../../domain/membership.ts";
import type { PartnershipRecord } from "../../domain/partnership.ts";

/** Partnerships and their memberships. */
export interface PartnershipRepository {
  /** Create a partnership and its founding facilitator atomically. */
  createWithFounder(partnership: PartnershipRecord, founder: MembershipRecord): Promise<void>;
  findById(id: string): Promise<PartnershipRecord | null>;
  update(id: string, patch: Partial<Pick<PartnershipRecord, "name" | "place" | "description" | "twoFactorRequiredAt">>): Promise<void>;
  /** Partnerships the user is a member of, with their membership. */
  listForUser(userId: string): Promise<Array<{ partnership: PartnershipRecord; membership: MembershipRecord }>>;
}
