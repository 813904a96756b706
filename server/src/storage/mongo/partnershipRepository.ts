import mongoose from "mongoose";
import type { PartnershipRecord } from "../../domain/partnership.ts";
import type { PartnershipRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { PartnershipDoc } from "./models/partnershipModel.ts";
import type { MembershipDoc } from "./models/membershipModel.ts";
import { membershipFromDoc, membershipToDoc } from "./membershipMapping.ts";
import { compareNoCase } from "./collation.ts";
import { str, strOrNull } from "./ids.ts";
import { inTransaction } from "./transaction.ts";
import { guard } from "./unavailable.ts";

/** A `partnerships` document → record (drops the internal `memberRev`). */
export function partnershipFromDoc(d: PartnershipDoc): PartnershipRecord {
  return {
    id: d._id,
    name: d.name,
    place: d.place,
    description: d.description,
    createdAt: d.createdAt,
    createdBy: d.createdBy,
    twoFactorRequiredAt: d.twoFactorRequiredAt ?? null,
  };
}

/** A record → `partnerships` document. */
export function partnershipToDoc(p: PartnershipRecord): PartnershipDoc {
  return {
    _id: str(p.id, "id"),
    name: str(p.name, "name"),
    place: str(p.place, "place"),
    description: str(p.description, "description"),
    createdAt: str(p.createdAt, "createdAt"),
    createdBy: str(p.createdBy, "createdBy"),
    twoFactorRequiredAt: strOrNull(p.twoFactorRequiredAt ?? null, "twoFactorRequiredAt"),
    memberRev: 0,
  };
}

const PATCHABLE = ["name", "place", "description"] as const;

/** MongoDB partnerships. */
export function createPartnershipRepository(ctx: MongoContext): PartnershipRepository {
  const { partnerships: Partnerships, memberships: Memberships } = ctx.models;
  return {
    async createWithFounder(p, founder) {
      const pDoc = partnershipToDoc(p);
      const mDoc = membershipToDoc(founder);
      await inTransaction(ctx.conn, "partnerships.createWithFounder", async (session) => {
        await Partnerships.create([pDoc], { session });
        await Memberships.create([mDoc], { session });
      });
    },
    async findById(id) {
      const _id = str(id, "id");
      return guard("partnerships.findById", async () => {
        const d = await Partnerships.findOne({ _id }).lean<PartnershipDoc>().exec();
        return d ? partnershipFromDoc(d) : null;
      });
    },
    async update(id, patch) {
      const _id = str(id, "id");
      const set: Partial<Record<(typeof PATCHABLE)[number] | "twoFactorRequiredAt", string | null>> = {};
      for (const key of PATCHABLE) {
        const v = patch[key];
        if (v !== undefined) set[key] = str(v, key);
      }
      if (patch.twoFactorRequiredAt !== undefined) set.twoFactorRequiredAt = strOrNull(patch.twoFactorRequiredAt, "twoFactorRequiredAt");
      if (Object.keys(set).length === 0) return;
      await guard("partnerships.update", async () => {
        await Partnerships.updateOne({ _id }, { $set: set }).exec();
      });
    },
    async listForUser(userId) {
      const uid = str(userId, "userId");
      return guard("partnerships.listForUser", async () => {
        const ms = await Memberships.find({ userId: uid }).lean<MembershipDoc[]>().exec();
        if (ms.length === 0) return [];
        const ids = ms.map((m) => m.partnershipId);
        const ps = await Partnerships.find({ _id: mongoose.trusted({ $in: ids }) }).lean<PartnershipDoc[]>().exec();
        const byId = new Map(ps.map((p) => [p._id, p]));
        const rows = ms.flatMap((m) => {
          const p = byId.get(m.partnershipId);
          return p ? [{ partnership: partnershipFromDoc(p), membership: membershipFromDoc(m) }] : [];
        });
        return rows.sort((a, b) => compareNoCase(a.partnership.name, b.partnership.name));
      });
    },
  };
}
