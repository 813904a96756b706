/** A server-side session. `id` is the SHA-256 of the cookie token, never the token. */
export interface SessionRecord {
  id: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
  /** Absolute expiry. */
  expiresAt: string;
}
