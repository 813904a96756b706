import { Router } from "express";
import type { ServerContext } from "../services/context.ts";
import { authRoutes } from "./auth.ts";
import { inviteRoutes, partnershipInviteRoutes } from "./invites.ts";
import { memberRoutes } from "./members.ts";
import { outcomeRoutes, partnershipOutcomeRoutes } from "./outcomes.ts";
import { partnershipRoutes } from "./partnerships.ts";
import { partnershipPlanRoutes, planRoutes } from "./plans.ts";

/**
 * Every REST route under /api. Each feature adds one line here.
 */
export function apiRoutes(ctx: ServerContext): Router {
  const api = Router();
  api.use("/auth", authRoutes(ctx));
  api.use("/partnerships", partnershipRoutes(ctx));
  api.use("/partnerships/:partnershipId/members", memberRoutes(ctx));
  api.use("/partnerships/:partnershipId/invites", partnershipInviteRoutes(ctx));
  api.use("/partnerships/:partnershipId/plans", partnershipPlanRoutes(ctx));
  api.use("/invites", inviteRoutes(ctx));
  api.use("/outcomes", outcomeRoutes(ctx));
  api.use("/partnerships/:partnershipId/outcomes", partnershipOutcomeRoutes(ctx));
  api.use("/plans", planRoutes(ctx));
  return api;
}
