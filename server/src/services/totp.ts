import { Secret, TOTP } from "otpauth";

/**
 * Time-based one-time passwords (RFC 6238) with the `otpauth` library: SHA-1,
 * 6 digits, 30-second steps, as every authenticator app expects. One step of
 * clock drift either way is accepted.
 */

const ISSUER = "Jigsaw";

function totp(secret: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) });
}

/** A new random 160-bit secret, base32 (32 characters). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI an authenticator app reads (from a QR code or a link). */
export function totpUri(secret: string, email: string): string {
  return totp(secret, email).toString();
}

const PERIOD_MS = 30_000;

/**
 * The time step `code` belongs to when it is the current code (or one step either side) for
 * `secret`, else null. A step is used once (`claimTotpCode`): a seen code is not a second factor.
 */
export function totpStep(secret: string, code: string, at: number = Date.now()): number | null {
  const delta = totp(secret, "").validate({ token: code, timestamp: at, window: 1 });
  return delta === null ? null : Math.floor(at / PERIOD_MS) + delta;
}

/** The code for `secret` at `at` (tests and the browser test's "authenticator app"). */
export function totpCode(secret: string, at: number = Date.now()): string {
  return totp(secret, "").generate({ timestamp: at });
}
