import { Schema, type Connection, type Model } from "mongoose";
import { ROLES, type Role } from "@jigsaw/shared/domain/role";
import { SECTORS, type Sector } from "@jigsaw/shared/domain/sector";
import { BASE_SCHEMA_OPTIONS } from "../mongooseSetup.ts";

/** A `memberships` document; (partnershipId, userId) is unique. */
export interface MembershipDoc {
  partnershipId: string;
  userId: string;
  organisation: string;
  sector: Sector;
  role: Role;
  joinedAt: string;
  updatedAt: string;
}

/** Schema of `memberships`: one per (partnership, user); by user; facilitators per partnership. */
export const membershipSchema = new Schema<MembershipDoc>(
  {
    partnershipId: { type: String, required: true },
    userId: { type: String, required: true },
    organisation: { type: String },
    sector: { type: String, enum: SECTORS, required: true },
    role: { type: String, enum: ROLES, required: true },
    joinedAt: { type: String, required: true },
    updatedAt: { type: String, required: true },
  },
  { ...BASE_SCHEMA_OPTIONS, collection: "memberships" },
);
membershipSchema.index({ partnershipId: 1, userId: 1 }, { unique: true, name: "memberships_partnership_user_unique" });
membershipSchema.index({ userId: 1 }, { name: "memberships_user" });
membershipSchema.index({ partnershipId: 1, role: 1 }, { name: "memberships_partnership_role" });

/** The memberships model on `conn`. */
export function membershipModel(conn: Connection): Model<MembershipDoc> {
  return conn.model<MembershipDoc>("Membership", membershipSchema);
}
