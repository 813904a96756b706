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

/** One organisation's recorded sign-off in an agreed version. */
export interface SignOffEntry {
  organisation: string;
  response: "consent" | "consent_with_comment" | "object" | "abstain" | "none";
  comment: string | null;
  by: string | null;
  at: string | null;
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
}

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
