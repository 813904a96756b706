import http from "node:http";
import Provider from "oidc-provider";
import { freePort } from "./testServer.ts";

/** A real OpenID Provider (`oidc-provider`) in the test process, with one client for a Jigsaw on `jigsawPort`. */
export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** `OIDC_PROVIDERS` for the Jigsaw under test (provider id `test-idp`, domain `nhs.example`). */
  envValue: string;
  close(): Promise<void>;
}

/**
 * Start the provider. Its development login page takes any account id: the
 * id typed is the person's email, and their name is "Person <local part>".
 */
export async function startTestIdp(jigsawPort: number): Promise<TestIdp> {
  const idpPort = await freePort();
  const issuer = `http://127.0.0.1:${idpPort}`;
  const clientId = "jigsaw";
  const clientSecret = "a-test-secret-that-is-long-enough-0123456789";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`http://127.0.0.1:${jigsawPort}/api/auth/oidc/test-idp/callback`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({ sub, email: sub, email_verified: true, name: `Person ${sub.split("@")[0]}` }),
    }),
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    pkce: { required: () => true },
    cookies: { keys: ["test-cookie-key-0123456789"] },
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((r) => server.listen(idpPort, "127.0.0.1", r));
  const envValue = JSON.stringify([{ id: "test-idp", name: "Riverside NHS", issuer, clientId, clientSecret, allowedDomains: ["nhs.example"] }]);
  return { issuer, clientId, clientSecret, envValue, close: () => new Promise<void>((r) => server.close(() => r())) };
}
