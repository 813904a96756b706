import { PLAN_ABILITIES, type Abilities, type PlanAbility } from "@jigsaw/shared/domain/abilities";
import { roleAtLeast } from "@jigsaw/shared/domain/role";
import type { PlanRecord } from "../domain/plan.ts";
import type { Actor } from "./types.ts";
import { isMember } from "./partnership.ts";

/**
 * Decide one plan ability. REST routes, socket.io and the Yjs endpoint all ask
 * here. Archived plans are read-only for everyone except unarchiving.
 */
export function canPlan(actor: Actor, ability: PlanAbility, plan: Pick<PlanRecord, "partnershipId" | "archivedAt">): boolean {
  if (!isMember(actor, { id: plan.partnershipId })) {
    return false;
  }
  const role = actor.membership!.role;
  const archived = plan.archivedAt !== null;
  switch (ability) {
    case "read":
      return true;
    case "export":
      return true;
    case "edit":
      return !archived && roleAtLeast(role, "editor");
    case "comment":
      return !archived && roleAtLeast(role, "commenter");
    case "rename":
      return !archived && roleAtLeast(role, "editor");
    case "archive":
    case "runMeeting":
    case "proposeAgreement":
    case "nameVersion":
      return role === "facilitator" && (ability === "archive" || !archived);
    case "restoreVersion":
      return !archived && role === "facilitator";
    case "respondAgreement":
      // Signing for an organisation: editors and facilitators (roleMaySign in the agreement state machine says the same).
      return !archived && roleAtLeast(role, "editor");
  }
}

/** Every plan ability for the client. */
export function planAbilities(actor: Actor, plan: Pick<PlanRecord, "partnershipId" | "archivedAt">): Abilities<PlanAbility> {
  return Object.fromEntries(PLAN_ABILITIES.map((a) => [a, canPlan(actor, a, plan)])) as Abilities<PlanAbility>;
}
