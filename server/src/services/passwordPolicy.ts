import { createRequire } from "node:module";
import { ValidationError } from "../errors.ts";

/**
 * The password policy, after the NCSC's password guidance and NIST SP
 * 800-63B: length over complexity (the floor is `Limits.passwordMin`, checked
 * by `PasswordSchema`), no composition rules, no expiry, and refuse passwords
 * known from breaches. The list is Mozilla's `fxa-common-password-list`
 * (MPL-2.0): the 50,000 most common passwords of 8 or more characters from
 * the SecLists "10 million password list" (OWASP), shipped with the package,
 * so nothing leaves the server.
 */

interface CommonPasswordList {
  test(password: string): boolean;
}

let list: CommonPasswordList | null = null;
function commonPasswords(): CommonPasswordList {
  // CommonJS package without types; loaded on first use (it decodes 50k entries, ~50 ms).
  list ??= createRequire(import.meta.url)("fxa-common-password-list") as CommonPasswordList;
  return list;
}

/** True when the password (or its lower-case form) is on the shipped breached-password list. */
export function isCommonPassword(password: string): boolean {
  const l = commonPasswords();
  return l.test(password) || l.test(password.toLowerCase());
}

/**
 * Refuse a new password that is on the breached list or is the account's own
 * email or name. Throws a `ValidationError` a person can act on.
 */
export function checkNewPassword(password: string, account: { email: string; displayName?: string }): void {
  const lower = password.toLowerCase().trim();
  if (lower === account.email.toLowerCase() || lower === account.email.split("@")[0]?.toLowerCase() || (account.displayName && lower === account.displayName.toLowerCase().trim())) {
    throw ValidationError("Do not use your email address or name as your password. Try three random words.");
  }
  if (isCommonPassword(password)) {
    throw ValidationError("That password is on a list of passwords known to attackers. Choose another: three random words work well.");
  }
}
