import { Router } from "express";
import { MembershipUpdateSchema } from "@jigsaw/shared/domain/partnership";
import { membershipRemover, membershipUpdater } from "../commands/membershipUpdater.ts";
import { parse } from "../middlewares/validate.ts";
import { authorizePartnership, canPartnership } from "../policies/index.ts";
import { presentMember, presentMembership } from "../presenters/partnership.ts";
import type { Services } from "../services/services.ts";
import { idParam, loadPartnershipActor } from "./loaders.ts";
import { ForbiddenError } from "../errors.ts";
import { auditActorFor } from "../commands/auditRecorder.ts";

/**
 * Members of a partnership: list, change role/organisation/sector, remove (or
 * leave). Role, organisation and sector are set by a facilitator only: the
 * organisation is who a member signs for in agreement rounds, so members
 * cannot change their own. Every change is in the partnership's audit trail.
 */
export function memberRoutes(ctx: Services): Router {
  const router = Router({ mergeParams: true });

  router.get("/", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    authorizePartnership(actor, "read", partnership);
    const members = await ctx.storage.memberships.listMembers(partnership.id);
    res.json({ data: members.map(presentMember) });
  });

  router.patch("/:userId", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    const userId = idParam(req, "userId");
    const input = parse(MembershipUpdateSchema, req.body);
    authorizePartnership(actor, "read", partnership);
    if (!canPartnership(actor, "manageMembers", partnership)) {
      throw ForbiddenError("Only a facilitator can change a member's role, organisation or sector: the organisation is who a member signs for");
    }
    const updated = await membershipUpdater(ctx, partnership.id, userId, input, await auditActorFor(ctx, actor.user.id, await ctx.storage.memberships.find(partnership.id, actor.user.id)));
    const user = await ctx.storage.users.findById(userId);
    res.json({ data: presentMembership(updated, user?.displayName ?? "") });
  });

  router.delete("/:userId", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    const userId = idParam(req, "userId");
    if (userId === actor.user.id) {
      authorizePartnership(actor, "read", partnership);
    } else {
      authorizePartnership(actor, "manageMembers", partnership);
    }
    if (!partnership) throw ForbiddenError();
    await membershipRemover(ctx, partnership.id, userId, await auditActorFor(ctx, actor.user.id, await ctx.storage.memberships.find(partnership.id, actor.user.id)));
    res.status(204).end();
  });

  return router;
}
