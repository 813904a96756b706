/** What a single-use emailed link is for. */
export type AuthTokenPurpose = "password_reset" | "email_verification";

/** A single-use emailed link. `id` is the SHA-256 of the secret in the link, never the secret. */
export interface AuthTokenRecord {
  id: string;
  userId: string;
  purpose: AuthTokenPurpose;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}
