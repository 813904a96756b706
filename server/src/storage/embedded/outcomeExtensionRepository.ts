import type { Db } from "./database.ts";
import { RevisionConflictError } from "../../domain/errors.ts";
import { assertAtRevision, type OutcomeExtensionAction, type OutcomeExtensionChangeRecord, type OutcomeExtensionItemRecord, type OutcomeExtensionKind } from "../../domain/outcomeExtension.ts";
import type { OutcomeExtensionRepository } from "../types.ts";
import { checkExtensionWrites, extensionChangeKey, extensionItemKey } from "../outcomeExtensionWrites.ts";

interface ItemRow {
  id: string;
  partnership_id: string;
  item_id: string;
  kind: string;
  data: string;
  created_seq: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  retired_at: string | null;
  retired_by: string | null;
}

interface ChangeRow {
  id: string;
  partnership_id: string;
  seq: number;
  actor_id: string;
  action: string;
  item_kind: string;
  item_id: string;
  label: string;
  fields: string;
  at: string;
}

function itemFromRow(r: ItemRow): OutcomeExtensionItemRecord {
  return {
    partnershipId: r.partnership_id,
    itemId: r.item_id,
    kind: r.kind as OutcomeExtensionKind,
    data: r.data,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
    retiredAt: r.retired_at,
    retiredBy: r.retired_by,
  };
}

function changeFromRow(r: ChangeRow): OutcomeExtensionChangeRecord {
  return {
    partnershipId: r.partnership_id,
    seq: r.seq,
    actorId: r.actor_id,
    action: r.action as OutcomeExtensionAction,
    itemKind: r.item_kind as OutcomeExtensionKind,
    itemId: r.item_id,
    label: r.label,
    fields: r.fields,
    at: r.at,
  };
}

/** SQLite partnership outcome extensions: items plus an append-only audit log whose length is the revision. */
export function createOutcomeExtensionRepository(db: Db): OutcomeExtensionRepository {
  const items = db.prepare<[string], ItemRow>(
    "SELECT * FROM outcome_extension_items WHERE partnership_id = ? ORDER BY created_seq, item_id",
  );
  const head = db.prepare<[string], { rev: number }>(
    "SELECT COALESCE(MAX(seq), 0) AS rev FROM outcome_extension_changes WHERE partnership_id = ?",
  );
  const upsert = db.prepare(`INSERT INTO outcome_extension_items (id, partnership_id, item_id, kind, data, created_seq,
      created_at, created_by, updated_at, updated_by, retired_at, retired_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
    ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, data = excluded.data, updated_at = excluded.updated_at,
      updated_by = excluded.updated_by, retired_at = excluded.retired_at, retired_by = excluded.retired_by`);
  const insertChange = db.prepare(`INSERT INTO outcome_extension_changes (id, partnership_id, seq, actor_id, action,
      item_kind, item_id, label, fields, at) VALUES (?,?,?,?,?,?,?,?,?,?)`);
  const changes = db.prepare<[string, number], ChangeRow>(
    "SELECT * FROM outcome_extension_changes WHERE partnership_id = ? ORDER BY seq DESC LIMIT ?",
  );

  const applyTx = db.transaction((pid: string, expected: number, writes: Parameters<OutcomeExtensionRepository["apply"]>[2]) => {
    const rev = head.get(pid)!.rev;
    assertAtRevision(expected, rev);
    writes.forEach(({ item, change }, i) => {
      const seq = expected + i + 1;
      upsert.run(
        extensionItemKey(pid, item.itemId), pid, item.itemId, item.kind, item.data, seq,
        item.createdAt, item.createdBy, item.updatedAt, item.updatedBy, item.retiredAt, item.retiredBy,
      );
      insertChange.run(
        extensionChangeKey(pid, seq), pid, seq, change.actorId, change.action, change.itemKind, change.itemId,
        change.label, change.fields, change.at,
      );
    });
    return expected + writes.length;
  });

  return {
    async load(partnershipId) {
      return { revision: head.get(partnershipId)!.rev, items: items.all(partnershipId).map(itemFromRow) };
    },
    async apply(partnershipId, expectedRevision, writes) {
      checkExtensionWrites(partnershipId, expectedRevision, writes);
      try {
        return applyTx.immediate(partnershipId, expectedRevision, writes);
      } catch (err) {
        // A concurrent writer in another process took the seq first.
        if ((err as { code?: string }).code === "SQLITE_CONSTRAINT_PRIMARYKEY" || (err as { code?: string }).code === "SQLITE_CONSTRAINT_UNIQUE") {
          throw new RevisionConflictError(expectedRevision);
        }
        throw err;
      }
    },
    async listChanges(partnershipId, limit) {
      const n = Number.isSafeInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 100;
      return changes.all(partnershipId, n).map(changeFromRow);
    },
  };
}
