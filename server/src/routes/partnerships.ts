import { Router } from "express";
import { PartnershipCreateSchema, PartnershipUpdateSchema } from "@jigsaw/shared/domain/partnership";
import { partnershipCreator } from "../commands/partnershipCreator.ts";
import { updatePartnership } from "../commands/partnershipUpdater.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import { parse } from "../middlewares/validate.ts";
import { authorizePartnership, partnershipAbilities } from "../policies/index.ts";
import { presentMembership, presentPartnership } from "../presenters/partnership.ts";
import type { Services } from "../services/services.ts";
import { loadPartnershipActor } from "./loaders.ts";

/** Partnerships: list mine, create, read, update. */
export function partnershipRoutes(ctx: Services): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const auth = requireAuth(req);
    const rows = await ctx.storage.partnerships.listForUser(auth.user.id);
    res.json({
      data: rows.map(({ partnership, membership }) =>
        presentPartnership(partnership, presentMembership(membership, auth.user.displayName)),
      ),
    });
  });

  router.post("/", async (req, res) => {
    const auth = requireAuth(req);
    const input = parse(PartnershipCreateSchema, req.body);
    const { partnership, membership } = await partnershipCreator(ctx, auth.user.id, input);
    const actor = { user: auth.user, membership };
    res.status(201).json({
      data: presentPartnership(partnership, presentMembership(membership, auth.user.displayName)),
      policies: partnershipAbilities(actor, partnership),
    });
  });

  router.get("/:partnershipId", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    authorizePartnership(actor, "read", partnership);
    const auth = requireAuth(req);
    res.json({
      data: presentPartnership(partnership, presentMembership(actor.membership as never, auth.user.displayName)),
      policies: partnershipAbilities(actor, partnership),
    });
  });

  router.patch("/:partnershipId", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    authorizePartnership(actor, "update", partnership);
    const input = parse(PartnershipUpdateSchema, req.body);
    const auth = requireAuth(req);
    const updated = await updatePartnership(ctx, auth.user, actor.membership as { organisation: string } | null, partnership, input);
    res.json({
      data: presentPartnership(updated, presentMembership(actor.membership as never, auth.user.displayName)),
      policies: partnershipAbilities(actor, updated),
    });
  });

  return router;
}
