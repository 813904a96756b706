import mongoose from "mongoose";
import type { AuditRecord } from "../../domain/audit.ts";
import type { AuditRepository } from "../types.ts";
import type { MongoContext } from "./mongoContext.ts";
import type { AuditEventDoc } from "./models/auditEventModel.ts";
import { str, strOrNull } from "./ids.ts";
import { guard } from "./unavailable.ts";
import { FORMER_MEMBER_PREFIX, redactAuditEntry } from "../agreementRedaction.ts";
import { inTransaction } from "./transaction.ts";

/** An `auditEvents` document → record. */
export function auditFromDoc(d: AuditEventDoc): AuditRecord {
  return {
    id: d._id,
    partnershipId: d.partnershipId,
    planId: d.planId ?? null,
    at: d.at,
    actorId: d.actorId ?? null,
    actorName: d.actorName,
    organisation: d.organisation ?? null,
    action: d.action,
    subjectType: d.subjectType,
    subjectId: d.subjectId,
    details: d.details,
  };
}

/** A record → `auditEvents` document. */
export function auditToDoc(e: AuditRecord): AuditEventDoc {
  return {
    _id: str(e.id, "id"),
    partnershipId: str(e.partnershipId, "partnershipId"),
    planId: strOrNull(e.planId, "planId"),
    at: str(e.at, "at"),
    actorId: strOrNull(e.actorId, "actorId"),
    actorName: str(e.actorName, "actorName"),
    organisation: strOrNull(e.organisation, "organisation"),
    action: str(e.action, "action"),
    subjectType: str(e.subjectType, "subjectType"),
    subjectId: str(e.subjectId, "subjectId"),
    details: str(e.details, "details"),
  };
}

/** MongoDB audit trail: insert and read only, except an erased person's name (`redactActorName`); never deleted. */
export function createAuditRepository(ctx: MongoContext): AuditRepository {
  const { auditEvents: Events } = ctx.models;
  return {
    async listAboutUser(userId, limit) {
      const uid = str(userId, "userId");
      const n = Number.isSafeInteger(limit) && limit > 0 ? Math.min(limit, 10_000) : 100;
      return guard("audit.listAboutUser", async () => {
        const ds = await Events.find({ $or: [{ actorId: uid }, { subjectId: uid }] })
          .sort({ at: -1, _id: -1 })
          .limit(n)
          .lean<AuditEventDoc[]>()
          .exec();
        return ds.map(auditFromDoc);
      });
    },
    async redactPerson(userId, formerName, label, alsoSubjects = []) {
      const uid = str(userId, "userId");
      const from = str(formerName, "formerName");
      const to = str(label, "label");
      if (!to.startsWith(FORMER_MEMBER_PREFIX)) throw new Error('an erased name must start with "Former member"');
      // The one update this adapter ever makes to the trail (erasure); see the port.
      const subjects = new Set(alsoSubjects.map((x) => str(x, "alsoSubjects")));
      return inTransaction(ctx.conn, "audit.redactPerson", async (session) => {
        const ds = await Events.find({ $or: [{ actorId: uid }, { subjectId: uid }, { subjectId: mongoose.trusted({ $in: [...subjects] }) }] })
          .session(session)
          .lean<AuditEventDoc[]>()
          .exec();
        let n = 0;
        for (const d of ds) {
          const next = redactAuditEntry(auditFromDoc(d), uid, from, to, subjects);
          if (!next) continue;
          await Events.updateOne({ _id: d._id }, { $set: { actorName: next.actorName, details: next.details } }, { session }).exec();
          n++;
        }
        return n;
      });
    },
    async append(e) {
      const doc = auditToDoc(e);
      await guard("audit.append", async () => {
        await Events.create([doc]);
      });
    },
    async listForPlan(planId, limit, before) {
      const pid = str(planId, "planId");
      const n = Number.isSafeInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 100;
      const filter = before === undefined ? { planId: pid } : { planId: pid, at: mongoose.trusted({ $lt: str(before, "before") }) };
      return guard("audit.listForPlan", async () => {
        const ds = await Events.find(filter).sort({ at: -1, _id: -1 }).limit(n).lean<AuditEventDoc[]>().exec();
        return ds.map(auditFromDoc);
      });
    },
    async listForPartnership(partnershipId, limit, before) {
      const pid = str(partnershipId, "partnershipId");
      const n = Number.isSafeInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 100;
      const filter = before === undefined ? { partnershipId: pid } : { partnershipId: pid, at: mongoose.trusted({ $lt: str(before, "before") }) };
      return guard("audit.listForPartnership", async () => {
        const ds = await Events.find(filter).sort({ at: -1, _id: -1 }).limit(n).lean<AuditEventDoc[]>().exec();
        return ds.map(auditFromDoc);
      });
    },
  };
}
