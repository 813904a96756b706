import type { ExportCommentThread } from "@jigsaw/shared/export/buildPlanExport";

/**
 * Where exports get unresolved comment threads for the appendix
 * (`Services.exportComments`; by default the stored comments, see
 * queries/openThreadsForExport.ts).
 */
export interface ExportCommentsProvider {
  /** Open (unresolved) threads of a plan, oldest first. */
  openThreads(planId: string): Promise<ExportCommentThread[]>;
}
