import { Router } from "express";
import rateLimit from "express-rate-limit";
import { SignInSchema, SignUpSchema } from "@jigsaw/shared/domain/user";
import { userCreator } from "../commands/userCreator.ts";
import { InvalidCredentialsError, RateLimitedError, ValidationError } from "../errors.ts";
import { log } from "../logging/logger.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import { parse } from "../middlewares/validate.ts";
import { presentUser } from "../presenters/user.ts";
import type { ServerContext } from "../services/context.ts";
import { verifyDummy, verifyPassword } from "../services/passwords.ts";
import { endSession, sessionCookie, startSession } from "../services/sessions.ts";

const authLog = log("authentication");

/** Sign up, sign in, sign out, sign out everywhere, who am I. */
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

  router.get("/me", (req, res) => {
    const auth = requireAuth(req);
    res.json({ data: presentUser(auth.user) });
  });

  return router;
}
