import type { DomainEvents } from "../services/events.ts";
import type { Services } from "../services/services.ts";
import { deliverNotifications } from "./notificationDelivery.ts";

const VERB: Record<DomainEvents["agreement.responded"]["response"], string> = {
  consent: "consented to",
  consent_with_comment: "consented, with a comment, to",
  object: "objected to",
  abstain: "stood aside on",
};

/**
 * Turn an `agreement.responded` event into notifications for the round's
 * proposer and the partnership's facilitators (never the responder): who
 * responded for which organisation, how, and the reason or comment.
 */
export async function notifyAgreementResponded(ctx: Services, e: DomainEvents["agreement.responded"]): Promise<void> {
  const plan = await ctx.storage.plans.findById(e.planId);
  if (!plan || plan.partnershipId !== e.partnershipId) return;
  const members = await ctx.storage.memberships.listMembers(e.partnershipId);
  const recipients = members.filter((m) => m.userId !== e.by && (m.userId === e.proposedBy || m.role === "facilitator"));
  const responder = members.find((m) => m.userId === e.by)?.displayName ?? "A member";
  const changed = e.changed ? " (changed response)" : "";
  const title = `${e.organisation} ${VERB[e.response]} “${e.title}”${changed}`;
  const reason = e.comment ? `${e.response === "object" ? "Reason" : "Comment"}: ${e.comment}` : "No comment.";
  await deliverNotifications(
    ctx,
    recipients.map((m) => ({
      userId: m.userId,
      kind: "agreement_response" as const,
      partnershipId: e.partnershipId,
      planId: e.planId,
      threadId: null,
      commentId: null,
      actorId: e.by,
      title,
      excerpt: `${plan.title}: ${responder} for ${e.organisation}. ${reason}`.slice(0, 400),
      path: `/plans/${e.planId}?agreement=${e.agreementId}`,
      createdAt: new Date().toISOString(),
    })),
  );
}
