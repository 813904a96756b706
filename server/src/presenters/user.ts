import type { PresentedUser } from "@jigsaw/shared/domain/user";
import type { UserRecord } from "../storage/types.ts";

/** A user as shown to themselves. Never includes the password hash. */
export function presentUser(u: UserRecord): PresentedUser {
  return { id: u.id, email: u.email, displayName: u.displayName, createdAt: u.createdAt };
}
