import { Router, type Request, type Response } from "express";
import { z } from "zod";
import { parse } from "../middlewares/validate.ts";
import { authorizePartnership, authorizePlan } from "../policies/index.ts";
import { presentAudit } from "../presenters/audit.ts";
import type { ServerContext } from "../services/context.ts";
import type { AuditRecord } from "../domain/audit.ts";
import { loadPartnershipActor, loadPlanActor } from "./loaders.ts";

const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.iso.datetime().optional(),
});

/** Answers with the page of entries the query asks for (`limit`, `before`), presented. */
async function sendAuditPage(req: Request, res: Response, list: (limit: number, before: string | undefined) => Promise<AuditRecord[]>): Promise<void> {
  const q = parse(AuditQuerySchema, req.query);
  const entries = await list(q.limit, q.before);
  res.json({ data: entries.map(presentAudit) });
}

/** The plan's append-only audit trail: read only (there is deliberately no route that changes it). */
export function auditRoutes(ctx: ServerContext): Router {
  const router = Router({ mergeParams: true });
  router.get("/", async (req, res) => {
    const { actor, plan } = await loadPlanActor(ctx, req);
    authorizePlan(actor, "read", plan);
    await sendAuditPage(req, res, (limit, before) => ctx.storage.audit.listForPlan(plan.id, limit, before));
  });
  return router;
}

/**
 * A partnership's audit trail (every plan's entries and the partnership-wide
 * ones: members joining, changing role or organisation, leaving). Read only;
 * for facilitators, who manage members.
 */
export function partnershipAuditRoutes(ctx: ServerContext): Router {
  const router = Router({ mergeParams: true });
  router.get("/", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    authorizePartnership(actor, "manageMembers", partnership);
    await sendAuditPage(req, res, (limit, before) => ctx.storage.audit.listForPartnership(partnership.id, limit, before));
  });
  return router;
}
