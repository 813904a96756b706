import type { InviteRecord } from "../../domain/invite.ts";
import type { MembershipRecord } from "../../domain/membership.ts";

/** Invite links. */
export interface InviteRepository {
  create(invite: InviteRecord): Promise<void>;
  findById(id: string): Promise<InviteRecord | null>;
  findByTokenHash(tokenHash: string): Promise<InviteRecord | null>;
  listForPartnership(partnershipId: string): Promise<InviteRecord[]>;
  revoke(id: string, revokedAt: string): Promise<void>;
  /**
   * Accept atomically: mark the invite used and create the membership. Fails
   * with `InvariantError("invite_used")` when the invite was used, revoked or
   * (by `membership.joinedAt`) expired in the meantime, and with
   * `InvariantError("already_member")` when the user is already a member
   * (the rules in `domain/invite.ts`).
   */
  accept(inviteId: string, membership: MembershipRecord): Promise<void>;
}
