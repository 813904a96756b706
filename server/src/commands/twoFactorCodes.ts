import type { Services } from "../services/services.ts";
import { totpStep } from "../services/totp.ts";

/**
 * Accept a two-factor code for `userId` under `secret` once: true when it is a current code
 * whose time step is later than any this user's codes were accepted at (recorded atomically),
 * false for a wrong code or a replay of one already used (RFC 6238 §5.2).
 */
export async function claimTotpCode(ctx: Services, userId: string, secret: string, code: string): Promise<boolean> {
  const step = totpStep(secret, code);
  return step !== null && (await ctx.storage.users.claimTotpStep(userId, step));
}
