import { ROLES, type Role } from "@jigsaw/shared/domain/role";
import { SECTORS, type Sector } from "@jigsaw/shared/domain/sector";
import type { MembershipRecord } from "../../domain/membership.ts";
import type { MembershipDoc } from "./models/membershipModel.ts";
import { str } from "./ids.ts";

/** A `memberships` document → record (drops `_id`). */
export function membershipFromDoc(d: MembershipDoc): MembershipRecord {
  return {
    partnershipId: d.partnershipId,
    userId: d.userId,
    organisation: d.organisation,
    sector: d.sector,
    role: d.role,
    joinedAt: d.joinedAt,
    updatedAt: d.updatedAt,
  };
}

/** A record → `memberships` document. */
export function membershipToDoc(m: MembershipRecord): MembershipDoc {
  return {
    partnershipId: str(m.partnershipId, "partnershipId"),
    userId: str(m.userId, "userId"),
    organisation: str(m.organisation, "organisation"),
    sector: sector(m.sector),
    role: role(m.role),
    joinedAt: str(m.joinedAt, "joinedAt"),
    updatedAt: str(m.updatedAt, "updatedAt"),
  };
}

/** A role value, checked. */
export function role(v: unknown): Role {
  const s = str(v, "role");
  if (!(ROLES as readonly string[]).includes(s)) throw new TypeError(`role must be one of ${ROLES.join(", ")}`);
  return s as Role;
}

/** A sector value, checked. */
export function sector(v: unknown): Sector {
  const s = str(v, "sector");
  if (!(SECTORS as readonly string[]).includes(s)) throw new TypeError(`sector must be one of ${SECTORS.join(", ")}`);
  return s as Sector;
}
