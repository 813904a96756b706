import mongoose, { type ClientSession } from "mongoose";
import { assertFacilitatorRemains, takesAwayFacilitator, type MemberRecord, type MembershipRecord } from "../../domain/membership.ts";
import type { MembershipRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { MembershipDoc } from "./models/membershipModel.ts";
import type { UserDoc } from "./models/userModel.ts";
import { membershipFromDoc, role, sector } from "./membershipMapping.ts";
import { compareNoCase } from "./collation.ts";
import { str } from "./ids.ts";
import { inTransaction } from "./transaction.ts";
import { guard } from "./unavailable.ts";

/**
 * MongoDB memberships. Changes that could remove the last facilitator run in
 * a transaction that re-counts facilitators and bumps the partnership's
 * `memberRev`, so two concurrent demotions conflict (one retries and sees the
 * other) instead of both passing the check under snapshot isolation.
 */
export function createMembershipRepository(ctx: MongoContext): MembershipRepository {
  const { memberships: Memberships, users: Users, partnerships: Partnerships } = ctx.models;

  async function guardLastFacilitator(pid: string, session: ClientSession): Promise<void> {
    await Partnerships.updateOne({ _id: pid }, { $inc: { memberRev: 1 } }, { session }).exec();
    const n = await Memberships.countDocuments({ partnershipId: pid, role: "facilitator" }, { session }).exec();
    assertFacilitatorRemains(n);
  }

  return {
    async find(partnershipId, userId) {
      const pid = str(partnershipId, "partnershipId");
      const uid = str(userId, "userId");
      return guard("memberships.find", async () => {
        const d = await Memberships.findOne({ partnershipId: pid, userId: uid }).lean<MembershipDoc>().exec();
        return d ? membershipFromDoc(d) : null;
      });
    },
    async listMembers(partnershipId): Promise<MemberRecord[]> {
      const pid = str(partnershipId, "partnershipId");
      return guard("memberships.listMembers", async () => {
        const ms = await Memberships.find({ partnershipId: pid }).lean<MembershipDoc[]>().exec();
        if (ms.length === 0) return [];
        const us = await Users.find({ _id: mongoose.trusted({ $in: ms.map((m) => m.userId) }) })
          .select({ displayName: 1, email: 1 })
          .lean<Array<Pick<UserDoc, "_id" | "displayName" | "email">>>()
          .exec();
        const byId = new Map(us.map((u) => [u._id, u]));
        const rows = ms.flatMap((m) => {
          const u = byId.get(m.userId);
          return u ? [{ ...membershipFromDoc(m), displayName: u.displayName, email: u.email }] : [];
        });
        return rows.sort((a, b) => compareNoCase(a.displayName, b.displayName));
      });
    },
    async update(partnershipId, userId, patch, updatedAt) {
      const pid = str(partnershipId, "partnershipId");
      const uid = str(userId, "userId");
      const at = str(updatedAt, "updatedAt");
      const clean: Partial<Pick<MembershipRecord, "role" | "organisation" | "sector">> = {};
      if (patch.role !== undefined) clean.role = role(patch.role);
      if (patch.organisation !== undefined) clean.organisation = str(patch.organisation, "organisation");
      if (patch.sector !== undefined) clean.sector = sector(patch.sector);
      return inTransaction(ctx.conn, "memberships.update", async (session) => {
        const row = await Memberships.findOne({ partnershipId: pid, userId: uid }, null, { session }).lean<MembershipDoc>().exec();
        if (!row) return null;
        const next: MembershipRecord = { ...membershipFromDoc(row), ...clean, updatedAt: at };
        if (takesAwayFacilitator(row.role, next.role)) {
          await guardLastFacilitator(pid, session);
        }
        await Memberships.updateOne(
          { partnershipId: pid, userId: uid },
          { $set: { role: next.role, organisation: next.organisation, sector: next.sector, updatedAt: at } },
          { session },
        ).exec();
        return next;
      });
    },
    async remove(partnershipId, userId) {
      const pid = str(partnershipId, "partnershipId");
      const uid = str(userId, "userId");
      return inTransaction(ctx.conn, "memberships.remove", async (session) => {
        const row = await Memberships.findOne({ partnershipId: pid, userId: uid }, null, { session }).lean<MembershipDoc>().exec();
        if (!row) return false;
        if (takesAwayFacilitator(row.role, null)) {
          await guardLastFacilitator(pid, session);
        }
        await Memberships.deleteOne({ partnershipId: pid, userId: uid }, { session }).exec();
        return true;
      });
    },
  };
}
