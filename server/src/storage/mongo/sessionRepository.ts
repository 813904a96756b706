import mongoose from "mongoose";
import type { SessionRecord } from "../../domain/session.ts";
import type { SessionRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { SessionDoc } from "./models/sessionModel.ts";
import { str } from "./ids.ts";
import { guard } from "./unavailable.ts";

/** A `sessions` document → record. */
export function sessionFromDoc(d: SessionDoc): SessionRecord {
  return { id: d._id, userId: d.userId, createdAt: d.createdAt, lastSeenAt: d.lastSeenAt, expiresAt: d.expiresAt };
}

/** A record → `sessions` document. */
export function sessionToDoc(s: SessionRecord): SessionDoc {
  return {
    _id: str(s.id, "id"),
    userId: str(s.userId, "userId"),
    createdAt: str(s.createdAt, "createdAt"),
    lastSeenAt: str(s.lastSeenAt, "lastSeenAt"),
    expiresAt: str(s.expiresAt, "expiresAt"),
  };
}

/** MongoDB sessions. */
export function createSessionRepository({ models }: MongoContext): SessionRepository {
  const Sessions = models.sessions;
  return {
    async create(s) {
      const doc = sessionToDoc(s);
      return guard("sessions.create", async () => {
        await Sessions.create(doc);
      });
    },
    async findById(id) {
      const _id = str(id, "id");
      return guard("sessions.findById", async () => {
        const d = await Sessions.findOne({ _id }).lean<SessionDoc>().exec();
        return d ? sessionFromDoc(d) : null;
      });
    },
    async touch(id, lastSeenAt) {
      const _id = str(id, "id");
      const at = str(lastSeenAt, "lastSeenAt");
      return guard("sessions.touch", async () => {
        await Sessions.updateOne({ _id }, { $set: { lastSeenAt: at } }).exec();
      });
    },
    async delete(id) {
      const _id = str(id, "id");
      return guard("sessions.delete", async () => {
        await Sessions.deleteOne({ _id }).exec();
      });
    },
    async listForUser(userId) {
      const uid = str(userId, "userId");
      return guard("sessions.listForUser", async () => {
        const ds = await Sessions.find({ userId: uid }).sort({ createdAt: 1, _id: 1 }).lean<SessionDoc[]>().exec();
        return ds.map(sessionFromDoc);
      });
    },
    async deleteAllForUser(userId) {
      const uid = str(userId, "userId");
      return guard("sessions.deleteAllForUser", async () => {
        const r = await Sessions.deleteMany({ userId: uid }).exec();
        return r.deletedCount;
      });
    },
    async deleteExpired(now, idleBefore) {
      const n = str(now, "now");
      const idle = str(idleBefore, "idleBefore");
      return guard("sessions.deleteExpired", async () => {
        // Server-built operators from typed strings: marked trusted for sanitizeFilter.
        const r = await Sessions.deleteMany({
          $or: [{ expiresAt: mongoose.trusted({ $lte: n }) }, { lastSeenAt: mongoose.trusted({ $lte: idle }) }],
        }).exec();
        return r.deletedCount;
      });
    },
  };
}
