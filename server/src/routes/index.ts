import { Router } from "express";
import type { Services } from "../services/services.ts";
import { authRoutes } from "./auth.ts";
import { inviteRoutes, partnershipInviteRoutes } from "./invites.ts";
import { memberRoutes } from "./members.ts";
import { outcomeRoutes, partnershipOutcomeRoutes } from "./outcomes.ts";
import { partnershipRoutes } from "./partnerships.ts";
import { partnershipPlanRoutes, planRoutes } from "./plans.ts";
import { commentRoutes, planCommentRoutes } from "./comments.ts";
import { notificationRoutes } from "./notifications.ts";
import { searchRoutes } from "./search.ts";
import { planVisitRoutes } from "./visits.ts";
import { agreementRoutes } from "./agreements.ts";
import { versionRoutes } from "./versions.ts";
import { auditRoutes, partnershipAuditRoutes } from "./audit.ts";
import { exportRoutes } from "./exports.ts";
import { indicatorImportRoutes } from "./indicatorImports.ts";
import { accountRoutes, formerMemberRoutes } from "./account.ts";

/**
 * Every REST route under /api. Each feature adds one line here.
 */
export function apiRoutes(ctx: Services): Router {
  const api = Router();
  api.use("/auth", authRoutes(ctx));
  api.use("/partnerships", partnershipRoutes(ctx));
  api.use("/account", accountRoutes(ctx));
  api.use("/partnerships/:partnershipId/members", memberRoutes(ctx));
  api.use("/partnerships/:partnershipId/former-members", formerMemberRoutes(ctx));
  api.use("/partnerships/:partnershipId/audit", partnershipAuditRoutes(ctx));
  api.use("/partnerships/:partnershipId/invites", partnershipInviteRoutes(ctx));
  api.use("/partnerships/:partnershipId/plans", partnershipPlanRoutes(ctx));
  api.use("/invites", inviteRoutes(ctx));
  api.use("/outcomes", outcomeRoutes(ctx));
  api.use("/partnerships/:partnershipId/outcomes", partnershipOutcomeRoutes(ctx));
  api.use("/plans", planRoutes(ctx));
  api.use("/plans/:planId/comments", planCommentRoutes(ctx));
  api.use("/plans/:planId", planVisitRoutes(ctx));
  api.use("/plans/:planId/agreements", agreementRoutes(ctx));
  api.use("/plans/:planId/versions", versionRoutes(ctx));
  api.use("/plans/:planId/audit", auditRoutes(ctx));
  api.use("/plans/:planId", exportRoutes(ctx));
  api.use("/plans/:planId/indicator-imports", indicatorImportRoutes(ctx));
  api.use("/comments", commentRoutes(ctx));
  api.use("/notifications", notificationRoutes(ctx));
  api.use("/search", searchRoutes(ctx));
  return api;
}
