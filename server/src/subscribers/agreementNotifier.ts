import { sameOrganisation } from "../commands/commentNotifications.ts";
import { notifyAgreedTextChanged } from "../commands/agreementChangedNotifications.ts";
import { notifyAgreementClosed } from "../commands/agreementClosedNotifications.ts";
import { deliverNotifications } from "../commands/notificationDelivery.ts";
import { notifyAgreementResponded } from "../commands/agreementResponseNotifications.ts";
import { log } from "../logging/logger.ts";
import { canPlan } from "../policies/index.ts";
import type { DomainEvents } from "../services/events.ts";
import type { Services } from "../services/services.ts";
import type { Subscriber } from "./subscriber.ts";

const mailLog = log("mail");

/**
 * Tell members about agreement rounds: a round requested (the required
 * organisations' representatives), a response or objection, a round closed,
 * and agreed text changed; one notification run per event, failures logged.
 */
export function agreementNotifier(services: Services): Subscriber {
  const failed = (agreementId: string) => (err: unknown) => mailLog.error({ err, agreementId }, "agreement notifications failed");
  const ev = services.events;
  const offs = [
    ev.on("agreement.requested", (e) => void notifyAgreementRequested(services, e).catch(failed(e.agreementId))),
    ev.on("agreement.responded", (e) => void notifyAgreementResponded(services, e).catch(failed(e.agreementId))),
    ev.on("agreement.closed", (e) => void notifyAgreementClosed(services, e).catch(failed(e.agreementId))),
    ev.on("agreement.textChanged", (e) => void notifyAgreedTextChanged(services, e).catch(failed(e.sections[0]?.roundId ?? e.planId))),
  ];
  return {
    name: "agreementNotifier",
    async close() {
      for (const off of offs) off();
    },
  };
}

/**
 * Turn an `agreement.requested` event into notifications for the members who
 * represent the required organisations and may respond (commenters and up),
 * never the proposer.
 */
export async function notifyAgreementRequested(ctx: Services, e: DomainEvents["agreement.requested"]): Promise<void> {
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
