/** A stored user account. */
export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  passwordHash: string;
  createdAt: string;
  /** When the member proved they read mail at `email` (null: not yet). Adapters always return it. */
  emailVerifiedAt?: string | null;
  /** Base32 TOTP secret once two-factor sign-in is on (null: off). Adapters always return it. */
  totpSecret?: string | null;
  /** The latest time step a two-factor code was accepted at (each code is used once). */
  totpLastStep?: number | null;
  /** When the person's account was erased (null: not erased). Adapters always return it. */
  erasedAt?: string | null;
}

/** What an erased account keeps: a label instead of the name, a placeholder instead of the email. */
export interface UserErasure {
  /** e.g. "Former member (Riverside CVS)". */
  displayName: string;
  /** A unique address that reaches nobody (`erased-<id>@erased.invalid`). */
  email: string;
  at: string;
}
