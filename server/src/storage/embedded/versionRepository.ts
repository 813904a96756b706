import type { VersionKind } from "@jigsaw/shared/versions/schema";
import type { Db } from "./database.ts";
import { FORMER_MEMBER_PREFIX } from "../agreementRedaction.ts";
import type { VersionRecord, VersionSummaryRecord } from "../../domain/version.ts";
import type { VersionRepository } from "../types.ts";

interface SummaryRow {
  id: string;
  plan_id: string;
  kind: string;
  name: string;
  created_at: string;
  created_by: string | null;
  content_hash: string;
  agreement_id: string | null;
  sign_off: string | null;
  size_bytes: number;
}

interface Row extends Omit<SummaryRow, "size_bytes"> {
  state: Buffer;
  snapshot: string;
}

const SUMMARY_COLUMNS =
  "id, plan_id, kind, name, created_at, created_by, content_hash, agreement_id, sign_off, length(state) + length(snapshot) AS size_bytes";

function summary(r: SummaryRow): VersionSummaryRecord {
  return {
    id: r.id,
    planId: r.plan_id,
    kind: r.kind as VersionKind,
    name: r.name,
    createdAt: r.created_at,
    createdBy: r.created_by,
    contentHash: r.content_hash,
    agreementId: r.agreement_id,
    signOff: r.sign_off,
    sizeBytes: r.size_bytes,
  };
}

function full(r: Row): VersionRecord {
  return {
    id: r.id,
    planId: r.plan_id,
    kind: r.kind as VersionKind,
    name: r.name,
    createdAt: r.created_at,
    createdBy: r.created_by,
    state: new Uint8Array(r.state),
    snapshot: r.snapshot,
    contentHash: r.content_hash,
    agreementId: r.agreement_id,
    signOff: r.sign_off,
  };
}

/**
 * SQLite plan versions. Append-only: no delete statement exists, and triggers
 * (migration 3) refuse any change to content and any change at all to agreed versions.
 */
export function createVersionRepository(db: Db): VersionRepository {
  const insert = db.prepare(`INSERT INTO plan_versions (id, plan_id, kind, name, created_at, created_by, state, snapshot,
    content_hash, agreement_id, sign_off) VALUES (?,?,?,?,?,?,?,?,?,?,?)`);
  const byId = db.prepare<[string], Row>("SELECT * FROM plan_versions WHERE id = ?");
  const list = db.prepare<[string], SummaryRow>(
    `SELECT ${SUMMARY_COLUMNS} FROM plan_versions WHERE plan_id = ? ORDER BY created_at DESC, rowid DESC`,
  );
  const latest = db.prepare<[string], Row>("SELECT * FROM plan_versions WHERE plan_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1");
  const rename = db.prepare("UPDATE plan_versions SET name = ? WHERE id = ? AND kind <> 'agreed'");
  const setSignOff = db.prepare("UPDATE plan_versions SET sign_off = ? WHERE id = ?");
  return {
    async create(v) {
      insert.run(
        v.id,
        v.planId,
        v.kind,
        v.name,
        v.createdAt,
        v.createdBy,
        Buffer.from(v.state.buffer, v.state.byteOffset, v.state.byteLength),
        v.snapshot,
        v.contentHash,
        v.agreementId,
        v.signOff,
      );
    },
    async findById(id) {
      const r = byId.get(id);
      return r ? full(r) : null;
    },
    async listForPlan(planId) {
      return list.all(planId).map(summary);
    },
    async latestForPlan(planId) {
      const r = latest.get(planId);
      return r ? full(r) : null;
    },
    async rename(id, name) {
      return rename.run(name, id).changes === 1;
    },
    async redactSignOff(id, signOff) {
      if (!signOff.includes(FORMER_MEMBER_PREFIX)) throw new Error('a redacted sign-off must name a "Former member"');
      return setSignOff.run(signOff, id).changes === 1;
    },
  };
}
