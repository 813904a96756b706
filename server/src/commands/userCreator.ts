import type { SignUpInput } from "@jigsaw/shared/domain/user";
import type { ServerContext } from "../services/context.ts";
import { hashPassword } from "../services/passwords.ts";
import { DuplicateError } from "../domain/errors.ts";
import type { UserRecord } from "../domain/user.ts";
import { newId } from "../utils/ids.ts";
import { nowIso } from "../utils/clock.ts";

/**
 * Create an account. Returns null (not an error) when the email is already
 * registered, so callers can answer without revealing that it exists.
 */
export async function userCreator(ctx: ServerContext, input: SignUpInput): Promise<UserRecord | null> {
  const user: UserRecord = {
    id: newId(),
    email: input.email,
    displayName: input.displayName,
    passwordHash: await hashPassword(input.password),
    createdAt: nowIso(),
  };
  try {
    await ctx.storage.users.create(user);
  } catch (err) {
    if (err instanceof DuplicateError) return null;
    throw err;
  }
  return user;
}
