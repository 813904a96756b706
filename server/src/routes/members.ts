import { Router } from "express";
import { MembershipUpdateSchema } from "@jigsaw/shared/domain/partnership";
import { membershipRemover, membershipUpdater } from "../commands/membershipUpdater.ts";
import { parse } from "../middlewares/validate.ts";
import { authorizePartnership } from "../policies/index.ts";
import { presentMember, presentMembership } from "../presenters/partnership.ts";
import type { ServerContext } from "../services/context.ts";
import { idParam, loadPartnershipActor } from "./loaders.ts";
import { ForbiddenError } from "../errors.ts";

/** Members of a partnership: list, change role/organisation/sector, remove (or leave). */
export function memberRoutes(ctx: ServerContext): Router {
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
    const self = userId === actor.user.id;
    // Members may change their own organisation and sector; roles need a facilitator.
    if (!(self && input.role === undefined)) {
      authorizePartnership(actor, "manageMembers", partnership);
    } else {
      authorizePartnership(actor, "read", partnership);
    }
    const updated = await membershipUpdater(ctx, partnership.id, userId, input);
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
    await membershipRemover(ctx, partnership.id, userId);
    res.status(204).end();
  });

  return router;
}
