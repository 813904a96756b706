import { Router } from "express";
import { PartnershipCreateSchema, PartnershipUpdateSchema } from "@jigsaw/shared/domain/partnership";
import { auditActorFor, recordAudit } from "../commands/auditRecorder.ts";
import { partnershipCreator } from "../commands/partnershipCreator.ts";
import { ConflictError } from "../errors.ts";
import { nowIso } from "../utils/clock.ts";
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
    const { requireTwoFactor, ...input } = parse(PartnershipUpdateSchema, req.body);
    const auth0 = requireAuth(req);
    const patch: Parameters<typeof ctx.storage.partnerships.update>[1] = { ...input };
    if (requireTwoFactor !== undefined && requireTwoFactor !== !!partnership.twoFactorRequiredAt) {
      // A facilitator cannot require what they have not done: they would lock themselves out.
      if (requireTwoFactor && !auth0.user.totpSecret) throw ConflictError("Turn on two-factor sign-in for your own account before requiring it of every member.");
      patch.twoFactorRequiredAt = requireTwoFactor ? nowIso() : null;
      await recordAudit(ctx, {
        plan: { id: null, partnershipId: partnership.id },
        actor: await auditActorFor(ctx, auth0.user.id, actor.membership as { organisation: string } | null),
        action: requireTwoFactor ? "partnership.two_factor_required" : "partnership.two_factor_optional",
        subjectType: "partnership",
        subjectId: partnership.id,
      });
    }
    if (Object.keys(patch).length > 0) await ctx.storage.partnerships.update(partnership.id, patch);
    const updated = (await ctx.storage.partnerships.findById(partnership.id))!;
    const auth = requireAuth(req);
    res.json({
      data: presentPartnership(updated, presentMembership(actor.membership as never, auth.user.displayName)),
      policies: partnershipAbilities(actor, updated),
    });
  });

  return router;
}
