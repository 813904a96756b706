import mongoose from "mongoose";
import { VERSION_KINDS, type VersionKind } from "@jigsaw/shared/versions/schema";
import type { VersionRecord, VersionSummaryRecord } from "../../domain/version.ts";
import type { VersionRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { PlanVersionDoc } from "./models/planVersionModel.ts";
import { str, strOrNull } from "./ids.ts";
import { toBuffer, toBytes } from "./bytes.ts";
import { FORMER_MEMBER_PREFIX } from "../agreementRedaction.ts";
import { guard } from "./unavailable.ts";

/** History rows: everything but the content, plus its size (computed by the server). */
const SUMMARY_PROJECTION = {
  planId: 1,
  kind: 1,
  name: 1,
  createdAt: 1,
  createdBy: 1,
  contentHash: 1,
  agreementId: 1,
  signOff: 1,
  sizeBytes: { $add: [{ $binarySize: "$state" }, { $strLenBytes: "$snapshot" }] },
} as const;

function kind(v: unknown): VersionKind {
  const s = str(v, "kind");
  if (!(VERSION_KINDS as readonly string[]).includes(s)) throw new TypeError(`kind must be one of ${VERSION_KINDS.join(", ")}`);
  return s as VersionKind;
}

/** A `planVersions` document → record. */
export function versionFromDoc(d: PlanVersionDoc): VersionRecord {
  return {
    id: d._id,
    planId: d.planId,
    kind: d.kind,
    name: d.name,
    createdAt: d.createdAt,
    createdBy: d.createdBy ?? null,
    state: toBytes(d.state),
    snapshot: d.snapshot,
    contentHash: d.contentHash,
    agreementId: d.agreementId ?? null,
    signOff: d.signOff ?? null,
  };
}

function summaryFromDoc(d: Omit<PlanVersionDoc, "state" | "snapshot"> & { sizeBytes: number }): VersionSummaryRecord {
  return {
    id: d._id,
    planId: d.planId,
    kind: d.kind,
    name: d.name,
    createdAt: d.createdAt,
    createdBy: d.createdBy ?? null,
    contentHash: d.contentHash,
    agreementId: d.agreementId ?? null,
    signOff: d.signOff ?? null,
    sizeBytes: d.sizeBytes,
  };
}

/** A record → `planVersions` document. */
export function versionToDoc(v: VersionRecord): PlanVersionDoc {
  if (!(v.state instanceof Uint8Array)) throw new TypeError("state must be a Uint8Array");
  const snapshot = str(v.snapshot, "snapshot");
  return {
    _id: str(v.id, "id"),
    planId: str(v.planId, "planId"),
    kind: kind(v.kind),
    name: str(v.name, "name"),
    createdAt: str(v.createdAt, "createdAt"),
    createdBy: strOrNull(v.createdBy, "createdBy"),
    state: toBuffer(v.state),
    snapshot,
    contentHash: str(v.contentHash, "contentHash"),
    agreementId: strOrNull(v.agreementId, "agreementId"),
    signOff: strOrNull(v.signOff, "signOff"),
  };
}

/** MongoDB plan versions: insert, read, and rename of non-agreed versions only (no delete exists). */
export function createVersionRepository(ctx: MongoContext): VersionRepository {
  const { planVersions: Versions } = ctx.models;
  return {
    async create(v) {
      const doc = versionToDoc(v);
      await guard("versions.create", async () => {
        await Versions.create([doc]);
      });
    },
    async findById(id) {
      const _id = str(id, "id");
      return guard("versions.findById", async () => {
        const d = await Versions.findOne({ _id }).lean<PlanVersionDoc>().exec();
        return d ? versionFromDoc(d) : null;
      });
    },
    async listForPlan(planId) {
      const pid = str(planId, "planId");
      return guard("versions.listForPlan", async () => {
        const ds = await Versions.aggregate<Omit<PlanVersionDoc, "state" | "snapshot"> & { sizeBytes: number }>([
          { $match: { planId: pid } },
          { $sort: { createdAt: -1, _id: -1 } },
          { $project: SUMMARY_PROJECTION },
        ]).exec();
        return ds.map(summaryFromDoc);
      });
    },
    async latestForPlan(planId) {
      const pid = str(planId, "planId");
      return guard("versions.latestForPlan", async () => {
        const d = await Versions.findOne({ planId: pid }).sort({ createdAt: -1, _id: -1 }).lean<PlanVersionDoc>().exec();
        return d ? versionFromDoc(d) : null;
      });
    },
    async redactSignOff(id, signOff) {
      const _id = str(id, "id");
      const value = str(signOff, "signOff");
      if (!value.includes(FORMER_MEMBER_PREFIX)) throw new Error('a redacted sign-off must name a "Former member"');
      // The one update of an agreed version this adapter ever makes (erasure); see the port.
      return guard("versions.redactSignOff", async () => (await Versions.updateOne({ _id }, { $set: { signOff: value } }).exec()).matchedCount === 1);
    },
    async rename(id, name) {
      const _id = str(id, "id");
      const value = str(name, "name");
      return guard("versions.rename", async () => {
        const r = await Versions.updateOne({ _id, kind: mongoose.trusted({ $ne: "agreed" }) }, { $set: { name: value } }).exec();
        return r.matchedCount === 1;
      });
    },
  };
}
