import type { Db } from "./database.ts";
import type { MembershipRecord } from "../../domain/membership.ts";
import type { PartnershipRecord } from "../../domain/partnership.ts";
import type { PartnershipRepository } from "../types.ts";
import { membershipFromRow, type MembershipRow } from "./membershipRepository.ts";

interface Row {
  id: string;
  name: string;
  place: string;
  description: string;
  created_at: string;
  created_by: string;
  two_factor_required_at: string | null;
}

function toRecord(r: Row): PartnershipRecord {
  return {
    id: r.id,
    name: r.name,
    place: r.place,
    description: r.description,
    createdAt: r.created_at,
    createdBy: r.created_by,
    twoFactorRequiredAt: r.two_factor_required_at,
  };
}

/** SQLite partnerships. */
export function createPartnershipRepository(db: Db): PartnershipRepository {
  const insert = db.prepare(
    "INSERT INTO partnerships (id, name, place, description, created_at, created_by, two_factor_required_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const insertMember = db.prepare(
    "INSERT INTO memberships (partnership_id, user_id, organisation, sector, role, joined_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const byId = db.prepare<[string], Row>("SELECT * FROM partnerships WHERE id = ?");
  const forUser = db.prepare<[string], Row & { m_partnership_id: string } & Record<string, string>>(`
    SELECT p.*, m.partnership_id AS m_partnership_id, m.user_id AS m_user_id, m.organisation AS m_organisation,
           m.sector AS m_sector, m.role AS m_role, m.joined_at AS m_joined_at, m.updated_at AS m_updated_at
    FROM memberships m JOIN partnerships p ON p.id = m.partnership_id
    WHERE m.user_id = ? ORDER BY p.name COLLATE NOCASE`);
  const createTx = db.transaction((p: PartnershipRecord, m: MembershipRecord) => {
    insert.run(p.id, p.name, p.place, p.description, p.createdAt, p.createdBy, p.twoFactorRequiredAt ?? null);
    insertMember.run(m.partnershipId, m.userId, m.organisation, m.sector, m.role, m.joinedAt, m.updatedAt);
  });
  return {
    async createWithFounder(p, m) {
      createTx.immediate(p, m);
    },
    async findById(id) {
      const r = byId.get(id);
      return r ? toRecord(r) : null;
    },
    async update(id, patch) {
      const sets: string[] = [];
      const vals: Array<string | null> = [];
      const columns: Record<string, string> = { name: "name", place: "place", description: "description", twoFactorRequiredAt: "two_factor_required_at" };
      for (const [k, v] of Object.entries(patch)) {
        const column = columns[k];
        if (v === undefined || !column) continue;
        sets.push(`${column} = ?`);
        vals.push(v);
      }
      if (sets.length === 0) return;
      db.prepare(`UPDATE partnerships SET ${sets.join(", ")} WHERE id = ?`).run(...vals, id);
    },
    async listForUser(userId) {
      return forUser.all(userId).map((r) => ({
        partnership: toRecord(r),
        membership: membershipFromRow({
          partnership_id: r.m_partnership_id,
          user_id: r.m_user_id,
          organisation: r.m_organisation,
          sector: r.m_sector,
          role: r.m_role,
          joined_at: r.m_joined_at,
          updated_at: r.m_updated_at,
        } as MembershipRow),
      }));
    },
  };
}
