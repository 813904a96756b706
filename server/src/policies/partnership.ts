import { PARTNERSHIP_ABILITIES, type Abilities, type PartnershipAbility } from "@jigsaw/shared/domain/abilities";
import { roleAtLeast } from "@jigsaw/shared/domain/role";
import type { PartnershipRecord } from "../domain/partnership.ts";
import type { Actor } from "./types.ts";

/** True when the actor is a member of this partnership. */
export function isMember(actor: Actor, partnership: Pick<PartnershipRecord, "id">): boolean {
  return actor.membership !== null && actor.membership.partnershipId === partnership.id && actor.membership.userId === actor.user.id;
}

/** Decide one partnership ability. The only place partnership rules live. */
export function canPartnership(actor: Actor, ability: PartnershipAbility, partnership: Pick<PartnershipRecord, "id">): boolean {
  if (!isMember(actor, partnership)) {
    return false;
  }
  const role = actor.membership!.role;
  switch (ability) {
    case "read":
      return true;
    case "update":
    case "manageMembers":
    case "invite":
    case "extendOutcomes":
      return role === "facilitator";
    case "createPlan":
      return roleAtLeast(role, "editor");
  }
}

/** Every partnership ability for the client. */
export function partnershipAbilities(actor: Actor, partnership: Pick<PartnershipRecord, "id">): Abilities<PartnershipAbility> {
  return Object.fromEntries(PARTNERSHIP_ABILITIES.map((a) => [a, canPartnership(actor, a, partnership)])) as Abilities<PartnershipAbility>;
}
