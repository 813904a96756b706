import type { PartnershipRecord } from "../domain/partnership.ts";
import type { UserRecord } from "../domain/user.ts";

/**
 * A partnership a facilitator has set to require two-factor sign-in admits
 * its members only once they have it on. False means: treat the member as
 * locked out of this partnership until they turn it on.
 */
export function twoFactorSatisfied(partnership: Pick<PartnershipRecord, "twoFactorRequiredAt"> | null, user: Pick<UserRecord, "totpSecret">): boolean {
  return !partnership?.twoFactorRequiredAt || !!user.totpSecret;
}
