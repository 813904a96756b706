import { DuplicateError } from "../../domain/errors.ts";
import type { UserRecord } from "../../domain/user.ts";
import type { UserRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { UserDoc } from "./models/userModel.ts";
import { str, strOrNull } from "./ids.ts";
import { guard, isDuplicateKeyError } from "./unavailable.ts";
import { inTransaction } from "./transaction.ts";

/** A `users` document → record. */
export function userFromDoc(d: UserDoc): UserRecord {
  return {
    id: d._id,
    email: d.email,
    displayName: d.displayName,
    passwordHash: d.passwordHash,
    createdAt: d.createdAt,
    emailVerifiedAt: d.emailVerifiedAt ?? null,
    totpSecret: d.totpSecret ?? null,
    erasedAt: d.erasedAt ?? null,
    totpLastStep: d.totpLastStep ?? null,
  };
}

/** A record → `users` document. */
export function userToDoc(u: UserRecord): UserDoc {
  return {
    _id: str(u.id, "id"),
    email: str(u.email, "email"),
    displayName: str(u.displayName, "displayName"),
    passwordHash: str(u.passwordHash, "passwordHash"),
    createdAt: str(u.createdAt, "createdAt"),
    emailVerifiedAt: strOrNull(u.emailVerifiedAt ?? null, "emailVerifiedAt"),
    totpSecret: strOrNull(u.totpSecret ?? null, "totpSecret"),
    erasedAt: strOrNull(u.erasedAt ?? null, "erasedAt"),
    totpLastStep: stepOrNull(u.totpLastStep ?? null),
  };
}

/** MongoDB users. A taken email (or id) is a `DuplicateError("email")`, as in the embedded store. */
export function createUserRepository(ctx: MongoContext): UserRepository {
  const { models } = ctx;
  const Users = models.users;
  return {
    async create(u) {
      const doc = userToDoc(u);
      return guard("users.create", async () => {
        try {
          await Users.create(doc);
        } catch (err) {
          if (isDuplicateKeyError(err)) throw new DuplicateError("email");
          throw err;
        }
      });
    },
    async findById(id) {
      const _id = str(id, "id");
      return guard("users.findById", async () => {
        const d = await Users.findOne({ _id }).lean<UserDoc>().exec();
        return d ? userFromDoc(d) : null;
      });
    },
    async findByEmail(email) {
      const e = str(email, "email");
      return guard("users.findByEmail", async () => {
        const d = await Users.findOne({ email: e }).lean<UserDoc>().exec();
        return d ? userFromDoc(d) : null;
      });
    },
    async updateDisplayName(id, displayName) {
      const _id = str(id, "id");
      const name = str(displayName, "displayName");
      return guard("users.updateDisplayName", async () => {
        await Users.updateOne({ _id }, { $set: { displayName: name } }).exec();
      });
    },
    async setPasswordHash(id, passwordHash) {
      const _id = str(id, "id");
      const hash = str(passwordHash, "passwordHash");
      return guard("users.setPasswordHash", async () => {
        await Users.updateOne({ _id }, { $set: { passwordHash: hash } }).exec();
      });
    },
    async markEmailVerified(id, at) {
      const _id = str(id, "id");
      const when = str(at, "at");
      return guard("users.markEmailVerified", async () => {
        await Users.updateOne({ _id, emailVerifiedAt: null }, { $set: { emailVerifiedAt: when } }).exec();
      });
    },
    async erase(id, erasure) {
      const _id = str(id, "id");
      const set = {
        email: str(erasure.email, "email"),
        displayName: str(erasure.displayName, "displayName"),
        passwordHash: "!erased",
        emailVerifiedAt: null,
        totpSecret: null,
        erasedAt: str(erasure.at, "at"),
      };
      await inTransaction(ctx.conn, "users.erase", async (session) => {
        await Users.updateOne({ _id }, { $set: set }, { session }).exec();
        await models.sessions.deleteMany({ userId: _id }, { session }).exec();
        await models.authTokens.deleteMany({ userId: _id }, { session }).exec();
        await models.notificationPreferences.deleteMany({ userId: _id }, { session }).exec();
        await models.notifications.deleteMany({ userId: _id }, { session }).exec();
        await models.planVisits.deleteMany({ userId: _id }, { session }).exec();
      });
    },
    async claimTotpStep(id, step) {
      const _id = str(id, "id");
      if (!Number.isSafeInteger(step) || step < 0) throw new TypeError("step must be a non-negative integer");
      return guard("users.claimTotpStep", async () => {
        const r = await Users.updateOne({ _id, $or: [{ totpLastStep: null }, { totpLastStep: { $lt: step } }] }, { $set: { totpLastStep: step } }).exec();
        return r.modifiedCount === 1;
      });
    },
    async setTotpSecret(id, secret) {
      const _id = str(id, "id");
      const value = strOrNull(secret, "secret");
      return guard("users.setTotpSecret", async () => {
        await Users.updateOne({ _id }, { $set: { totpSecret: value } }).exec();
      });
    },
  };
}

function stepOrNull(v: unknown): number | null {
  if (v === null) return null;
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) throw new TypeError("totpLastStep must be a non-negative integer or null");
  return v;
}
