import type { Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";
import { InvariantError } from "./errors.ts";

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

/**
 * Whether a member going from role `before` to `after` (null: leaving the
 * partnership) takes a facilitator away, so the last-facilitator rule applies.
 */
export function takesAwayFacilitator(before: Role, after: Role | null): boolean {
  return before === "facilitator" && after !== "facilitator";
}

/**
 * The last facilitator cannot leave or step down: a partnership always keeps
 * one. `facilitators` is how many it has now, counting the one going (the
 * store counts inside the transaction that makes the change, when
 * `takesAwayFacilitator` says the rule applies). Throws
 * `InvariantError("last_facilitator")` when none would remain.
 */
export function assertFacilitatorRemains(facilitators: number): void {
  if (facilitators <= 1) throw new InvariantError("last_facilitator");
}
