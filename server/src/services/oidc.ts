import * as client from "openid-client";
import type { Config, OidcProviderConfig } from "../env.ts";
import type { Services } from "./services.ts";

/**
 * OpenID Connect sign-in (authorization code flow with PKCE) through
 * `openid-client`. Discovery is fetched once per provider and kept. Plain
 * http issuers are accepted outside production only (the test provider).
 */

/** The discovered client configuration of each provider, fetched once (a failed discovery is retried next time). */
export class OidcDiscovery {
  private readonly byId = new Map<string, Promise<client.Configuration>>();

  constructor(private readonly config: Pick<Config, "env">) {}

  /** The discovered client configuration of a provider. */
  configuration(p: OidcProviderConfig): Promise<client.Configuration> {
    let c = this.byId.get(p.id);
    if (!c) {
      const insecure = p.issuer.startsWith("http:") && this.config.env !== "production";
      c = client.discovery(new URL(p.issuer), p.clientId, p.clientSecret, undefined, insecure ? { execute: [client.allowInsecureRequests] } : undefined);
      c.catch(() => this.byId.delete(p.id)); // retry discovery next time
      this.byId.set(p.id, c);
    }
    return c;
  }
}

/** Where the provider sends the browser back. */
export function redirectUri(ctx: Services, p: OidcProviderConfig): string {
  return `${ctx.config.publicUrl}/api/auth/oidc/${p.id}/callback`;
}

/** What the browser keeps between start and callback (an HttpOnly cookie, 10 minutes). */
export interface OidcPending {
  provider: string;
  state: string;
  nonce: string;
  verifier: string;
  next: string;
  expiresAt: number;
}

/** Begin a sign-in: the authorization URL and what to remember for the callback. */
export async function beginSignIn(ctx: Services, p: OidcProviderConfig, next: string): Promise<{ url: string; pending: OidcPending }> {
  const config = await ctx.oidc.configuration(p);
  const verifier = client.randomPKCECodeVerifier();
  const pending: OidcPending = {
    provider: p.id,
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier,
    next,
    expiresAt: Date.now() + 10 * 60_000,
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(ctx, p),
    scope: "openid email profile",
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state: pending.state,
    nonce: pending.nonce,
  });
  return { url: url.href, pending };
}

/** Who the provider says signed in. */
export interface OidcIdentity {
  email: string;
  name: string;
}

/**
 * Finish a sign-in: exchange the code (checking state, nonce, PKCE and the ID
 * token's signature, issuer, audience and expiry) and read the email and name.
 * Throws on anything wrong.
 */
export async function finishSignIn(ctx: Services, p: OidcProviderConfig, callbackUrl: URL, pending: OidcPending): Promise<OidcIdentity> {
  const config = await ctx.oidc.configuration(p);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: pending.verifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims) throw new Error("no ID token claims");
  // Providers that keep the ID token small (oidc-provider's default, some Entra set-ups) give email
  // and name at the UserInfo endpoint; it must answer for the same subject.
  const claims: Record<string, unknown> =
    typeof idClaims.email === "string" || typeof idClaims.preferred_username === "string"
      ? idClaims
      : { ...(await client.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...idClaims };
  // Entra ID puts the address in `email` (optional claim) or `preferred_username` (the UPN).
  const raw = typeof claims.email === "string" ? claims.email : typeof claims.preferred_username === "string" ? claims.preferred_username : "";
  if (claims.email_verified === false) throw new Error("the provider says the email is not verified");
  const email = raw.trim().toLowerCase();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error("no email in the ID token");
  const name = typeof claims.name === "string" && claims.name.trim() ? claims.name.trim().slice(0, 80) : email.split("@")[0]!;
  return { email, name };
}

/** True when the email's domain (or a parent domain) is one the provider may sign in. */
export function domainAllowed(p: OidcProviderConfig, email: string): boolean {
  const domain = email.split("@")[1] ?? "";
  return p.allowedDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
}
