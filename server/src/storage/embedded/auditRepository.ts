import type { Db } from "./database.ts";
import type { AuditRecord } from "../../domain/audit.ts";
import type { AuditRepository } from "../types.ts";
import { FORMER_MEMBER_PREFIX, redactAuditEntry } from "../agreementRedaction.ts";

interface Row {
  id: string;
  partnership_id: string;
  plan_id: string | null;
  at: string;
  actor_id: string | null;
  actor_name: string;
  organisation: string | null;
  action: string;
  subject_type: string;
  subject_id: string;
  details: string;
}

function toRecord(r: Row): AuditRecord {
  return {
    id: r.id,
    partnershipId: r.partnership_id,
    planId: r.plan_id,
    at: r.at,
    actorId: r.actor_id,
    actorName: r.actor_name,
    organisation: r.organisation,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    details: r.details,
  };
}

/** SQLite audit trail: insert and read only; triggers refuse DELETE and every UPDATE but an erasure's name redaction (migration 7). */
export function createAuditRepository(db: Db): AuditRepository {
  const insert = db.prepare(`INSERT INTO audit_events (id, partnership_id, plan_id, at, actor_id, actor_name, organisation,
    action, subject_type, subject_id, details) VALUES (?,?,?,?,?,?,?,?,?,?,?)`);
  const list = db.prepare<[string, string, number], Row>(
    "SELECT * FROM audit_events WHERE plan_id = ? AND at < ? ORDER BY at DESC, rowid DESC LIMIT ?",
  );
  const listP = db.prepare<[string, string, number], Row>(
    "SELECT * FROM audit_events WHERE partnership_id = ? AND at < ? ORDER BY at DESC, rowid DESC LIMIT ?",
  );
  const aboutUser = db.prepare<[string, string, number], Row>(
    "SELECT * FROM audit_events WHERE actor_id = ? OR subject_id = ? ORDER BY at DESC, rowid DESC LIMIT ?",
  );
  const touching = db.prepare<[string, string], Row>("SELECT * FROM audit_events WHERE actor_id = ? OR subject_id = ?");
  const rewrite = db.prepare("UPDATE audit_events SET actor_name = ?, details = ? WHERE id = ?");
  const aboutSubject = db.prepare<[string], Row>("SELECT * FROM audit_events WHERE subject_id = ?");
  const redactTx = db.transaction((userId: string, formerName: string, label: string, also: readonly string[]) => {
    let n = 0;
    const subjects = new Set(also);
    const rows = new Map<string, Row>();
    for (const row of touching.all(userId, userId)) rows.set(row.id, row);
    for (const s of subjects) for (const row of aboutSubject.all(s)) rows.set(row.id, row);
    for (const row of rows.values()) {
      const next = redactAuditEntry(toRecord(row), userId, formerName, label, subjects);
      if (!next) continue;
      rewrite.run(next.actorName, next.details, next.id);
      n++;
    }
    return n;
  });
  return {
    async listAboutUser(userId, limit) {
      return aboutUser.all(userId, userId, Math.max(0, Math.floor(limit))).map(toRecord);
    },
    async redactPerson(userId, formerName, label, alsoSubjects = []) {
      if (!label.startsWith(FORMER_MEMBER_PREFIX)) throw new Error('an erased name must start with "Former member"');
      return redactTx.immediate(userId, formerName, label, alsoSubjects);
    },
    async append(e) {
      insert.run(e.id, e.partnershipId, e.planId, e.at, e.actorId, e.actorName, e.organisation, e.action, e.subjectType, e.subjectId, e.details);
    },
    async listForPlan(planId, limit, before) {
      return list.all(planId, before ?? "\uffff", Math.max(0, Math.floor(limit))).map(toRecord);
    },
    async listForPartnership(partnershipId, limit, before) {
      return listP.all(partnershipId, before ?? "\uffff", Math.max(0, Math.floor(limit))).map(toRecord);
    },
  };
}
