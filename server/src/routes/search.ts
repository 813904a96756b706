import { Router } from "express";
import { SearchQuerySchema } from "@jigsaw/shared/comments/schemas";
import { searchTerms, segmentsFromMarked, segmentsToHtml } from "@jigsaw/shared/comments/searchText";
import type { SearchHit } from "@jigsaw/shared/comments/types";
import { ensurePlansIndexed } from "../commands/searchIndexer.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import { parse } from "../middlewares/validate.ts";
import { canPlan } from "../policies/index.ts";
import type { ServerContext } from "../services/context.ts";
import type { PlanRecord } from "../domain/plan.ts";

/**
 * GET /search?q= — full text over plan sections, actions, indicators, risks
 * and comments of the partnerships the caller belongs to, best first, with
 * snippets. The partnership filter is part of the index query, and every hit
 * is checked again against the plan policy before it is returned.
 */
export function searchRoutes(ctx: ServerContext): Router {
  const router = Router();

  router.get("/", async (req, res) => {
    const { user } = requireAuth(req);
    const { q, limit } = parse(SearchQuerySchema, req.query);
    const terms = searchTerms(q);
    const memberships = await ctx.storage.partnerships.listForUser(user.id);
    if (terms.length === 0 || memberships.length === 0) {
      res.json({ data: [] });
      return;
    }
    const byPartnership = new Map(memberships.map((m) => [m.partnership.id, m]));
    const plans = new Map<string, PlanRecord>();
    for (const m of memberships) for (const p of await ctx.storage.plans.listForPartnership(m.partnership.id)) plans.set(p.id, p);
    await ensurePlansIndexed(ctx, [...plans.values()]);
    const hits = await ctx.storage.search.search([...byPartnership.keys()], terms, limit);
    const data: SearchHit[] = [];
    for (const h of hits) {
      const m = byPartnership.get(h.partnershipId);
      const plan = plans.get(h.planId);
      if (!m || !plan || plan.partnershipId !== h.partnershipId) continue;
      if (!canPlan({ user, membership: m.membership }, "read", plan)) continue;
      const snippet = segmentsFromMarked(h.markedSnippet);
      const isComment = h.kind === "comment";
      data.push({
        kind: h.kind,
        partnershipId: h.partnershipId,
        partnershipName: m.partnership.name,
        planId: plan.id,
        planTitle: plan.title,
        refId: h.refId,
        commentId: h.commentId,
        title: isComment ? `Comment on “${plan.title}”` : h.title,
        snippet,
        snippetHtml: segmentsToHtml(snippet),
        path: isComment ? `/plans/${plan.id}?thread=${h.refId}` : `/plans/${plan.id}?${h.kind === "section" ? "section" : h.kind}=${h.refId}`,
      });
    }
    res.json({ data });
  });

  return router;
}
