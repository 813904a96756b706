import { sameOrganisation } from "@jigsaw/shared/agreement/stateMachine";
import { log } from "../logging/logger.ts";
import { canPlan } from "../policies/index.ts";
import type { Services } from "../services/services.ts";
import type { AgreementRecord } from "../domain/agreement.ts";
import { deliverNotifications } from "./notificationDelivery.ts";
import { updateAgreement } from "./agreementUpdater.ts";

const logger = log("commands");
const DAY_MS = 86_400_000;

/**
 * When a round's "closing soon" reminder is due: 00:00 UTC on the day
 * before its deadline (responses are asked for by the end of the deadline
 * day, so partners get a full day's notice). Null when no reminder is
 * wanted: the round is not open, was reminded already, or was proposed
 * inside that last day (the request itself said the deadline).
 */
export function reminderDueAt(round: AgreementRecord): Date | null {
  if (round.status !== "open" || round.reminderSentAt) return null;
  const due = new Date(Date.parse(`${round.deadline}T00:00:00.000Z`) - DAY_MS);
  if (Number.isNaN(due.getTime()) || Date.parse(round.proposedAt) >= due.getTime()) return null;
  return due;
}

/** Required organisations that have not responded yet. */
function notResponded(round: AgreementRecord): string[] {
  return round.requiredOrganisations.filter((o) => !round.responses.some((r) => sameOrganisation(r.organisation, o)));
}

/**
 * The "closing soon" sweep: for every open round whose reminder is due at
 * `now`, claim the reminder on the stored round (compare-and-set, so two
 * nodes or a restart never send it twice), then notify the members who may
 * respond for the organisations that have not responded. The claim is
 * durable, so a restarted server sends what is due and nothing twice.
 * Returns how many rounds were reminded.
 */
export async function sweepAgreementReminders(ctx: Services, now: Date = new Date()): Promise<number> {
  let reminded = 0;
  for (const open of await ctx.storage.agreements.listOpen()) {
    const due = reminderDueAt(open);
    if (!due || due > now) continue;
    const missing = notResponded(open);
    let claimed: AgreementRecord;
    try {
      ({ after: claimed } = await updateAgreement(ctx, open.planId, open.id, (round) =>
        reminderDueAt(round) && round.reminderSentAt == null
          ? { ok: true as const, round: { ...round, reminderSentAt: now.toISOString(), revision: round.revision + 1 } }
          : { ok: false as const, code: "not_open" as const, message: "already reminded or closed" },
      ));
    } catch (err) {
      logger.debug({ err, agreementId: open.id }, "reminder not claimed");
      continue;
    }
    reminded++;
    if (missing.length === 0) continue;
    const plan = await ctx.storage.plans.findById(claimed.planId);
    if (!plan || plan.archivedAt !== null) continue;
    const members = await ctx.storage.memberships.listMembers(plan.partnershipId);
    const recipients = members.filter(
      (m) => canPlan({ user: { id: m.userId }, membership: m }, "respondAgreement", plan) && missing.some((o) => sameOrganisation(o, m.organisation)),
    );
    await deliverNotifications(
      ctx,
      recipients.map((m) => ({
        userId: m.userId,
        kind: "agreement_reminder" as const,
        partnershipId: plan.partnershipId,
        planId: plan.id,
        threadId: null,
        commentId: null,
        actorId: claimed.proposedBy.userId,
        title: `Reminder: ${m.organisation} has not yet responded to “${claimed.title}”, due by ${claimed.deadline}`,
        excerpt: `${plan.title}: responses are asked for by the end of ${claimed.deadline}. Consent, consent with a comment, stand aside or object.`,
        path: `/plans/${plan.id}?agreement=${claimed.id}`,
        createdAt: now.toISOString(),
      })),
    );
  }
  return reminded;
}
