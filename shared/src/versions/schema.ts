import { z } from "zod";

/** Why a version exists. */
export const VERSION_KINDS = ["named", "auto", "agreed", "before_restore"] as const;
/** Why a version exists. */
export const VersionKindSchema = z.enum(VERSION_KINDS);
/** Why a version exists. */
export type VersionKind = z.infer<typeof VersionKindSchema>;

/** Labels for version kinds. */
export const VERSION_KIND_LABELS: Record<VersionKind, string> = {
  named: "Named version",
  auto: "Automatic",
  agreed: "Agreed version",
  before_restore: "Before restore",
};

/** Longest version name. */
export const VERSION_NAME_MAX = 120;

/** POST /plans/:planId/versions body. */
export const NameVersionInputSchema = z.strictObject({
  name: z.string().trim().min(1, "Give the version a name").max(VERSION_NAME_MAX),
});
/** Name-version input. */
export type NameVersionInput = z.infer<typeof NameVersionInputSchema>;

/** PATCH /plans/:planId/versions/:versionId body (rename; never for agreed versions). */
export const RenameVersionInputSchema = NameVersionInputSchema;

/** A response kind as recorded in a sign-off ("none": the organisation did not respond by the close). */
export type SignOffResponse = "consent" | "consent_with_comment" | "object" | "abstain" | "none";

/**
 * One response an organisation gave during a round, in the order given. A response that was later
 * changed (an objection withdrawn, say) stays in the trail with its comment and time.
 */
export interface SignOffTrailItem {
  response: Exclude<SignOffResponse, "none">;
  comment: string | null;
  /** The representative's name as it was when they responded. */
  by: string;
  /** Their role in the partnership when they responded. */
  role: string;
  at: string;
}

/** One organisation's recorded sign-off in an agreed version. */
export interface SignOffEntry {
  organisation: string;
  /** The organisation's final response. */
  response: SignOffResponse;
  comment: string | null;
  by: string | null;
  at: string | null;
  /** Every response the organisation gave in the round, oldest first (absent in versions agreed before trails were kept). */
  trail?: SignOffTrailItem[];
}

/** The sign-off record frozen into an agreed version. */
export interface SignOffRecord {
  agreementId: string;
  title: string;
  outcome: string;
  reviewDate: string | null;
  closedAt: string;
  closedBy: string;
  entries: SignOffEntry[];
  /**
   * What the round agreed: the whole plan, or only these sections (the
   * version still holds the whole plan as it stood). Absent in versions
   * agreed before section rounds made versions: the whole plan.
   */
  scope?: SignOffScope;
}

/** What a sign-off covers. */
export type SignOffScope = { kind: "plan" } | { kind: "sections"; sections: Array<{ id: string; title: string }> };

/** A version in the history list (no content). */
export interface PresentedVersion {
  id: string;
  planId: string;
  kind: VersionKind;
  name: string;
  createdAt: string;
  createdBy: { userId: string; displayName: string } | null;
  /** SHA-256 (hex) of the canonical JSON snapshot. */
  contentHash: string;
  /** Agreed versions cannot be renamed, changed or deleted. */
  immutable: boolean;
  agreementId: string | null;
  signOff: SignOffRecord | null;
  sizeBytes: number;
}

/*
 * Response schemas of the shapes above (unknown extra fields are kept), so
 * the client checks what the API sent before using it.
 */

const SignOffResponseSchema = z.enum(["consent", "consent_with_comment", "object", "abstain", "none"]);

/** The response schema of a `SignOffRecord`. */
export const SignOffRecordSchema: z.ZodType<SignOffRecord> = z.looseObject({
  agreementId: z.string(),
  title: z.string(),
  outcome: z.string(),
  reviewDate: z.string().nullable(),
  closedAt: z.string(),
  closedBy: z.string(),
  entries: z.array(
    z.looseObject({
      organisation: z.string(),
      response: SignOffResponseSchema,
      comment: z.string().nullable(),
      by: z.string().nullable(),
      at: z.string().nullable(),
      trail: z
        .array(
          z.looseObject({
            response: SignOffResponseSchema.exclude(["none"]),
            comment: z.string().nullable(),
            by: z.string(),
            role: z.string(),
            at: z.string(),
          }),
        )
        .optional(),
    }),
  ),
});

/** The response schema of a `PresentedVersion` (history lists). */
export const PresentedVersionSchema: z.ZodType<PresentedVersion> = z.looseObject({
  id: z.string(),
  planId: z.string(),
  kind: VersionKindSchema,
  name: z.string(),
  createdAt: z.string(),
  createdBy: z.looseObject({ userId: z.string(), displayName: z.string() }).nullable(),
  contentHash: z.string(),
  immutable: z.boolean(),
  agreementId: z.string().nullable(),
  signOff: SignOffRecordSchema.nullable(),
  sizeBytes: z.number(),
});
