import type { DomainEvents } from "../services/events.ts";
import type { ServerContext } from "../services/context.ts";
import { canPlan } from "../policies/index.ts";
import { sameOrganisation } from "./commentNotifications.ts";
import { deliverNotifications } from "./notificationDelivery.ts";

/**
 * Turn an `agreement.requested` event into notifications for the members who
 * represent the required organisations and may respond (commenters and up),
 * never the proposer.
 */
export async function notifyAgreementRequested(ctx: ServerContext, e: DomainEvents["agreement.requested"]): Promise<void> {
  const plan = await ctx.storage.plans.findById(e.planId);
  if (!plan || plan.partnershipId !== e.partnershipId) return;
  const members = await ctx.storage.memberships.listMembers(e.partnershipId);
  const proposer = members.find((m) => m.userId === e.proposedBy)?.displayName ?? "A facilitator";
  const wanted = e.requiredOrganisations;
  const recipients = members.filter(
    (m) =>
      m.userId !== e.proposedBy &&
      canPlan({ user: { id: m.userId }, membership: m }, "respondAgreement", plan) &&
      (wanted.length === 0 || wanted.some((o) => sameOrganisation(o, m.organisation))),
  );
  const deadline = e.deadline ? ` by ${e.deadline.slice(0, 10)}` : "";
  await deliverNotifications(
    ctx,
    recipients.map((m) => ({
      userId: m.userId,
      kind: "agreement_request" as const,
      partnershipId: e.partnershipId,
      planId: e.planId,
      threadId: null,
      commentId: null,
      actorId: e.proposedBy,
      title: `${proposer} asked ${m.organisation} to agree “${e.title}”${deadline}`,
      excerpt: `${plan.title}: please review and respond${deadline}.`,
      path: `/plans/${e.planId}?agreement=${e.agreementId}`,
      createdAt: new Date().toISOString(),
    })),
  );
}
