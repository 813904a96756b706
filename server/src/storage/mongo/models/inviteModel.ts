import { Schema, type Connection, type Model } from "mongoose";
import { ROLES, type Role } from "@jigsaw/shared/domain/role";
import { SECTORS, type Sector } from "@jigsaw/shared/domain/sector";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** An `invites` document. `_id` is the invite id; `tokenHash` the SHA-256 of the link secret. */
export interface InviteDoc {
  _id: string;
  partnershipId: string;
  tokenHash: string;
  role: Role;
  organisation: string | null;
  sector: Sector | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  acceptedBy: string | null;
  revokedAt: string | null;
}

/** Schema of `invites`: unique token hash; listed per partnership newest first. */
export const inviteSchema = new Schema<InviteDoc>(
  {
    _id: { type: String, required: true },
    partnershipId: { type: String, required: true },
    tokenHash: { type: String, required: true },
    role: { type: String, enum: ROLES, required: true },
    organisation: { type: String, default: null },
    sector: { type: String, enum: [...SECTORS, null], default: null },
    createdBy: { type: String, required: true },
    createdAt: { type: String, required: true },
    expiresAt: { type: String, required: true },
    acceptedAt: { type: String, default: null },
    acceptedBy: { type: String, default: null },
    revokedAt: { type: String, default: null },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "invites" },
);
inviteSchema.index({ tokenHash: 1 }, { unique: true, name: "invites_token_hash_unique" });
inviteSchema.index({ partnershipId: 1, createdAt: -1 }, { name: "invites_partnership_created" });

/** The invites model on `conn`. */
export function inviteModel(conn: Connection): Model<InviteDoc> {
  return conn.model<InviteDoc>("Invite", inviteSchema);
}
