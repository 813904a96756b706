import type { AuthTokenPurpose, AuthTokenRecord } from "../../domain/authToken.ts";

/** Single-use links (password reset, email verification). */
export interface AuthTokenRepository {
  create(token: AuthTokenRecord): Promise<void>;
  /** A token by id (used or not), or null. */
  findById(id: string): Promise<AuthTokenRecord | null>;
  /**
   * Use a token atomically: when it exists for `purpose`, is unused and
   * expires after `now`, set `usedAt` and return it; otherwise null (so two
   * concurrent uses never both succeed).
   */
  consume(id: string, purpose: AuthTokenPurpose, now: string): Promise<AuthTokenRecord | null>;
  /** Remove every token of a user for `purpose` (a new link replaces older ones). Returns how many. */
  deleteForUser(userId: string, purpose: AuthTokenPurpose): Promise<number>;
  /** Remove tokens that expired at or before `before` (used or not). Returns how many. */
  deleteExpired(before: string): Promise<number>;
}
