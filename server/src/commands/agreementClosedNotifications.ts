import type { DomainEvents } from "../services/events.ts";
import type { Services } from "../services/services.ts";
import { sameOrganisation } from "./commentNotifications.ts";
import { deliverNotifications } from "./notificationDelivery.ts";

/**
 * Turn an `agreement.closed` event into notifications for every member of
 * the signing organisations (whatever their role) and the proposer, never the
 * facilitator who closed it: the outcome, and a link to the round.
 */
export async function notifyAgreementClosed(ctx: Services, e: DomainEvents["agreement.closed"]): Promise<void> {
  const plan = await ctx.storage.plans.findById(e.planId);
  if (!plan || plan.partnershipId !== e.partnershipId) return;
  const members = await ctx.storage.memberships.listMembers(e.partnershipId);
  const recipients = members.filter(
    (m) => m.userId !== e.closedBy && (m.userId === e.proposedBy || e.requiredOrganisations.some((o) => sameOrganisation(o, m.organisation))),
  );
  await deliverNotifications(
    ctx,
    recipients.map((m) => ({
      userId: m.userId,
      kind: "agreement_closed" as const,
      partnershipId: e.partnershipId,
      planId: e.planId,
      threadId: null,
      commentId: null,
      actorId: e.closedBy,
      title: `“${e.title}” was agreed`,
      excerpt: `${plan.title}: ${e.outcome || "Agreed."}`.slice(0, 400),
      path: `/plans/${e.planId}?agreement=${e.agreementId}`,
      createdAt: new Date().toISOString(),
    })),
  );
}
