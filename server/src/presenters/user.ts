import type { PresentedUser } from "@jigsaw/shared/domain/user";
import type { UserRecord } from "../domain/user.ts";

/** A user as shown to themselves. Never includes the password hash or the two-factor secret. */
export function presentUser(u: UserRecord): PresentedUser {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    createdAt: u.createdAt,
    emailVerified: !!u.emailVerifiedAt,
    twoFactorEnabled: !!u.totpSecret,
  };
}
