import { z } from "zod";
import { Limits } from "../validations.ts";
import { RoleSchema, type Role } from "./role.ts";
import { SectorSchema, type Sector } from "./sector.ts";

/** A partner organisation's name, e.g. "Riverside ICB". */
export const OrganisationSchema = z
  .string()
  .trim()
  .min(1, "Enter an organisation")
  .max(Limits.organisationMax, "Organisation name is too long");

/** Create-partnership request body. The creator becomes its first facilitator. */
export const PartnershipCreateSchema = z.strictObject({
  name: z.string().trim().min(1, "Enter a name").max(Limits.partnershipNameMax, "Name is too long"),
  place: z.string().trim().min(1, "Enter a place").max(Limits.placeMax, "Place is too long"),
  description: z.string().trim().max(Limits.descriptionMax, "Description is too long").default(""),
  organisation: OrganisationSchema,
  sector: SectorSchema,
});
/** Create-partnership request body. */
export type PartnershipCreateInput = z.infer<typeof PartnershipCreateSchema>;

/** Update-partnership request body. */
export const PartnershipUpdateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(Limits.partnershipNameMax).optional(),
    place: z.string().trim().min(1).max(Limits.placeMax).optional(),
    description: z.string().trim().max(Limits.descriptionMax).optional(),
    /** Every member must sign in with a second factor (facilitators, who must have it on themselves). */
    requireTwoFactor: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Nothing to change" });
/** Update-partnership request body. */
export type PartnershipUpdateInput = z.infer<typeof PartnershipUpdateSchema>;

/** Change a member's role, organisation or sector. */
export const MembershipUpdateSchema = z
  .strictObject({
    role: RoleSchema.optional(),
    organisation: OrganisationSchema.optional(),
    sector: SectorSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: "Nothing to change" });
/** Change a member's role, organisation or sector. */
export type MembershipUpdateInput = z.infer<typeof MembershipUpdateSchema>;

/** Create-invite request body. */
export const InviteCreateSchema = z.strictObject({
  role: RoleSchema,
  /** Suggested organisation for the invitee; they can change it when accepting. */
  organisation: OrganisationSchema.optional(),
  sector: SectorSchema.optional(),
  expiresInDays: z.number().int().min(1).max(Limits.inviteDaysMax).default(Limits.inviteDaysDefault),
});
/** Create-invite request body. */
export type InviteCreateInput = z.infer<typeof InviteCreateSchema>;

/** Accept-invite request body: how the new member appears to others. */
export const InviteAcceptSchema = z.strictObject({
  organisation: OrganisationSchema,
  sector: SectorSchema,
});
/** Accept-invite request body. */
export type InviteAcceptInput = z.infer<typeof InviteAcceptSchema>;

/** A partnership as presented by the API. */
export interface PresentedPartnership {
  id: string;
  name: string;
  place: string;
  description: string;
  createdAt: string;
  /** Members must have two-factor sign-in on to take part. */
  twoFactorRequired: boolean;
  /** The caller's membership, when they are a member. */
  membership: PresentedMembership | null;
  memberCount?: number;
  planCount?: number;
}

/** A member as presented by the API. */
export interface PresentedMembership {
  partnershipId: string;
  userId: string;
  displayName: string;
  organisation: string;
  sector: Sector;
  role: Role;
  joinedAt: string;
}

/** An invite as presented to facilitators. */
export interface PresentedInvite {
  id: string;
  partnershipId: string;
  role: Role;
  organisation: string | null;
  sector: Sector | null;
  createdAt: string;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  /** Only present in the response that created it: the secret link. */
  url?: string;
}

/** What an invitee sees before accepting. */
export interface PresentedInvitePreview {
  partnershipName: string;
  place: string;
  role: Role;
  organisation: string | null;
  sector: Sector | null;
  expiresAt: string;
  invitedBy: string;
}

/** The response schema of a `PresentedMembership` (unknown extra fields are kept). */
export const PresentedMembershipSchema: z.ZodType<PresentedMembership> = z.looseObject({
  partnershipId: z.string(),
  userId: z.string(),
  displayName: z.string(),
  organisation: z.string(),
  sector: SectorSchema,
  role: RoleSchema,
  joinedAt: z.string(),
});

/** The response schema of a `PresentedPartnership`. */
export const PresentedPartnershipSchema: z.ZodType<PresentedPartnership> = z.looseObject({
  id: z.string(),
  name: z.string(),
  place: z.string(),
  description: z.string(),
  createdAt: z.string(),
  twoFactorRequired: z.boolean(),
  membership: PresentedMembershipSchema.nullable(),
  memberCount: z.number().optional(),
  planCount: z.number().optional(),
});

/** The response schema of a `PresentedInvite`. */
export const PresentedInviteSchema: z.ZodType<PresentedInvite> = z.looseObject({
  id: z.string(),
  partnershipId: z.string(),
  role: RoleSchema,
  organisation: z.string().nullable(),
  sector: SectorSchema.nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  url: z.string().optional(),
});

/** The response schema of a `PresentedInvitePreview`. */
export const PresentedInvitePreviewSchema: z.ZodType<PresentedInvitePreview> = z.looseObject({
  partnershipName: z.string(),
  place: z.string(),
  role: RoleSchema,
  organisation: z.string().nullable(),
  sector: SectorSchema.nullable(),
  expiresAt: z.string(),
  invitedBy: z.string(),
});
