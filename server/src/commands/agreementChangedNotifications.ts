import type { DomainEvents } from "../services/events.ts";
import type { Services } from "../services/services.ts";
import { sameOrganisation } from "./commentNotifications.ts";
import { deliverNotifications } from "./notificationDelivery.ts";

/**
 * Turn an `agreement.textChanged` event (agreed sections turned "Changed
 * since agreement"; emitted once per change burst) into notifications for
 * every member of the organisations that signed those sections, naming the
 * sections and what changed. The edit is the live document's, so there is no
 * single actor to leave out.
 */
export async function notifyAgreedTextChanged(ctx: Services, e: DomainEvents["agreement.textChanged"]): Promise<void> {
  const plan = await ctx.storage.plans.findById(e.planId);
  if (!plan || plan.partnershipId !== e.partnershipId || e.sections.length === 0) return;
  const rounds = await ctx.storage.agreements.listForPlan(e.planId);
  const signers = new Set<string>();
  for (const s of e.sections) for (const o of rounds.find((r) => r.id === s.roundId)?.requiredOrganisations ?? []) signers.add(o);
  if (signers.size === 0) return;
  const members = await ctx.storage.memberships.listMembers(e.partnershipId);
  const recipients = members.filter((m) => [...signers].some((o) => sameOrganisation(o, m.organisation)));
  const names = e.sections.map((s) => `“${s.title}”`).join(", ");
  const what = e.sections.flatMap((s) => s.changes).slice(0, 5).join(" ");
  await deliverNotifications(
    ctx,
    recipients.map((m) => ({
      userId: m.userId,
      kind: "agreement_changed" as const,
      partnershipId: e.partnershipId,
      planId: e.planId,
      threadId: null,
      commentId: null,
      actorId: null,
      title: `Agreed text changed in “${plan.title}”: ${names}`.slice(0, 200),
      excerpt: `Changed since ${m.organisation} agreed it. ${what}`.slice(0, 400),
      path: `/plans/${e.planId}?agreement=${e.sections[0]!.roundId}`,
      createdAt: new Date().toISOString(),
    })),
  );
}
