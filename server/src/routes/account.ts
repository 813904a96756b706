import { Router } from "express";
import { AccountEraseSchema } from "@jigsaw/shared/domain/user";
import { collectAccountData } from "../queries/accountData.ts";
import { eraseAccount } from "../commands/accountEraser.ts";
import { auditActorFor } from "../commands/auditRecorder.ts";
import { InvalidCredentialsError, InvalidTwoFactorCodeError, TwoFactorRequiredError } from "../errors.ts";
import { requireAuth } from "../middlewares/authenticate.ts";
import { parse } from "../middlewares/validate.ts";
import { authorizePartnership } from "../policies/index.ts";
import type { Services } from "../services/services.ts";
import { verifyPassword } from "../services/passwords.ts";
import { sessionCookie } from "../services/sessions.ts";
import { claimTotpCode } from "../commands/twoFactorCodes.ts";
import { idParam, loadPartnershipActor } from "./loaders.ts";

/** A member's own data: download everything held about them, erase their account. */
export function accountRoutes(ctx: Services): Router {
  const router = Router();

  router.get("/data", async (req, res) => {
    const auth = requireAuth(req);
    const data = await collectAccountData(ctx, auth.user);
    const day = new Date().toISOString().slice(0, 10);
    res.setHeader("Content-Disposition", `attachment; filename="jigsaw-your-data-${day}.json"`);
    res.setHeader("Cache-Control", "no-store");
    res.type("application/json").send(JSON.stringify(data, null, 2));
  });

  // Confirmed with the password (and code): a stolen session alone cannot erase an account.
  router.post("/erase", async (req, res) => {
    const auth = requireAuth(req);
    const input = parse(AccountEraseSchema, req.body);
    if (!(await verifyPassword(auth.user.passwordHash, input.password))) throw InvalidCredentialsError();
    if (auth.user.totpSecret) {
      if (!input.code) throw TwoFactorRequiredError();
      if (!(await claimTotpCode(ctx, auth.user.id, auth.user.totpSecret, input.code))) throw InvalidTwoFactorCodeError();
    }
    await eraseAccount(ctx, auth.user.id, { by: "self" });
    res.setHeader("Set-Cookie", sessionCookie(ctx, null));
    res.status(204).end();
  });

  return router;
}

/** A facilitator erases the account of someone who has left the partnership (and every other). */
export function formerMemberRoutes(ctx: Services): Router {
  const router = Router({ mergeParams: true });
  router.post("/:userId/erase", async (req, res) => {
    const { actor, partnership } = await loadPartnershipActor(ctx, req);
    authorizePartnership(actor, "manageMembers", partnership);
    const userId = idParam(req, "userId");
    const auditActor = await auditActorFor(ctx, actor.user.id, await ctx.storage.memberships.find(partnership.id, actor.user.id));
    const { label } = await eraseAccount(ctx, userId, { by: "facilitator", partnershipId: partnership.id, actor: auditActor });
    res.json({ data: { userId, attributedTo: label } });
  });
  return router;
}
