import type { DocClientOwner } from "../../domain/planDocument.ts";
import type { PlanVisitRecord } from "../../domain/planVisit.ts";

/** Last visits plus the Yjs client → member attribution that outlives log compaction. */
export interface VisitRepository {
  get(userId: string, planId: string): Promise<PlanVisitRecord | null>;
  put(visit: PlanVisitRecord): Promise<void>;
  /**
   * Remember who owns Yjs client ids in a plan's document (first writer wins).
   * The same records as `DocStore.compact` writes and `DocStore.load` returns.
   */
  recordClientOwners(planId: string, owners: DocClientOwner[]): Promise<void>;
  clientOwners(planId: string): Promise<DocClientOwner[]>;
}
