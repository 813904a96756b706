import { Router } from "express";
import { PlanCreateSchema, PlanUpdateSchema } from "@jigsaw/shared/domain/plan";
import { planCreator } from "../commands/planCreator.ts";
import { updatePlan } from "../commands/planUpdater.ts";
import { readPlanStatus } from "../queries/planStatus.ts";
import { parse } from "../middlewares/validate.ts";
import { authorizePartnership, authorizePlan, planAbilities } from "../policies/index.ts";
import { presentPlan } from "../presenters/plan.ts";
import type { Services } from "../services/services.ts";
import { loadPartnershipActor, loadPlanActor } from "./loaders.ts";

/** Plans under a partnership: list (with last activity) and create. */
export function partnershipPlanRoutes(ctx: Services): Router {
  const router = Router({ mergeParams: true });

  router.get("/", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    authorizePartnership(actor, "read", partnership);
    const plans = await ctx.storage.plans.listForPartnership(partnership.id);
    const statuses = await Promise.all(plans.map((p) => readPlanStatus(ctx, p)));
    res.json({ data: plans.map((p, i) => ({ ...presentPlan(p), agreementStatus: statuses[i], policies: planAbilities(actor, p) })) });
  });

  router.post("/", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    authorizePartnership(actor, "createPlan", partnership);
    const input = parse(PlanCreateSchema, req.body);
    const plan = await planCreator(ctx, partnership, actor.user.id, input);
    res.status(201).json({ data: { ...presentPlan(plan), agreementStatus: await readPlanStatus(ctx, plan) }, policies: planAbilities(actor, plan) });
  });

  return router;
}

/** A single plan: read, rename, archive/unarchive. */
export function planRoutes(ctx: Services): Router {
  const router = Router();

  router.get("/:planId", async (req, res) => {
    const { actor, plan } = await loadPlanActor(ctx, req);
    authorizePlan(actor, "read", plan);
    res.json({ data: { ...presentPlan(plan), agreementStatus: await readPlanStatus(ctx, plan) }, policies: planAbilities(actor, plan) });
  });

  router.patch("/:planId", async (req, res) => {
    const { actor, plan } = await loadPlanActor(ctx, req);
    const input = parse(PlanUpdateSchema, req.body);
    if (input.archived !== undefined) {
      authorizePlan(actor, "archive", plan);
    }
    if (input.title !== undefined) {
      authorizePlan(actor, "read", plan);
      // Renaming an archived plan is refused; unarchive in the same request first.
      const effective = { ...plan, archivedAt: input.archived === false ? null : plan.archivedAt };
      authorizePlan(actor, "rename", effective);
    }
    authorizePlan(actor, "read", plan);
    const updated = await updatePlan(ctx, plan, input);
    res.json({ data: { ...presentPlan(updated), agreementStatus: await readPlanStatus(ctx, updated) }, policies: planAbilities(actor, updated) });
  });

  return router;
}
