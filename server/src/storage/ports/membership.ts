import type { MemberRecord, MembershipRecord } from "../../domain/membership.ts";

/** Memberships. */
export interface MembershipRepository {
  find(partnershipId: string, userId: string): Promise<MembershipRecord | null>;
  listMembers(partnershipId: string): Promise<MemberRecord[]>;
  /**
   * Update a membership. Rejects with `LastFacilitatorError`-style
   * `InvariantError("last_facilitator")` if it would leave no facilitator.
   * Returns the updated record, or null if there was no such membership.
   */
  update(
    partnershipId: string,
    userId: string,
    patch: Partial<Pick<MembershipRecord, "role" | "organisation" | "sector">>,
    updatedAt: string,
  ): Promise<MembershipRecord | null>;
  /** Remove a membership; same facilitator invariant. Returns false if none existed. */
  remove(partnershipId: string, userId: string): Promise<boolean>;
}
