import type { Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";
import type { Db } from "./database.ts";
import { assertInviteClaimed, assertNotYetMember, type InviteRecord } from "../../domain/invite.ts";
import type { InviteRepository } from "../types.ts";
import type { MembershipRecord } from "../../domain/membership.ts";

interface Row {
  id: string;
  partnership_id: string;
  token_hash: string;
  role: string;
  organisation: string | null;
  sector: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  accepted_by: string | null;
  revoked_at: string | null;
}

function toRecord(r: Row): InviteRecord {
  return {
    id: r.id,
    partnershipId: r.partnership_id,
    tokenHash: r.token_hash,
    role: r.role as Role,
    organisation: r.organisation,
    sector: r.sector as Sector | null,
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    acceptedAt: r.accepted_at,
    acceptedBy: r.accepted_by,
    revokedAt: r.revoked_at,
  };
}

/** SQLite invites. */
export function createInviteRepository(db: Db): InviteRepository {
  const insert = db.prepare(`INSERT INTO invites (id, partnership_id, token_hash, role, organisation, sector,
    created_by, created_at, expires_at, accepted_at, accepted_by, revoked_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`);
  const byId = db.prepare<[string], Row>("SELECT * FROM invites WHERE id = ?");
  const byToken = db.prepare<[string], Row>("SELECT * FROM invites WHERE token_hash = ?");
  const list = db.prepare<[string], Row>("SELECT * FROM invites WHERE partnership_id = ? ORDER BY created_at DESC");
  const revoke = db.prepare("UPDATE invites SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL");
  const memberExists = db.prepare<[string, string], { n: number }>(
    "SELECT COUNT(*) AS n FROM memberships WHERE partnership_id = ? AND user_id = ?",
  );
  const markAccepted = db.prepare(
    "UPDATE invites SET accepted_at = ?, accepted_by = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?",
  );
  const insertMember = db.prepare(
    "INSERT INTO memberships (partnership_id, user_id, organisation, sector, role, joined_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const acceptTx = db.transaction((inviteId: string, m: MembershipRecord) => {
    assertNotYetMember(memberExists.get(m.partnershipId, m.userId)!.n > 0);
    assertInviteClaimed(markAccepted.run(m.joinedAt, m.userId, inviteId, m.joinedAt).changes === 1);
    insertMember.run(m.partnershipId, m.userId, m.organisation, m.sector, m.role, m.joinedAt, m.updatedAt);
  });
  return {
    async create(i) {
      insert.run(i.id, i.partnershipId, i.tokenHash, i.role, i.organisation, i.sector, i.createdBy, i.createdAt,
        i.expiresAt, i.acceptedAt, i.acceptedBy, i.revokedAt);
    },
    async findById(id) {
      const r = byId.get(id);
      return r ? toRecord(r) : null;
    },
    async findByTokenHash(h) {
      const r = byToken.get(h);
      return r ? toRecord(r) : null;
    },
    async listForPartnership(pid) {
      return list.all(pid).map(toRecord);
    },
    async revoke(id, at) {
      revoke.run(at, id);
    },
    async accept(inviteId, m) {
      acceptTx.immediate(inviteId, m);
    },
  };
}
