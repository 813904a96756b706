import type { MemberRecord, MembershipRecord } from "../../domain/membership.ts";

/** Memberships. */
export interface MembershipRepository {
  find(partnershipId: string, userId: string): Promise<MembershipRecord | null>;
  listMembers(partnershipId: string): Promise<MemberRecord[]>;
  /**
   * Update a membership. Rejects with `InvariantError("last_facilitator")`
   * if it would leave no facilitator (the rule in `domain/membership.ts`,
   * checked inside the adapter's transaction).
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
