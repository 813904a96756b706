import {
  PresentedUserSchema,
  SsoProviderSchema,
  TotpSetupSchema,
  type PresentedUser,
  type SignInInput,
  type SignUpInput,
  type SsoProvider,
  type TotpSetup,
} from "@jigsaw/shared/domain/user";
import { z } from "zod";
import { isApiError } from "./ApiError.ts";
import { request, send } from "./http.ts";
import { data } from "./types.ts";

export type { SsoProvider };

const UserData = data(PresentedUserSchema);

/** Create an account and start a session. */
export async function signUp(input: SignUpInput): Promise<PresentedUser> {
  return (await request("POST", "/auth/signup", UserData, { body: input })).data;
}

/** Start a session. */
export async function signIn(input: SignInInput): Promise<PresentedUser> {
  return (await request("POST", "/auth/signin", UserData, { body: input })).data;
}

/** End this session. */
export async function signOut(): Promise<void> {
  await send("POST", "/auth/signout", { body: {} });
}

/** End every session of this user on every device; returns how many ended. */
export async function signOutEverywhere(): Promise<number> {
  return (await request("POST", "/auth/signout-all", data(z.looseObject({ sessionsEnded: z.number() })), { body: {} })).data.sessionsEnded;
}

/** The signed-in user, or null when signed out. */
export async function fetchMe(signal?: AbortSignal): Promise<PresentedUser | null> {
  try {
    return (await request("GET", "/auth/me", UserData, { signal, quietUnauthenticated: true })).data;
  } catch (e) {
    if (isApiError(e, "authentication_required")) return null;
    throw e;
  }
}

/** Ask for a password reset link (the answer is the same whether or not the address has an account). */
export async function requestPasswordReset(email: string): Promise<void> {
  await send("POST", "/auth/password-reset/request", { body: { email } });
}

/** Choose a new password with the secret from a reset link. Every session ends; sign in again. */
export async function resetPassword(token: string, password: string): Promise<void> {
  await send("POST", "/auth/password-reset", { body: { token, password } });
}

/** Verify the email address with the secret from the emailed link. */
export async function verifyEmail(token: string): Promise<void> {
  await send("POST", "/auth/verify-email", { body: { token } });
}

/** Send the verification email again; false when the address is already verified. */
export async function resendVerification(): Promise<boolean> {
  return (await request("POST", "/auth/verify-email/resend", data(z.looseObject({ sent: z.boolean() })), { body: {} })).data.sent;
}

/** Start two-factor set-up: a new secret to add to an authenticator app (nothing is stored yet). */
export async function startTotpSetup(): Promise<TotpSetup> {
  return (await request("POST", "/auth/totp/setup", data(TotpSetupSchema), { body: {} })).data;
}

/** Turn two-factor sign-in on with the set-up secret and a current code. */
export async function enableTotp(secret: string, code: string): Promise<PresentedUser> {
  return (await request("POST", "/auth/totp/enable", UserData, { body: { secret, code } })).data;
}

/** Turn two-factor sign-in off with a current code. */
export async function disableTotp(code: string): Promise<PresentedUser> {
  return (await request("POST", "/auth/totp/disable", UserData, { body: { code } })).data;
}

/** Where the browser downloads everything Jigsaw holds about the signed-in member (JSON). */
export const YOUR_DATA_URL = "/api/account/data";

/** Erase my account, confirmed with my password (and a code when two-factor sign-in is on). */
export async function eraseMyAccount(password: string, code?: string): Promise<void> {
  await send("POST", "/account/erase", { body: code ? { password, code } : { password } });
}

/** The single sign-on providers this installation offers (often none). */
export async function listSsoProviders(signal?: AbortSignal): Promise<SsoProvider[]> {
  return (await request("GET", "/auth/oidc/providers", data(z.array(SsoProviderSchema)), { signal })).data;
}
