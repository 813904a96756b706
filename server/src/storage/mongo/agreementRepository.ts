import mongoose from "mongoose";
import { AgreementRoundSchema } from "@jigsaw/shared/agreement/schema";
import { redactRoundPerson } from "../agreementRedaction.ts";
import { inTransaction } from "./transaction.ts";
import { assertRevisionAdvances, replaceRefusal, type AgreementRecord } from "../../domain/agreement.ts";
import type { AgreementRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { AgreementDoc } from "./models/agreementModel.ts";
import { str } from "./ids.ts";
import { guard } from "./unavailable.ts";

/** An `agreements` document → record (validated). */
export function agreementFromDoc(d: AgreementDoc): AgreementRecord {
  return AgreementRoundSchema.parse(JSON.parse(d.data));
}

/** A record → `agreements` document. */
export function agreementToDoc(r: AgreementRecord): AgreementDoc {
  const v = AgreementRoundSchema.parse(r);
  return { _id: str(v.id, "id"), planId: str(v.planId, "planId"), status: v.status, revision: v.revision, proposedAt: v.proposedAt, data: JSON.stringify(v) };
}

/** MongoDB agreement rounds; `replace` is one conditional update (compare-and-set on revision and open status). */
export function createAgreementRepository(ctx: MongoContext): AgreementRepository {
  const { agreements: Agreements } = ctx.models;
  return {
    async create(round) {
      const doc = agreementToDoc(round);
      await guard("agreements.create", async () => {
        await Agreements.create([doc]);
      });
    },
    async findById(id) {
      const _id = str(id, "id");
      return guard("agreements.findById", async () => {
        const d = await Agreements.findOne({ _id }).lean<AgreementDoc>().exec();
        return d ? agreementFromDoc(d) : null;
      });
    },
    async listForPlan(planId) {
      const pid = str(planId, "planId");
      return guard("agreements.listForPlan", async () => {
        const ds = await Agreements.find({ planId: pid }).sort({ proposedAt: -1, _id: -1 }).lean<AgreementDoc[]>().exec();
        return ds.map(agreementFromDoc);
      });
    },
    async listOpen() {
      return guard("agreements.listOpen", async () => {
        const ds = await Agreements.find({ status: "open" }).sort({ proposedAt: 1, _id: 1 }).lean<AgreementDoc[]>().exec();
        return ds.map(agreementFromDoc);
      });
    },
    async redactPerson(userId, displayName) {
      const uid = str(userId, "userId");
      const name = str(displayName, "displayName");
      const needle = JSON.stringify({ userId: uid }).slice(1, -1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      return inTransaction(ctx.conn, "agreements.redactPerson", async (session) => {
        const ds = await Agreements.find({ data: mongoose.trusted({ $regex: needle }) }).session(session).lean<AgreementDoc[]>().exec();
        let n = 0;
        for (const d of ds) {
          const next = redactRoundPerson(agreementFromDoc(d), uid, name);
          if (!next) continue;
          await Agreements.updateOne({ _id: d._id }, { $set: { data: agreementToDoc(next).data } }, { session }).exec();
          n++;
        }
        return n;
      });
    },
    async replace(round, expectedRevision) {
      const doc = agreementToDoc(round);
      if (!Number.isSafeInteger(expectedRevision)) throw new TypeError("expectedRevision must be an integer");
      assertRevisionAdvances(expectedRevision, doc.revision);
      await guard("agreements.replace", async () => {
        const r = await Agreements.updateOne(
          { _id: doc._id, revision: expectedRevision, status: "open" },
          { $set: { status: doc.status, revision: doc.revision, data: doc.data } },
        ).exec();
        if (r.matchedCount === 1) return;
        const current = await Agreements.findOne({ _id: doc._id }).select({ revision: 1 }).lean<{ revision: number }>().exec();
        throw replaceRefusal(expectedRevision, current);
      });
    },
  };
}
