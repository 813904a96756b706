import crypto from "node:crypto";

/** A new random URL-safe id (16 chars, ~96 bits). */
export function newId(): string {
  return crypto.randomBytes(12).toString("base64url");
}

/** A new random secret token (256 bits), for cookies and invite links. */
export function newToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** SHA-256 hex of a token: what we store instead of the token. */
export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}
