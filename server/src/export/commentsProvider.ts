import type { ExportCommentThread } from "@jigsaw/shared/export/buildPlanExport";
import type { ServerContext } from "../services/context.ts";

/**
 * Where exports get unresolved comment threads for the appendix. The comments
 * feature registers one with `registerExportComments(ctx, provider)`; until it
 * does, the appendix says "No open comment threads".
 */
export interface ExportCommentsProvider {
  /** Open (unresolved) threads of a plan, oldest first. */
  openThreads(planId: string): Promise<ExportCommentThread[]>;
}

const providers = new WeakMap<ServerContext, ExportCommentsProvider>();

/** Register (or with null, remove) the comments provider of a server. */
export function registerExportComments(ctx: ServerContext, provider: ExportCommentsProvider | null): void {
  if (provider) providers.set(ctx, provider);
  else providers.delete(ctx);
}

/** The registered provider, or null. */
export function exportCommentsFor(ctx: ServerContext): ExportCommentsProvider | null {
  return providers.get(ctx) ?? null;
}
