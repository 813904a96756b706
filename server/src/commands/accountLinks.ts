import { log } from "../logging/logger.ts";
import { mailerFor } from "../mail/mailRegistry.ts";
import { emailVerificationMail, passwordResetMail } from "../mail/templates.ts";
import { LinkInvalidError } from "../errors.ts";
import type { ServerContext } from "../services/context.ts";
import { hashPassword } from "../services/passwords.ts";
import { checkNewPassword } from "../services/passwordPolicy.ts";
import type { AuthTokenPurpose } from "../domain/authToken.ts";
import type { UserRecord } from "../domain/user.ts";
import { hashToken, newToken } from "../utils/ids.ts";

const accountLog = log("authentication");

/**
 * Single-use emailed links: password reset and email verification. The link
 * carries a 256-bit secret in its fragment (`#token=`: never sent to a server
 * in a request line, so never in access logs or Referer headers); only its
 * SHA-256 is stored. A new link replaces older ones of the same purpose; using
 * one is an atomic compare-and-set in the store, so it works exactly once.
 */

async function issue(ctx: ServerContext, user: UserRecord, purpose: AuthTokenPurpose, lifetimeMs: number): Promise<string> {
  const token = newToken();
  const now = Date.now();
  await ctx.storage.authTokens.deleteForUser(user.id, purpose);
  await ctx.storage.authTokens.create({
    id: hashToken(token),
    userId: user.id,
    purpose,
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + lifetimeMs).toISOString(),
    usedAt: null,
  });
  return token;
}

/** Minutes or hours, for the email's "this link works for ...". */
function lifetimeText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} minutes`;
  return `${Math.round(minutes / 60)} hours`;
}

/**
 * Email a password reset link when `email` belongs to an account. Says nothing
 * either way to the caller (the route answers the same), so it cannot be used
 * to learn which addresses have accounts.
 */
export async function sendPasswordReset(ctx: ServerContext, email: string): Promise<void> {
  const user = await ctx.storage.users.findByEmail(email);
  if (!user) {
    accountLog.info("password reset asked for an unknown email");
    return;
  }
  const mailer = mailerFor(ctx);
  if (!mailer) {
    accountLog.warn({ userId: user.id }, "password reset asked but no mailer is running");
    return;
  }
  const token = await issue(ctx, user, "password_reset", ctx.config.passwordResetMs);
  const url = `${ctx.config.publicUrl}/reset-password#token=${token}`;
  await mailer.send(passwordResetMail(user.email, user.displayName, url, lifetimeText(ctx.config.passwordResetMs)));
  accountLog.info({ userId: user.id }, "password reset link sent");
}

/**
 * Set a new password with a reset link: the link is used up, the password is
 * checked against the policy first (so a refused password leaves the link
 * usable), every session of the account ends (whoever knew the old password
 * is signed out), and the email counts as verified (the link reached it).
 */
export async function resetPassword(ctx: ServerContext, token: string, password: string): Promise<UserRecord> {
  const id = hashToken(token);
  // Check the new password before using the link up, so a refused one leaves it working.
  const pending = await ctx.storage.authTokens.findById(id);
  const owner = pending?.purpose === "password_reset" && !pending.usedAt ? await ctx.storage.users.findById(pending.userId) : null;
  if (!owner) throw LinkInvalidError();
  checkNewPassword(password, owner);
  const hash = await hashPassword(password);
  const now = new Date().toISOString();
  const used = await ctx.storage.authTokens.consume(id, "password_reset", now);
  if (!used) throw LinkInvalidError();
  await ctx.storage.users.setPasswordHash(used.userId, hash);
  await ctx.storage.users.markEmailVerified(used.userId, now);
  await ctx.storage.sessions.deleteAllForUser(used.userId);
  ctx.events.emit("user.signedOut", { userId: used.userId });
  const user = await ctx.storage.users.findById(used.userId);
  if (!user) throw LinkInvalidError();
  accountLog.info({ userId: user.id }, "password reset");
  return user;
}

/** Email a verification link to a member's address (at sign-up, or when they ask again). */
export async function sendEmailVerification(ctx: ServerContext, user: UserRecord): Promise<boolean> {
  if (user.emailVerifiedAt) return false;
  const mailer = mailerFor(ctx);
  if (!mailer) {
    accountLog.warn({ userId: user.id }, "email verification not sent: no mailer is running");
    return false;
  }
  const token = await issue(ctx, user, "email_verification", ctx.config.emailVerificationMs);
  const url = `${ctx.config.publicUrl}/verify-email#token=${token}`;
  await mailer.send(emailVerificationMail(user.email, user.displayName, url, lifetimeText(ctx.config.emailVerificationMs)));
  return true;
}

/** Mark an email verified with its link. */
export async function verifyEmail(ctx: ServerContext, token: string): Promise<UserRecord> {
  const now = new Date().toISOString();
  const used = await ctx.storage.authTokens.consume(hashToken(token), "email_verification", now);
  if (!used) throw LinkInvalidError();
  await ctx.storage.users.markEmailVerified(used.userId, now);
  const user = await ctx.storage.users.findById(used.userId);
  if (!user) throw LinkInvalidError();
  return user;
}
