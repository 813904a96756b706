import { Router } from "express";
import { InviteAcceptSchema, InviteCreateSchema, type PresentedInvitePreview } from "@jigsaw/shared/domain/partnership";
import { findUsableInvite, inviteAcceptor } from "../commands/inviteAcceptor.ts";
import { inviteCreator } from "../commands/inviteCreator.ts";
import { NotFoundError } from "../errors.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import { parse } from "../middlewares/validate.ts";
import { authorizePartnership, partnershipAbilities } from "../policies/index.ts";
import { presentInvite } from "../presenters/invite.ts";
import { presentMembership, presentPartnership } from "../presenters/partnership.ts";
import type { Services } from "../services/services.ts";
import { idParam, loadPartnershipActor } from "./loaders.ts";
import { nowIso } from "../utils/clock.ts";

/** Invites under a partnership: list, create, revoke (facilitators). */
export function partnershipInviteRoutes(ctx: Services): Router {
  const router = Router({ mergeParams: true });

  router.get("/", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    authorizePartnership(actor, "invite", partnership);
    const invites = await ctx.storage.invites.listForPartnership(partnership.id);
    res.json({ data: invites.map((i) => presentInvite(i)) });
  });

  router.post("/", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    authorizePartnership(actor, "invite", partnership);
    const input = parse(InviteCreateSchema, req.body);
    const { invite, url } = await inviteCreator(ctx, partnership.id, actor.user.id, input);
    res.status(201).json({ data: presentInvite(invite, url) });
  });

  router.delete("/:inviteId", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    authorizePartnership(actor, "invite", partnership);
    const invite = await ctx.storage.invites.findById(idParam(req, "inviteId"));
    if (!invite || invite.partnershipId !== partnership.id) throw NotFoundError("Invite not found");
    await ctx.storage.invites.revoke(invite.id, nowIso());
    res.status(204).end();
  });

  return router;
}

const TokenSchema = /^[A-Za-z0-9_-]{20,100}$/;

/** Invite links as seen by the invitee: preview and accept. */
export function inviteRoutes(ctx: Services): Router {
  const router = Router();

  router.get("/:token", async (req, res) => {
    requireAuth(req);
    const token = String(req.params.token);
    if (!TokenSchema.test(token)) throw NotFoundError("This invite link is not valid");
    const invite = await findUsableInvite(ctx, token);
    const partnership = await ctx.storage.partnerships.findById(invite.partnershipId);
    const inviter = await ctx.storage.users.findById(invite.createdBy);
    if (!partnership) throw NotFoundError("This invite link is not valid");
    const preview: PresentedInvitePreview = {
      partnershipName: partnership.name,
      place: partnership.place,
      role: invite.role,
      organisation: invite.organisation,
      sector: invite.sector,
      expiresAt: invite.expiresAt,
      invitedBy: inviter?.displayName ?? "A facilitator",
    };
    res.json({ data: preview });
  });

  router.post("/:token/accept", async (req, res) => {
    const auth = requireAuth(req);
    const token = String(req.params.token);
    if (!TokenSchema.test(token)) throw NotFoundError("This invite link is not valid");
    const input = parse(InviteAcceptSchema, req.body);
    const membership = await inviteAcceptor(ctx, auth.user.id, token, input);
    const partnership = (await ctx.storage.partnerships.findById(membership.partnershipId))!;
    const actor = { user: auth.user, membership };
    res.status(201).json({
      data: presentPartnership(partnership, presentMembership(membership, auth.user.displayName)),
      policies: partnershipAbilities(actor, partnership),
    });
  });

  return router;
}
