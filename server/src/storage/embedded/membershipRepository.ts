import type { Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";
import type { Db } from "./database.ts";
import { assertFacilitatorRemains, takesAwayFacilitator, type MemberRecord, type MembershipRecord } from "../../domain/membership.ts";
import type { MembershipRepository } from "../types.ts";

/** A memberships row. */
export interface MembershipRow {
  partnership_id: string;
  user_id: string;
  organisation: string;
  sector: string;
  role: string;
  joined_at: string;
  updated_at: string;
}

/** Map a row to a record. */
export function membershipFromRow(r: MembershipRow): MembershipRecord {
  return {
    partnershipId: r.partnership_id,
    userId: r.user_id,
    organisation: r.organisation,
    sector: r.sector as Sector,
    role: r.role as Role,
    joinedAt: r.joined_at,
    updatedAt: r.updated_at,
  };
}

/** SQLite memberships. */
export function createMembershipRepository(db: Db): MembershipRepository {
  const find = db.prepare<[string, string], MembershipRow>(
    "SELECT * FROM memberships WHERE partnership_id = ? AND user_id = ?",
  );
  const members = db.prepare<[string], MembershipRow & { display_name: string; email: string }>(`
    SELECT m.*, u.display_name, u.email FROM memberships m JOIN users u ON u.id = m.user_id
    WHERE m.partnership_id = ? ORDER BY u.display_name COLLATE NOCASE`);
  const facilitators = db.prepare<[string], { n: number }>(
    "SELECT COUNT(*) AS n FROM memberships WHERE partnership_id = ? AND role = 'facilitator'",
  );
  const del = db.prepare("DELETE FROM memberships WHERE partnership_id = ? AND user_id = ?");

  const updateTx = db.transaction(
    (pid: string, uid: string, patch: Partial<Pick<MembershipRecord, "role" | "organisation" | "sector">>, at: string) => {
      const row = find.get(pid, uid);
      if (!row) return null;
      const next = { ...membershipFromRow(row), ...stripUndefined(patch), updatedAt: at };
      if (takesAwayFacilitator(row.role as Role, next.role)) assertFacilitatorRemains(facilitators.get(pid)!.n);
      db.prepare(
        "UPDATE memberships SET role = ?, organisation = ?, sector = ?, updated_at = ? WHERE partnership_id = ? AND user_id = ?",
      ).run(next.role, next.organisation, next.sector, at, pid, uid);
      return next;
    },
  );
  const removeTx = db.transaction((pid: string, uid: string) => {
    const row = find.get(pid, uid);
    if (!row) return false;
    if (takesAwayFacilitator(row.role as Role, null)) assertFacilitatorRemains(facilitators.get(pid)!.n);
    del.run(pid, uid);
    return true;
  });

  return {
    async find(pid, uid) {
      const r = find.get(pid, uid);
      return r ? membershipFromRow(r) : null;
    },
    async listMembers(pid): Promise<MemberRecord[]> {
      return members.all(pid).map((r) => ({ ...membershipFromRow(r), displayName: r.display_name, email: r.email }));
    },
    async update(pid, uid, patch, at) {
      return updateTx.immediate(pid, uid, patch, at);
    },
    async remove(pid, uid) {
      return removeTx.immediate(pid, uid);
    },
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
