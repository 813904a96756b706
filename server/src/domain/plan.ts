import type { PlanTemplate } from "@jigsaw/shared/domain/plan";

/** A plan's metadata. Its content lives in the DocStore. */
export interface PlanRecord {
  id: string;
  partnershipId: string;
  title: string;
  template: PlanTemplate;
  archivedAt: string | null;
  createdAt: string;
  createdBy: string;
  lastActivityAt: string;
}
