import type { ServerContext } from "../services/context.ts";
import type { UserRecord } from "../domain/user.ts";

/** Version of the "your data" JSON; bump when its shape changes. */
export const ACCOUNT_DATA_FORMAT = "jigsaw-your-data/1";

/**
 * Everything Jigsaw holds about one person, for their "your data" download
 * (UK GDPR Article 15, right of access; Article 20, portability): account,
 * sessions, memberships, notification settings, notifications, the comments
 * and reactions they wrote, their agreement responses (and rounds they
 * proposed or closed), their last visits, and audit entries by or about them.
 * Secrets are never included (password hash, two-factor secret, session and
 * link tokens). Plan text they co-wrote is shared work: it is in the plan's
 * own export, not here.
 */
export async function collectAccountData(ctx: ServerContext, user: UserRecord): Promise<Record<string, unknown>> {
  const s = ctx.storage;
  const memberships = await s.partnerships.listForUser(user.id);
  const [sessions, preferences, comments, audit] = await Promise.all([
    s.sessions.listForUser(user.id),
    s.preferences.get(user.id),
    s.comments.listByAuthor(user.id),
    s.audit.listAboutUser(user.id, 100_000),
  ]);

  const notifications = [];
  for (let before: string | undefined; ; ) {
    const page = await s.notifications.listForUser(user.id, { limit: 200, ...(before ? { before } : {}) });
    notifications.push(...page);
    if (page.length < 200) break;
    before = page[page.length - 1]!.createdAt;
  }

  // Plans they can see, plus plans of partnerships they left where they left a trace.
  const planIds = new Set<string>([...comments.map((c) => c.planId), ...audit.flatMap((a) => (a.planId ? [a.planId] : []))]);
  for (const { partnership } of memberships) {
    for (const p of await s.plans.listForPartnership(partnership.id)) planIds.add(p.id);
  }
  const reactions = [];
  const agreementActions = [];
  const visits = [];
  for (const planId of planIds) {
    const [planReactions, rounds, visit] = await Promise.all([s.comments.listReactionsForPlan(planId), s.agreements.listForPlan(planId), s.visits.get(user.id, planId)]);
    reactions.push(...planReactions.filter((r) => r.userId === user.id).map(({ commentId, planId: pid, reaction, createdAt }) => ({ commentId, planId: pid, reaction, createdAt })));
    if (visit) visits.push({ planId, visitedAt: visit.visitedAt });
    for (const r of rounds) {
      const base = { roundId: r.id, planId: r.planId, title: r.title };
      if (r.proposedBy.userId === user.id) agreementActions.push({ ...base, action: "proposed", organisation: r.proposedBy.organisation, role: r.proposedBy.role, at: r.proposedAt });
      for (const t of r.trail) {
        if (t.by.userId === user.id) agreementActions.push({ ...base, action: "responded", response: t.kind, comment: t.comment, organisation: t.by.organisation, role: t.by.role, at: t.at });
      }
      if (r.closedBy?.userId === user.id) agreementActions.push({ ...base, action: "closed", outcome: r.outcome, organisation: r.closedBy.organisation, role: r.closedBy.role, at: r.closedAt });
    }
  }

  return {
    format: ACCOUNT_DATA_FORMAT,
    exportedAt: new Date().toISOString(),
    account: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      createdAt: user.createdAt,
      emailVerifiedAt: user.emailVerifiedAt ?? null,
      twoFactorEnabled: !!user.totpSecret,
    },
    sessions: sessions.map((x) => ({ createdAt: x.createdAt, lastSeenAt: x.lastSeenAt, expiresAt: x.expiresAt })),
    memberships: memberships.map(({ partnership, membership }) => ({
      partnershipId: partnership.id,
      partnership: partnership.name,
      organisation: membership.organisation,
      sector: membership.sector,
      role: membership.role,
      joinedAt: membership.joinedAt,
    })),
    notificationSettings: preferences
      ? { mention: preferences.mention, reply: preferences.reply, leadComment: preferences.leadComment, agreementRequest: preferences.agreementRequest, updatedAt: preferences.updatedAt }
      : null,
    notifications: notifications.map(({ userId: _u, ...n }) => n),
    comments: comments.map((c) => ({
      id: c.id,
      planId: c.planId,
      partnershipId: c.partnershipId,
      threadId: c.threadId,
      parentId: c.parentId,
      body: c.body,
      createdAt: c.createdAt,
      editedAt: c.editedAt,
      deletedAt: c.deletedAt,
    })),
    reactions,
    agreements: agreementActions,
    planVisits: visits,
    auditEntries: audit.map((a) => ({
      at: a.at,
      partnershipId: a.partnershipId,
      planId: a.planId,
      action: a.action,
      by: a.actorId === user.id ? "you" : a.actorName,
      organisation: a.organisation,
      subjectType: a.subjectType,
      subjectId: a.subjectId,
      details: JSON.parse(a.details) as unknown,
    })),
  };
}
