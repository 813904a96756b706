import { clientOwnerStatements } from "./clientOwnerStatements.ts";
import type { Db } from "./database.ts";
import type { DocClientOwner } from "../../domain/planDocument.ts";
import type { PlanVisitRecord } from "../../domain/planVisit.ts";
import type { VisitRepository } from "../types.ts";

interface VisitRow {
  user_id: string;
  plan_id: string;
  visited_at: string;
  seq: number;
  state_vector: Buffer;
  digests: string;
}

/** SQLite last visits and Yjs client ownership. */
export function createVisitRepository(db: Db): VisitRepository {
  const get = db.prepare<[string, string], VisitRow>("SELECT * FROM plan_visits WHERE user_id = ? AND plan_id = ?");
  const put = db.prepare(`INSERT INTO plan_visits (user_id, plan_id, visited_at, seq, state_vector, digests) VALUES (?,?,?,?,?,?)
      ON CONFLICT(user_id, plan_id) DO UPDATE SET visited_at = excluded.visited_at, seq = excluded.seq,
      state_vector = excluded.state_vector, digests = excluded.digests`);
  const owners = clientOwnerStatements(db);
  const ownMany = db.transaction((planId: string, list: readonly DocClientOwner[]) => owners.record(planId, list));
  return {
    async get(userId, planId) {
      const r = get.get(userId, planId);
      if (!r) return null;
      return { userId: r.user_id, planId: r.plan_id, visitedAt: r.visited_at, seq: r.seq, stateVector: new Uint8Array(r.state_vector), digests: r.digests };
    },
    async put(v: PlanVisitRecord) {
      put.run(v.userId, v.planId, v.visitedAt, v.seq, Buffer.from(v.stateVector), v.digests);
    },
    async recordClientOwners(planId, list) {
      if (list.length > 0) ownMany.immediate(planId, list);
    },
    async clientOwners(planId) {
      return owners.list(planId);
    },
  };
}
