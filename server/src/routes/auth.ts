import { Router } from "express";
import rateLimit from "express-rate-limit";
import {
  PasswordResetRequestSchema,
  PasswordResetSchema,
  SignInSchema,
  SignUpSchema,
  TotpDisableSchema,
  TotpEnableSchema,
  VerifyEmailSchema,
} from "@jigsaw/shared/domain/user";
import { resetPassword, sendEmailVerification, sendPasswordReset, verifyEmail } from "../commands/accountLinks.ts";
import { userCreator } from "../commands/userCreator.ts";
import { InvalidCredentialsError, InvalidTwoFactorCodeError, RateLimitedError, TwoFactorRequiredError, ValidationError } from "../errors.ts";
import { log } from "../logging/logger.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import { parse } from "../middlewares/validate.ts";
import { presentUser } from "../presenters/user.ts";
import type { ServerContext } from "../services/context.ts";
import { verifyDummy, verifyPassword } from "../services/passwords.ts";
import { checkNewPassword } from "../services/passwordPolicy.ts";
import { claimTotpCode } from "../commands/twoFactorCodes.ts";
import { newTotpSecret, totpUri } from "../services/totp.ts";
import { beginSignIn, domainAllowed, finishSignIn, type OidcPending } from "../services/oidc.ts";
import { parse as parseCookie, serialize as serializeCookie } from "cookie";
import { DuplicateError } from "../domain/errors.ts";
import { newId } from "../utils/ids.ts";
import { nowIso } from "../utils/clock.ts";
import { endSession, sessionCookie, startSession } from "../services/sessions.ts";

const authLog = log("authentication");

/**
 * Sign up, sign in (with a two-factor code when the account has it on), sign
 * out, sign out everywhere, who am I; password reset and email verification
 * links; turning two-factor sign-in on and off.
 */
export function authRoutes(ctx: ServerContext): Router {
  const router = Router();
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: ctx.config.authRateLimit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: () => {
      throw RateLimitedError();
    },
  });

  router.post("/signup", limiter, async (req, res) => {
    const input = parse(SignUpSchema, req.body);
    checkNewPassword(input.password, input);
    const user = await userCreator(ctx, input);
    if (!user) {
      // Do not reveal that the email exists: same status and shape as a
      // validation problem a person can act on, with no session created.
      // userCreator already spent one hash, as a successful sign-up does, so
      // the two answers take the same time. (A second hash here made the
      // duplicate path twice as slow: a timing oracle for registered emails.)
      authLog.info("sign-up with an existing email");
      throw ValidationError("We could not create an account with those details. If you already have one, sign in instead.");
    }
    const token = await startSession(ctx, user.id);
    res.setHeader("Set-Cookie", sessionCookie(ctx, token));
    res.status(201).json({ data: presentUser(user) });
    void sendEmailVerification(ctx, user).catch((err: unknown) => authLog.error({ err, userId: user.id }, "verification email failed"));
  });

  router.post("/signin", limiter, async (req, res) => {
    const input = parse(SignInSchema, req.body);
    const user = await ctx.storage.users.findByEmail(input.email);
    if (!user) {
      await verifyDummy(input.password);
      throw InvalidCredentialsError();
    }
    if (!(await verifyPassword(user.passwordHash, input.password))) {
      throw InvalidCredentialsError();
    }
    // Asked only once the password is right, so the question reveals nothing to a guesser.
    if (user.totpSecret) {
      if (!input.code) throw TwoFactorRequiredError();
      if (!(await claimTotpCode(ctx, user.id, user.totpSecret, input.code))) {
        authLog.info({ userId: user.id }, "wrong two-factor code");
        throw InvalidTwoFactorCodeError();
      }
    }
    // Rotate: any session presented with this request is ended, a new one begins.
    if (req.auth) await endSession(ctx, req.auth);
    const token = await startSession(ctx, user.id);
    res.setHeader("Set-Cookie", sessionCookie(ctx, token));
    res.json({ data: presentUser(user) });
  });

  router.post("/signout", async (req, res) => {
    if (req.auth) await endSession(ctx, req.auth);
    res.setHeader("Set-Cookie", sessionCookie(ctx, null));
    res.status(204).end();
  });

  router.post("/signout-all", async (req, res) => {
    const auth = requireAuth(req);
    const n = await ctx.storage.sessions.deleteAllForUser(auth.user.id);
    ctx.events.emit("user.signedOut", { userId: auth.user.id });
    res.setHeader("Set-Cookie", sessionCookie(ctx, null));
    res.json({ data: { sessionsEnded: n } });
  });

  // ---- single sign-on (OpenID Connect, authorization code + PKCE)
  const OIDC_COOKIE = "jigsaw_oidc";
  const oidcCookie = (value: string | null) =>
    serializeCookie(OIDC_COOKIE, value ?? "", { httpOnly: true, sameSite: "lax", secure: ctx.config.secureCookies, path: "/api/auth/oidc", maxAge: value ? 600 : 0 });
  const providerFor = (id: unknown) => ctx.config.oidcProviders.find((p) => p.id === id) ?? null;
  const safeNext = (v: unknown) => (typeof v === "string" && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v.slice(0, 500) : "/");

  router.get("/oidc/providers", (_req, res) => {
    res.json({ data: ctx.config.oidcProviders.map((p) => ({ id: p.id, name: p.name, startUrl: `/api/auth/oidc/${p.id}/start` })) });
  });

  router.get("/oidc/:provider/start", limiter, async (req, res) => {
    const p = providerFor(req.params.provider);
    if (!p) throw ValidationError("Unknown sign-in provider");
    const { url, pending } = await beginSignIn(ctx, p, safeNext(req.query.next));
    res.setHeader("Set-Cookie", oidcCookie(Buffer.from(JSON.stringify(pending)).toString("base64url")));
    res.redirect(302, url);
  });

  router.get("/oidc/:provider/callback", limiter, async (req, res) => {
    const p = providerFor(req.params.provider);
    const refuse = (reason: string, why: string) => {
      authLog.info({ provider: req.params.provider, reason: why }, "single sign-on refused");
      res.setHeader("Set-Cookie", oidcCookie(null));
      res.redirect(302, `/signin?sso=${reason}`);
    };
    let pending: OidcPending | null;
    try {
      const raw = parseCookie(req.headers.cookie ?? "")[OIDC_COOKIE];
      pending = raw ? (JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as OidcPending) : null;
    } catch {
      pending = null;
    }
    if (!p || !pending || pending.provider !== p.id || !(pending.expiresAt > Date.now())) return refuse("expired", "no or expired sign-in state");
    let identity;
    try {
      identity = await finishSignIn(ctx, p, new URL(req.originalUrl, ctx.config.publicUrl), pending);
    } catch (err) {
      return refuse("failed", (err as Error).message);
    }
    if (!domainAllowed(p, identity.email)) return refuse("domain", "email domain not allowed for this provider");
    // First sign-in links to an existing (e.g. invited) account with the same verified email.
    let user = await ctx.storage.users.findByEmail(identity.email);
    if (!user) {
      const created = { id: newId(), email: identity.email, displayName: identity.name, passwordHash: "!sso", createdAt: nowIso(), emailVerifiedAt: nowIso(), totpSecret: null };
      try {
        await ctx.storage.users.create(created);
        user = created;
      } catch (err) {
        if (!(err instanceof DuplicateError)) throw err;
        user = await ctx.storage.users.findByEmail(identity.email);
      }
    } else if (!user.emailVerifiedAt) {
      await ctx.storage.users.markEmailVerified(user.id, nowIso());
    }
    if (!user) return refuse("failed", "account vanished");
    if (req.auth) await endSession(ctx, req.auth);
    const token = await startSession(ctx, user.id);
    res.setHeader("Set-Cookie", [oidcCookie(null), sessionCookie(ctx, token)]);
    authLog.info({ userId: user.id, provider: p.id }, "signed in with single sign-on");
    res.redirect(302, pending.next);
  });

  router.get("/me", (req, res) => {
    const auth = requireAuth(req);
    res.json({ data: presentUser(auth.user) });
  });

  // Always 202 with the same body, answered before any lookup or mail work so
  // neither the answer nor its timing reveals whether the address has an account.
  router.post("/password-reset/request", limiter, (req, res) => {
    const input = parse(PasswordResetRequestSchema, req.body);
    res.status(202).json({ data: { sent: true } });
    void sendPasswordReset(ctx, input.email).catch((err: unknown) => authLog.error({ err }, "password reset email failed"));
  });

  router.post("/password-reset", limiter, async (req, res) => {
    const input = parse(PasswordResetSchema, req.body);
    await resetPassword(ctx, input.token, input.password);
    // Every session ended, this request's included: sign in again with the new password.
    res.setHeader("Set-Cookie", sessionCookie(ctx, null));
    res.status(204).end();
  });

  router.post("/verify-email", limiter, async (req, res) => {
    const input = parse(VerifyEmailSchema, req.body);
    const user = await verifyEmail(ctx, input.token);
    res.json({ data: { emailVerified: !!user.emailVerifiedAt } });
  });

  router.post("/verify-email/resend", limiter, async (req, res) => {
    const auth = requireAuth(req);
    const sent = await sendEmailVerification(ctx, auth.user);
    res.status(202).json({ data: { sent } });
  });

  // Two-factor set-up: offer a new secret; nothing is stored until a code from it is confirmed.
  router.post("/totp/setup", (req, res) => {
    const auth = requireAuth(req);
    const secret = newTotpSecret();
    res.json({ data: { secret, uri: totpUri(secret, auth.user.email) } });
  });

  router.post("/totp/enable", async (req, res) => {
    const auth = requireAuth(req);
    const input = parse(TotpEnableSchema, req.body);
    if (!(await claimTotpCode(ctx, auth.user.id, input.secret, input.code))) throw InvalidTwoFactorCodeError();
    await ctx.storage.users.setTotpSecret(auth.user.id, input.secret);
    // Sessions already open stay (the client offers "Sign out everywhere" next to this setting).
    authLog.info({ userId: auth.user.id }, "two-factor sign-in turned on");
    res.json({ data: presentUser({ ...auth.user, totpSecret: input.secret }) });
  });

  router.post("/totp/disable", async (req, res) => {
    const auth = requireAuth(req);
    const input = parse(TotpDisableSchema, req.body);
    if (!auth.user.totpSecret || !(await claimTotpCode(ctx, auth.user.id, auth.user.totpSecret, input.code))) throw InvalidTwoFactorCodeError();
    await ctx.storage.users.setTotpSecret(auth.user.id, null);
    authLog.info({ userId: auth.user.id }, "two-factor sign-in turned off");
    res.json({ data: presentUser({ ...auth.user, totpSecret: null }) });
  });

  return router;
}
