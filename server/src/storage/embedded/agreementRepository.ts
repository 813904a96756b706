import { AgreementRoundSchema } from "@jigsaw/shared/agreement/schema";
import type { Db } from "./database.ts";
import { redactRoundPerson } from "../agreementRedaction.ts";
import { assertRevisionAdvances, replaceRefusal, type AgreementRecord } from "../../domain/agreement.ts";
import type { AgreementRepository } from "../types.ts";

interface Row {
  id: string;
  plan_id: string;
  status: string;
  revision: number;
  proposed_at: string;
  data: string;
}

function toRecord(r: Row): AgreementRecord {
  return AgreementRoundSchema.parse(JSON.parse(r.data));
}

/** SQLite agreement rounds: one row per round, the round as JSON, compare-and-set on `revision`. */
export function createAgreementRepository(db: Db): AgreementRepository {
  const insert = db.prepare("INSERT INTO agreements (id, plan_id, status, revision, proposed_at, data) VALUES (?, ?, ?, ?, ?, ?)");
  const byId = db.prepare<[string], Row>("SELECT * FROM agreements WHERE id = ?");
  const list = db.prepare<[string], Row>("SELECT * FROM agreements WHERE plan_id = ? ORDER BY proposed_at DESC, id DESC");
  const open = db.prepare<[], Row>("SELECT * FROM agreements WHERE status = 'open' ORDER BY proposed_at, id");
  const cas = db.prepare(
    "UPDATE agreements SET status = ?, revision = ?, data = ? WHERE id = ? AND revision = ? AND status = 'open'",
  );
  const replaceTx = db.transaction((round: AgreementRecord, expected: number) => {
    const r = cas.run(round.status, round.revision, JSON.stringify(round), round.id, expected);
    if (r.changes === 1) return;
    throw replaceRefusal(expected, byId.get(round.id) ?? null);
  });
  const mentioning = db.prepare<[string], Row>("SELECT * FROM agreements WHERE instr(data, ?) > 0");
  const rewrite = db.prepare("UPDATE agreements SET data = ? WHERE id = ?");
  const redactTx = db.transaction((userId: string, displayName: string) => {
    let n = 0;
    for (const row of mentioning.all(JSON.stringify({ userId }).slice(1, -1))) {
      const next = redactRoundPerson(toRecord(row), userId, displayName);
      if (!next) continue;
      rewrite.run(JSON.stringify(next), row.id);
      n++;
    }
    return n;
  });
  return {
    async redactPerson(userId, displayName) {
      return redactTx.immediate(userId, displayName);
    },
    async create(round) {
      const valid = AgreementRoundSchema.parse(round);
      insert.run(valid.id, valid.planId, valid.status, valid.revision, valid.proposedAt, JSON.stringify(valid));
    },
    async findById(id) {
      const r = byId.get(id);
      return r ? toRecord(r) : null;
    },
    async listForPlan(planId) {
      return list.all(planId).map(toRecord);
    },
    async listOpen() {
      return open.all().map(toRecord);
    },
    async replace(round, expectedRevision) {
      const valid = AgreementRoundSchema.parse(round);
      assertRevisionAdvances(expectedRevision, valid.revision);
      replaceTx.immediate(valid, expectedRevision);
    },
  };
}
