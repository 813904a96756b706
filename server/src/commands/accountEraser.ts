import { ForbiddenError, LastFacilitatorError, NotFoundError } from "../errors.ts";
import { log } from "../logging/logger.ts";
import type { ServerContext } from "../services/context.ts";
import { InvariantError } from "../domain/errors.ts";
import { redactSignOff } from "../storage/agreementRedaction.ts";
import type { SignOffRecord } from "@jigsaw/shared/versions/schema";
import { nowIso } from "../utils/clock.ts";
import { recordAudit, type AuditActor } from "./auditRecorder.ts";

const accountLog = log("commands");

/** Who asked for an erasure. */
export type ErasureRequest = { by: "self" } | { by: "facilitator"; partnershipId: string; actor: AuditActor };

/**
 * Replace the person's name in the sign-off records of agreed versions, using
 * the rounds as they are before their own redaction (which says which names
 * and times were theirs).
 */
async function redactSignOffs(ctx: ServerContext, userId: string, planIds: ReadonlySet<string>, label: string): Promise<string[]> {
  const rounds: string[] = [];
  for (const planId of planIds) {
    for (const round of await ctx.storage.agreements.listForPlan(planId)) {
      const acted = round.proposedBy.userId === userId || round.closedBy?.userId === userId || [...round.trail, ...round.responses].some((r) => r.by.userId === userId);
      if (acted) rounds.push(round.id);
      if (!round.versionId) continue;
      const version = await ctx.storage.versions.findById(round.versionId);
      if (!version?.signOff) continue;
      const next = redactSignOff(JSON.parse(version.signOff) as SignOffRecord, round, userId, label);
      if (next) await ctx.storage.versions.redactSignOff(version.id, JSON.stringify(next));
    }
  }
  return rounds;
}

/** Plans where a person may have acted: those of their partnerships, and any their comments or audit entries name. */
async function plansTouchedBy(ctx: ServerContext, userId: string, partnershipIds: readonly string[]): Promise<Set<string>> {
  const planIds = new Set<string>();
  for (const a of await ctx.storage.audit.listAboutUser(userId, 100_000)) if (a.planId) planIds.add(a.planId);
  for (const c of await ctx.storage.comments.listByAuthor(userId)) planIds.add(c.planId);
  for (const id of partnershipIds) for (const p of await ctx.storage.plans.listForPartnership(id)) planIds.add(p.id);
  return planIds;
}

/** The label an erased person's work is attributed to. */
export function formerMemberLabel(organisation: string | null): string {
  return organisation ? `Former member (${organisation})` : "Former member";
}

/**
 * Erase a person (UK GDPR Article 17). Their comments, edits and sign-offs
 * stay in the plans, attributed to "Former member (organisation)"; their
 * name and email are replaced, their password and two-factor secret removed,
 * their sessions, links, notification settings, notifications and visits
 * deleted, their memberships ended; agreement records keep organisation, role
 * and time so each sign-off stays verifiable; the erasure itself is audited in
 * every partnership concerned.
 *
 * A member erases themselves (not while they are the last facilitator of a
 * partnership). A facilitator erases someone who has left the partnership and
 * belongs to no partnership any more.
 */
export async function eraseAccount(ctx: ServerContext, userId: string, request: ErasureRequest): Promise<{ label: string }> {
  const user = await ctx.storage.users.findById(userId);
  if (!user || user.erasedAt) throw NotFoundError("Account not found");
  const memberships = await ctx.storage.partnerships.listForUser(userId);

  let organisation: string | null;
  let partnershipIds: string[];
  if (request.by === "self") {
    for (const { partnership, membership } of memberships) {
      if (membership.role !== "facilitator") continue;
      const others = (await ctx.storage.memberships.listMembers(partnership.id)).filter((m) => m.role === "facilitator" && m.userId !== userId);
      if (others.length === 0) throw LastFacilitatorError();
    }
    organisation = memberships[0]?.membership.organisation ?? null;
    partnershipIds = memberships.map((m) => m.partnership.id);
  } else {
    if (memberships.length > 0) throw ForbiddenError("Only the account of someone who has left every partnership can be erased by a facilitator. They can erase their own account.");
    const trace = (await ctx.storage.audit.listAboutUser(userId, 10_000)).filter((a) => a.partnershipId === request.partnershipId);
    const authored = (await ctx.storage.comments.listByAuthor(userId)).some((c) => c.partnershipId === request.partnershipId);
    if (trace.length === 0 && !authored) throw NotFoundError("Account not found");
    organisation = trace.find((a) => a.actorId === userId && a.organisation)?.organisation ?? null;
    partnershipIds = [request.partnershipId];
  }

  const label = formerMemberLabel(organisation);
  const at = nowIso();
  const planIds = await plansTouchedBy(ctx, userId, [...new Set([...partnershipIds, ...memberships.map((m) => m.partnership.id)])]);
  for (const { partnership } of memberships) {
    try {
      await ctx.storage.memberships.remove(partnership.id, userId);
    } catch (err) {
      if (err instanceof InvariantError && err.invariant === "last_facilitator") throw LastFacilitatorError();
      throw err;
    }
    ctx.events.emit("membership.changed", { partnershipId: partnership.id, userId, role: null });
  }
  // Rounds they acted in: their audit entries (e.g. agreement.closed) list responders by name.
  const rounds = await redactSignOffs(ctx, userId, planIds, label);
  await ctx.storage.agreements.redactPerson(userId, label);
  await ctx.storage.audit.redactPerson(userId, user.displayName, label, rounds);
  await ctx.storage.users.erase(userId, { displayName: label, email: `erased-${userId}@erased.invalid`, at });
  ctx.events.emit("user.signedOut", { userId });
  // The erasure itself, after the redaction (so this entry keeps the label, not the name).
  for (const partnershipId of partnershipIds) {
    await recordAudit(ctx, {
      plan: { id: null, partnershipId },
      actor: request.by === "self" ? { userId, displayName: label, organisation } : request.actor,
      action: "account.erased",
      subjectType: "user",
      subjectId: userId,
      details: { by: request.by, attributedTo: label },
      at,
    });
  }
  accountLog.info({ userId, by: request.by }, "account erased");
  return { label };
}
