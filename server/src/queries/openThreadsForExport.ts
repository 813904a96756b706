import { commentsForExport } from "../commands/commentExport.ts";
import type { ServerModule } from "../server.ts";
import type { ServerContext } from "../services/context.ts";
import { registerExportComments } from "./commentsProvider.ts";

/**
 * Connect exports to the comments feature: the appendix of unresolved
 * threads (detached ones included, with their quote) comes from stored
 * comments, so an export never silently drops them.
 */
export function exportCommentsModule(ctx: ServerContext): ServerModule {
  registerExportComments(ctx, {
    async openThreads(planId) {
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
    },
  });
  return {
    name: "exportComments",
    async close() {
      registerExportComments(ctx, null);
    },
  };
}
