import type { VisitRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { PlanVisitDoc } from "./models/planVisitModel.ts";
import { listOwners, recordOwners, validOwners } from "./clientOwners.ts";
import { str } from "./ids.ts";
import { toBuffer, toBytes } from "./bytes.ts";
import { guard } from "./unavailable.ts";

/** MongoDB last visits and Yjs client ownership. */
export function createVisitRepository(ctx: MongoContext): VisitRepository {
  const { planVisits: V, docClientOwners: O } = ctx.models;
  return {
    async get(userId, planId) {
      const uid = str(userId, "userId");
      const pid = str(planId, "planId");
      return guard("visits.get", async () => {
        const d = await V.findOne({ userId: uid, planId: pid }).lean<PlanVisitDoc>().exec();
        return d ? { userId: d.userId, planId: d.planId, visitedAt: d.visitedAt, seq: d.seq, stateVector: toBytes(d.stateVector), digests: d.digests } : null;
      });
    },
    async put(v) {
      const userId = str(v.userId, "userId");
      const planId = str(v.planId, "planId");
      if (!Number.isSafeInteger(v.seq) || v.seq < 0) throw new TypeError("seq must be a non-negative integer");
      const set = { userId, planId, visitedAt: str(v.visitedAt, "visitedAt"), seq: v.seq, stateVector: toBuffer(v.stateVector), digests: str(v.digests, "digests") };
      await guard("visits.put", async () => {
        await V.updateOne({ userId, planId }, { $set: set }, { upsert: true }).exec();
      });
    },
    async recordClientOwners(planId, owners) {
      const docId = str(planId, "planId");
      const owned = validOwners(owners);
      await guard("visits.recordClientOwners", () => recordOwners(O, docId, owned));
    },
    async clientOwners(planId) {
      const docId = str(planId, "planId");
      return guard("visits.clientOwners", () => listOwners(O, docId));
    },
  };
}
