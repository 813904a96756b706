import mongoose from "mongoose";
import { PLAN_TEMPLATES, type PlanTemplate } from "@jigsaw/shared/domain/plan";
import type { PlanRecord } from "../../domain/plan.ts";
import type { PlanRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { PlanDoc } from "./models/planModel.ts";
import { str, strOrNull } from "./ids.ts";
import { toBuffer } from "./bytes.ts";
import { inTransaction } from "./transaction.ts";
import { guard } from "./unavailable.ts";

/** A `plans` document → record. */
export function planFromDoc(d: PlanDoc): PlanRecord {
  return {
    id: d._id,
    partnershipId: d.partnershipId,
    title: d.title,
    template: d.template,
    archivedAt: d.archivedAt ?? null,
    createdAt: d.createdAt,
    createdBy: d.createdBy,
    lastActivityAt: d.lastActivityAt,
  };
}

function template(v: unknown): PlanTemplate {
  const s = str(v, "template");
  if (!(PLAN_TEMPLATES as readonly string[]).includes(s)) throw new TypeError(`template must be one of ${PLAN_TEMPLATES.join(", ")}`);
  return s as PlanTemplate;
}

/** A record → `plans` document. */
export function planToDoc(p: PlanRecord): PlanDoc {
  return {
    _id: str(p.id, "id"),
    partnershipId: str(p.partnershipId, "partnershipId"),
    title: str(p.title, "title"),
    template: template(p.template),
    archivedAt: strOrNull(p.archivedAt, "archivedAt"),
    createdAt: str(p.createdAt, "createdAt"),
    createdBy: str(p.createdBy, "createdBy"),
    lastActivityAt: str(p.lastActivityAt, "lastActivityAt"),
  };
}

/** MongoDB plan metadata; creating a plan also writes its document head and initial snapshot. */
export function createPlanRepository(ctx: MongoContext): PlanRepository {
  const { plans: Plans, docHeads: DocHeads, docSnapshots: DocSnapshots } = ctx.models;
  return {
    async create(p, initialState) {
      const doc = planToDoc(p);
      if (!(initialState instanceof Uint8Array)) throw new TypeError("initialState must be a Uint8Array");
      const data = toBuffer(initialState);
      await inTransaction(ctx.conn, "plans.create", async (session) => {
        await Plans.create([doc], { session });
        await DocHeads.create([{ _id: doc._id, lastSeq: 0, snapshotSeq: 0 }], { session });
        await DocSnapshots.create([{ _id: doc._id, data }], { session });
      });
    },
    async findById(id) {
      const _id = str(id, "id");
      return guard("plans.findById", async () => {
        const d = await Plans.findOne({ _id }).lean<PlanDoc>().exec();
        return d ? planFromDoc(d) : null;
      });
    },
    async listForPartnership(partnershipId) {
      const pid = str(partnershipId, "partnershipId");
      return guard("plans.listForPartnership", async () => {
        const ds = await Plans.find({ partnershipId: pid }).sort({ lastActivityAt: -1 }).lean<PlanDoc[]>().exec();
        // Active plans first, then archived; each by last activity, newest first (stable sort).
        return ds.map(planFromDoc).sort((a, b) => Number(a.archivedAt !== null) - Number(b.archivedAt !== null));
      });
    },
    async update(id, patch) {
      const _id = str(id, "id");
      const set: { title?: string; archivedAt?: string | null } = {};
      if (patch.title !== undefined) set.title = str(patch.title, "title");
      if (patch.archivedAt !== undefined) set.archivedAt = strOrNull(patch.archivedAt, "archivedAt");
      if (Object.keys(set).length === 0) return;
      await guard("plans.update", async () => {
        await Plans.updateOne({ _id }, { $set: set }).exec();
      });
    },
    async touchActivity(id, at) {
      const _id = str(id, "id");
      const when = str(at, "at");
      await guard("plans.touchActivity", async () => {
        await Plans.updateOne({ _id, lastActivityAt: mongoose.trusted({ $lt: when }) }, { $set: { lastActivityAt: when } }).exec();
      });
    },
  };
}
