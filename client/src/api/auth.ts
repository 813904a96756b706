import type { PresentedUser, SignInInput, SignUpInput, TotpSetup } from "@jigsaw/shared/domain/user";
import { isApiError } from "./ApiError.ts";
import { request } from "./http.ts";
import type { DataEnvelope } from "./types.ts";

/** Create an account and start a session. */
export async function signUp(input: SignUpInput): Promise<PresentedUser> {
  return (await request<DataEnvelope<PresentedUser>>("POST", "/auth/signup", { body: input })).data;
}

/** Start a session. */
export async function signIn(input: SignInInput): Promise<PresentedUser> {
  return (await request<DataEnvelope<PresentedUser>>("POST", "/auth/signin", { body: input })).data;
}

/** End this session. */
export async function signOut(): Promise<void> {
  await request<void>("POST", "/auth/signout", { body: {} });
}

/** End every session of this user on every device; returns how many ended. */
export async function signOutEverywhere(): Promise<number> {
  return (await request<DataEnvelope<{ sessionsEnded: number }>>("POST", "/auth/signout-all", { body: {} })).data.sessionsEnded;
}

/** The signed-in user, or null when signed out. */
export async function fetchMe(signal?: AbortSignal): Promise<PresentedUser | null> {
  try {
    return (await request<DataEnvelope<PresentedUser>>("GET", "/auth/me", { signal, quietUnauthenticated: true })).data;
  } catch (e) {
    if (isApiError(e, "authentication_required")) return null;
    throw e;
  }
}

/** Ask for a password reset link (the answer is the same whether or not the address has an account). */
export async function requestPasswordReset(email: string): Promise<void> {
  await request<void>("POST", "/auth/password-reset/request", { body: { email } });
}

/** Choose a new password with the secret from a reset link. Every session ends; sign in again. */
export async function resetPassword(token: string, password: string): Promise<void> {
  await request<void>("POST", "/auth/password-reset", { body: { token, password } });
}

/** Verify the email address with the secret from the emailed link. */
export async function verifyEmail(token: string): Promise<void> {
  await request<void>("POST", "/auth/verify-email", { body: { token } });
}

/** Send the verification email again; false when the address is already verified. */
export async function resendVerification(): Promise<boolean> {
  return (await request<DataEnvelope<{ sent: boolean }>>("POST", "/auth/verify-email/resend", { body: {} })).data.sent;
}

/** Start two-factor set-up: a new secret to add to an authenticator app (nothing is stored yet). */
export async function startTotpSetup(): Promise<TotpSetup> {
  return (await request<DataEnvelope<TotpSetup>>("POST", "/auth/totp/setup", { body: {} })).data;
}

/** Turn two-factor sign-in on with the set-up secret and a current code. */
export async function enableTotp(secret: string, code: string): Promise<PresentedUser> {
  return (await request<DataEnvelope<PresentedUser>>("POST", "/auth/totp/enable", { body: { secret, code } })).data;
}

/** Turn two-factor sign-in off with a current code. */
export async function disableTotp(code: string): Promise<PresentedUser> {
  return (await request<DataEnvelope<PresentedUser>>("POST", "/auth/totp/disable", { body: { code } })).data;
}

/** Where the browser downloads everything Jigsaw holds about the signed-in member (JSON). */
export const YOUR_DATA_URL = "/api/account/data";

/** Erase my account, confirmed with my password (and a code when two-factor sign-in is on). */
export async function eraseMyAccount(password: string, code?: string): Promise<void> {
  await request<void>("POST", "/account/erase", { body: code ? { password, code } : { password } });
}

/** A single sign-on provider offered on the sign-in page. */
export interface SsoProvider {
  id: string;
  name: string;
  /** Where the browser goes to start (a full page navigation, not fetch). */
  startUrl: string;
}

/** The single sign-on providers this installation offers (often none). */
export async function listSsoProviders(signal?: AbortSignal): Promise<SsoProvider[]> {
  return (await request<DataEnvelope<SsoProvider[]>>("GET", "/auth/oidc/providers", { signal })).data;
}
