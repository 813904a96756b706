import type { AgreementActor, AgreementRound } from "@jigsaw/shared/agreement/schema";
import type { AgreementRoundPolicies } from "@jigsaw/shared/agreement/presented";
import { agreementTally, representedOrganisation } from "@jigsaw/shared/agreement/stateMachine";
import type { PlanRecord } from "../domain/plan.ts";
import { canPlan } from "./plan.ts";
import type { Actor } from "./types.ts";

/**
 * What the caller may do with one round. The state machine
 * (`@jigsaw/shared/agreement/stateMachine`) enforces the same rules when the
 * command runs; this answers the client's "show the button?" question and
 * adds plan-level conditions (archived plans are read-only).
 */
export function agreementPolicies(
  actor: Actor,
  member: AgreementActor | null,
  plan: Pick<PlanRecord, "partnershipId" | "archivedAt">,
  round: AgreementRound,
  now: { currentHash: string | null; today: string } = { currentHash: null, today: "" },
): AgreementRoundPolicies {
  const open = round.status === "open";
  const canRespond = open && member !== null && canPlan(actor, "respondAgreement", plan);
  const org = canRespond ? representedOrganisation(round, member) : null;
  const respondAs = typeof org === "string" ? org : null;
  const facilitator = open && canPlan(actor, "proposeAgreement", plan);
  const tally = agreementTally(round, { currentHash: now.currentHash, today: now.today || undefined });
  return {
    respond: respondAs !== null,
    respondAs,
    close: facilitator && tally.quorum,
    reask: facilitator && tally.stale.length > 0,
    withdraw: facilitator,
  };
}
