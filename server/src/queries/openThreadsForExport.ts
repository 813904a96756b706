import type { ExportCommentThread } from "@jigsaw/shared/export/buildPlanExport";
import type { Services } from "../services/services.ts";
import { commentsForExport } from "./commentExport.ts";

/**
 * The export appendix of unresolved threads (detached ones included, with
 * their quote), from stored comments, so an export never silently drops them.
 * Oldest first.
 */
export async function openThreadsForExport(ctx: Services, planId: string): Promise<ExportCommentThread[]> {
  const plan = await ctx.storage.plans.findById(planId);
  if (!plan) return [];
  const threads = await commentsForExport(ctx, plan);
  return threads
    .filter((t) => t.status === "open")
    .map((t) => ({
      id: t.id,
      sectionId: t.sectionId,
      quote: t.quote ?? (t.anchorState === "detached" ? null : t.where),
      comments: t.comments.map((c) => ({
        author: c.author,
        organisation: c.organisation,
        at: c.createdAt,
        text: c.deleted ? "(comment deleted)" : c.edited ? `${c.text} (edited)` : c.text,
      })),
    }));
}
