import type { PlanTemplate } from "@jigsaw/shared/domain/plan";
import type { Db } from "./database.ts";
import type { PlanRecord } from "../../domain/plan.ts";
import type { PlanRepository } from "../types.ts";

interface Row {
  id: string;
  partnership_id: string;
  title: string;
  template: string;
  archived_at: string | null;
  created_at: string;
  created_by: string;
  last_activity_at: string;
}

function toRecord(r: Row): PlanRecord {
  return {
    id: r.id,
    partnershipId: r.partnership_id,
    title: r.title,
    template: r.template as PlanTemplate,
    archivedAt: r.archived_at,
    createdAt: r.created_at,
    createdBy: r.created_by,
    lastActivityAt: r.last_activity_at,
  };
}

/** SQLite plan metadata; creating a plan also writes its initial document snapshot. */
export function createPlanRepository(db: Db): PlanRepository {
  const insert = db.prepare(`INSERT INTO plans (id, partnership_id, title, template, archived_at, created_at,
    created_by, last_activity_at) VALUES (?,?,?,?,?,?,?,?)`);
  const insertDoc = db.prepare(
    "INSERT INTO doc_snapshots (doc_id, snapshot, snapshot_seq, next_seq) VALUES (?, ?, 0, 1)",
  );
  const byId = db.prepare<[string], Row>("SELECT * FROM plans WHERE id = ?");
  const list = db.prepare<[string], Row>(
    "SELECT * FROM plans WHERE partnership_id = ? ORDER BY archived_at IS NOT NULL, last_activity_at DESC",
  );
  const touch = db.prepare("UPDATE plans SET last_activity_at = ? WHERE id = ? AND last_activity_at < ?");
  const createTx = db.transaction((p: PlanRecord, state: Uint8Array) => {
    insert.run(p.id, p.partnershipId, p.title, p.template, p.archivedAt, p.createdAt, p.createdBy, p.lastActivityAt);
    insertDoc.run(p.id, Buffer.from(state));
  });
  return {
    async create(p, state) {
      createTx.immediate(p, state);
    },
    async findById(id) {
      const r = byId.get(id);
      return r ? toRecord(r) : null;
    },
    async listForPartnership(pid) {
      return list.all(pid).map(toRecord);
    },
    async update(id, patch) {
      if (patch.title !== undefined) {
        db.prepare("UPDATE plans SET title = ? WHERE id = ?").run(patch.title, id);
      }
      if (patch.archivedAt !== undefined) {
        db.prepare("UPDATE plans SET archived_at = ? WHERE id = ?").run(patch.archivedAt, id);
      }
    },
    async touchActivity(id, at) {
      touch.run(at, id, at);
    },
  };
}
