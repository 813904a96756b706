import mongoose from "mongoose";
import type { AuthTokenPurpose, AuthTokenRecord } from "../../domain/authToken.ts";
import type { AuthTokenRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { AuthTokenDoc } from "./models/authTokenModel.ts";
import { str } from "./ids.ts";
import { guard } from "./unavailable.ts";

const PURPOSES: readonly AuthTokenPurpose[] = ["password_reset", "email_verification"];

function purposeOf(value: unknown): AuthTokenPurpose {
  const p = str(value, "purpose") as AuthTokenPurpose;
  if (!PURPOSES.includes(p)) throw new TypeError("purpose: unknown");
  return p;
}

function fromDoc(d: AuthTokenDoc): AuthTokenRecord {
  return { id: d._id, userId: d.userId, purpose: d.purpose, createdAt: d.createdAt, expiresAt: d.expiresAt, usedAt: d.usedAt ?? null };
}

/** MongoDB single-use links. */
export function createAuthTokenRepository({ models }: MongoContext): AuthTokenRepository {
  const Tokens = models.authTokens;
  return {
    async create(t) {
      const doc: AuthTokenDoc = {
        _id: str(t.id, "id"),
        userId: str(t.userId, "userId"),
        purpose: purposeOf(t.purpose),
        createdAt: str(t.createdAt, "createdAt"),
        expiresAt: str(t.expiresAt, "expiresAt"),
        usedAt: null,
      };
      return guard("authTokens.create", async () => {
        await Tokens.create(doc);
      });
    },
    async findById(id) {
      const _id = str(id, "id");
      return guard("authTokens.findById", async () => {
        const d = await Tokens.findOne({ _id }).lean<AuthTokenDoc>().exec();
        return d ? fromDoc(d) : null;
      });
    },
    async consume(id, purpose, now) {
      const _id = str(id, "id");
      const p = purposeOf(purpose);
      const at = str(now, "now");
      return guard("authTokens.consume", async () => {
        // One atomic conditional update: two concurrent uses cannot both match `usedAt: null`.
        const d = await Tokens.findOneAndUpdate(
          { _id, purpose: p, usedAt: null, expiresAt: mongoose.trusted({ $gt: at }) },
          { $set: { usedAt: at } },
          { returnDocument: "after" },
        )
          .lean<AuthTokenDoc>()
          .exec();
        return d ? fromDoc(d) : null;
      });
    },
    async deleteForUser(userId, purpose) {
      const uid = str(userId, "userId");
      const p = purposeOf(purpose);
      return guard("authTokens.deleteForUser", async () => (await Tokens.deleteMany({ userId: uid, purpose: p }).exec()).deletedCount);
    },
    async deleteExpired(before) {
      const b = str(before, "before");
      return guard("authTokens.deleteExpired", async () => (await Tokens.deleteMany({ expiresAt: mongoose.trusted({ $lte: b }) }).exec()).deletedCount);
    },
  };
}
