import type { UserErasure, UserRecord } from "../../domain/user.ts";

/** Users and their credentials. */
export interface UserRepository {
  /** Create a user. Rejects with `DuplicateError` when the email is taken. */
  create(user: UserRecord): Promise<void>;
  findById(id: string): Promise<UserRecord | null>;
  findByEmail(email: string): Promise<UserRecord | null>;
  updateDisplayName(id: string, displayName: string): Promise<void>;
  /** Replace the password hash. */
  setPasswordHash(id: string, passwordHash: string): Promise<void>;
  /** Record that the email address was verified (kept if already set). */
  markEmailVerified(id: string, at: string): Promise<void>;
  /** Turn two-factor sign-in on (a base32 secret) or off (null). */
  setTotpSecret(id: string, secret: string | null): Promise<void>;
  /**
   * Use up a two-factor code's time step: true, and recorded, when `step` is later than
   * every step this user's codes were accepted at; false for a code already used (a replay).
   * Atomic, so two requests with one code cannot both succeed.
   */
  claimTotpStep(id: string, step: number): Promise<boolean>;
  /**
   * Erase a person's personal data in one transaction: the user record keeps
   * its id (so their comments, edits and sign-offs stay attributed) but its
   * name and email become `erasure`'s, the password and two-factor secret go
   * (nobody can sign in), and their sessions, single-use links, notification
   * settings, notifications and plan visits are deleted. Memberships are the
   * caller's to remove first (they carry the last-facilitator invariant).
   */
  erase(id: string, erasure: UserErasure): Promise<void>;
}
