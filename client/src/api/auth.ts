import type { PresentedUser, SignInInput, SignUpInput } from "@jigsaw/shared/domain/user";
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
