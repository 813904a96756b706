import { Router } from "express";
import { PlanCreateSchema, PlanUpdateSchema } from "@jigsaw/shared/domain/plan";
import { planCreator } from "../commands/planCreator.ts";
import { readPlanStatus } from "../commands/planStatusReader.ts";
import { parse } from "../middlewares/validate.ts";
import { authorizePartnership, authorizePlan, planAbilities } from "../policies/index.ts";
import { presentPlan } from "../presenters/plan.ts";
import type { ServerContext } from "../services/context.ts";
import { loadPartnershipActor, loadPlanActor } from "./loaders.ts";
import { nowIso } from "../utils/clock.ts";

/** Plans under a partnership: list (with last activity) and create. */
export function partnershipPlanRoutes(ctx: ServerContext): Router {
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
export function planRoutes(ctx: ServerContext): Router {
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
    const at = nowIso();
    await ctx.storage.plans.update(plan.id, {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.archived !== undefined ? { archivedAt: input.archived ? (plan.archivedAt ?? at) : null } : {}),
    });
    await ctx.storage.plans.touchActivity(plan.id, at);
    const updated = (await ctx.storage.plans.findById(plan.id))!;
    ctx.events.emit("plan.changed", { partnershipId: plan.partnershipId, planId: plan.id });
    res.json({ data: { ...presentPlan(updated), agreementStatus: await readPlanStatus(ctx, updated) }, policies: planAbilities(actor, updated) });
  });

  return router;
}
