import mongoose from "mongoose";
import { assertInviteClaimed, assertNotYetMember, type InviteRecord } from "../../domain/invite.ts";
import type { InviteRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { InviteDoc } from "./models/inviteModel.ts";
import { membershipToDoc, role, sector } from "./membershipMapping.ts";
import { str, strOrNull } from "./ids.ts";
import { inTransaction } from "./transaction.ts";
import { guard, isDuplicateKeyError } from "./unavailable.ts";

/** An `invites` document → record. */
export function inviteFromDoc(d: InviteDoc): InviteRecord {
  return {
    id: d._id,
    partnershipId: d.partnershipId,
    tokenHash: d.tokenHash,
    role: d.role,
    organisation: d.organisation ?? null,
    sector: d.sector ?? null,
    createdBy: d.createdBy,
    createdAt: d.createdAt,
    expiresAt: d.expiresAt,
    acceptedAt: d.acceptedAt ?? null,
    acceptedBy: d.acceptedBy ?? null,
    revokedAt: d.revokedAt ?? null,
  };
}

/** A record → `invites` document. */
export function inviteToDoc(i: InviteRecord): InviteDoc {
  return {
    _id: str(i.id, "id"),
    partnershipId: str(i.partnershipId, "partnershipId"),
    tokenHash: str(i.tokenHash, "tokenHash"),
    role: role(i.role),
    organisation: strOrNull(i.organisation, "organisation"),
    sector: i.sector === null ? null : sector(i.sector),
    createdBy: str(i.createdBy, "createdBy"),
    createdAt: str(i.createdAt, "createdAt"),
    expiresAt: str(i.expiresAt, "expiresAt"),
    acceptedAt: strOrNull(i.acceptedAt, "acceptedAt"),
    acceptedBy: strOrNull(i.acceptedBy, "acceptedBy"),
    revokedAt: strOrNull(i.revokedAt, "revokedAt"),
  };
}

/** MongoDB invites. */
export function createInviteRepository(ctx: MongoContext): InviteRepository {
  const { invites: Invites, memberships: Memberships } = ctx.models;
  return {
    async create(i) {
      const doc = inviteToDoc(i);
      await guard("invites.create", async () => {
        await Invites.create(doc);
      });
    },
    async findById(id) {
      const _id = str(id, "id");
      return guard("invites.findById", async () => {
        const d = await Invites.findOne({ _id }).lean<InviteDoc>().exec();
        return d ? inviteFromDoc(d) : null;
      });
    },
    async findByTokenHash(tokenHash) {
      const h = str(tokenHash, "tokenHash");
      return guard("invites.findByTokenHash", async () => {
        const d = await Invites.findOne({ tokenHash: h }).lean<InviteDoc>().exec();
        return d ? inviteFromDoc(d) : null;
      });
    },
    async listForPartnership(partnershipId) {
      const pid = str(partnershipId, "partnershipId");
      return guard("invites.listForPartnership", async () => {
        const ds = await Invites.find({ partnershipId: pid }).sort({ createdAt: -1 }).lean<InviteDoc[]>().exec();
        return ds.map(inviteFromDoc);
      });
    },
    async revoke(id, revokedAt) {
      const _id = str(id, "id");
      const at = str(revokedAt, "revokedAt");
      await guard("invites.revoke", async () => {
        await Invites.updateOne({ _id, revokedAt: null }, { $set: { revokedAt: at } }).exec();
      });
    },
    async accept(inviteId, membership) {
      const _id = str(inviteId, "inviteId");
      const m = membershipToDoc(membership);
      try {
        await inTransaction(ctx.conn, "invites.accept", async (session) => {
          const existing = await Memberships.exists({ partnershipId: m.partnershipId, userId: m.userId }).session(session).exec();
          assertNotYetMember(!!existing);
          const marked = await Invites.updateOne(
            { _id, acceptedAt: null, revokedAt: null, expiresAt: mongoose.trusted({ $gt: m.joinedAt }) },
            { $set: { acceptedAt: m.joinedAt, acceptedBy: m.userId } },
            { session },
          ).exec();
          assertInviteClaimed(marked.matchedCount === 1);
          await Memberships.create([m], { session });
        });
      } catch (err) {
        // A membership created concurrently by another accept wins the unique index.
        if (isDuplicateKeyError(err)) assertNotYetMember(true);
        throw err;
      }
    },
  };
}
