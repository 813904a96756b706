import type { VisitRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { PlanVisitDoc } from "./models/planVisitModel.ts";
import type { DocClientOwnerDoc } from "./models/docClientOwnerModel.ts";
import { str } from "./ids.ts";
import { toBuffer, toBytes } from "./bytes.ts";
import { guard, isDuplicateKeyError } from "./unavailable.ts";

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
      const docs: DocClientOwnerDoc[] = owners.map((o) => {
        if (!Number.isSafeInteger(o.clientId) || o.clientId < 0) throw new TypeError("clientId must be a non-negative integer");
        return { docId, clientId: o.clientId, userId: str(o.userId, "userId") };
      });
      if (docs.length === 0) return;
      await guard("visits.recordClientOwners", async () => {
        try {
          await O.insertMany(docs, { ordered: false });
        } catch (err) {
          if (!isDuplicateKeyError(err)) throw err; // first writer wins
        }
      });
    },
    async clientOwners(planId) {
      const docId = str(planId, "planId");
      return guard("visits.clientOwners", async () => {
        const ds = await O.find({ docId }).sort({ clientId: 1 }).lean<DocClientOwnerDoc[]>().exec();
        return ds.map((d) => ({ clientId: d.clientId, userId: d.userId }));
      });
    },
  };
}
