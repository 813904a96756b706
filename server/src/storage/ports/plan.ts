import type { PlanRecord } from "../../domain/plan.ts";

/** Plan metadata. */
export interface PlanRepository {
  /** Create the plan and its initial document state atomically. */
  create(plan: PlanRecord, initialState: Uint8Array): Promise<void>;
  findById(id: string): Promise<PlanRecord | null>;
  listForPartnership(partnershipId: string): Promise<PlanRecord[]>;
  update(id: string, patch: Partial<Pick<PlanRecord, "title" | "archivedAt">>): Promise<void>;
  touchActivity(id: string, at: string): Promise<void>;
}
