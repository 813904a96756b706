import { Router } from "express";
import { recordVisit } from "../commands/visitRecorder.ts";
import { changesSinceVisit } from "../queries/changesSinceVisit.ts";
import { authorizePlan } from "../policies/index.ts";
import type { Services } from "../services/services.ts";
import { loadPlanActor } from "./loaders.ts";

/** "Since your last visit": record a visit (on opening and leaving a plan), and what changed since the last one. */
export function planVisitRoutes(ctx: Services): Router {
  const router = Router({ mergeParams: true });

  router.post("/visit", async (req, res) => {
    const { actor, plan } = await loadPlanActor(ctx, req);
    authorizePlan(actor, "read", plan);
    await recordVisit(ctx, actor, plan);
    res.status(204).end();
  });

  router.get("/changes-since-visit", async (req, res) => {
    const { actor, plan } = await loadPlanActor(ctx, req);
    authorizePlan(actor, "read", plan);
    res.json({ data: await changesSinceVisit(ctx, actor, plan) });
  });

  return router;
}
