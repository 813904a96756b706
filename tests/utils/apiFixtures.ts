import crypto from "node:crypto";
import type { Role } from "@jigsaw/shared/domain/role";
import type { PresentedPartnership } from "@jigsaw/shared/domain/partnership";
import type { PresentedPlan } from "@jigsaw/shared/domain/plan";
import { ApiClient } from "./apiClient.ts";
import type { TestServer } from "./testServer.ts";

/** A unique email for one test. */
export function uniqueEmail(name = "user"): string {
  return `${name}-${crypto.randomBytes(5).toString("hex")}@example.org`;
}

/** A new client for the server, signed up as a fresh user. */
export async function signedUpClient(server: TestServer, name = "user"): Promise<{ client: ApiClient; user: { id: string; email: string; displayName: string } }> {
  const client = new ApiClient(server.origin);
  const user = await client.signUp(uniqueEmail(name), name);
  return { client, user };
}

/** Create a partnership as `client` (who becomes its facilitator). */
export async function createPartnership(client: ApiClient, name = "Riverside Place Partnership"): Promise<PresentedPartnership> {
  const r = await client.post("/api/partnerships", {
    name,
    place: "Riverside",
    description: "Closing the gap in healthy life expectancy",
    organisation: "Riverside Borough Council",
    sector: "council",
  });
  if (r.status !== 201) throw new Error(`create partnership failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.data as PresentedPartnership;
}

/** Create an invite as a facilitator; returns the invite and its secret token. */
export async function createInvite(
  facilitator: ApiClient,
  partnershipId: string,
  role: Role,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; token: string; url: string }> {
  const r = await facilitator.post(`/api/partnerships/${partnershipId}/invites`, { role, ...extra });
  if (r.status !== 201) throw new Error(`create invite failed: ${r.status} ${JSON.stringify(r.body)}`);
  const url = r.body.data.url as string;
  return { id: r.body.data.id as string, token: url.split("/invite/")[1]!, url };
}

/** Sign up a new user and have them join the partnership with `role` through an invite. */
export async function joinAs(
  server: TestServer,
  facilitator: ApiClient,
  partnershipId: string,
  role: Role,
): Promise<{ client: ApiClient; user: { id: string; email: string; displayName: string } }> {
  const joined = await signedUpClient(server, role);
  const { token } = await createInvite(facilitator, partnershipId, role);
  const r = await joined.client.post(`/api/invites/${token}/accept`, { organisation: "Riverside CVS", sector: "voluntary" });
  if (r.status !== 201) throw new Error(`accept failed: ${r.status} ${JSON.stringify(r.body)}`);
  return joined;
}

/** Create a plan as `client`. */
export async function createPlan(
  client: ApiClient,
  partnershipId: string,
  title = "Riverside Place Plan",
  template: PresentedPlan["template"] = "place_plan",
): Promise<PresentedPlan> {
  const r = await client.post(`/api/partnerships/${partnershipId}/plans`, { title, template });
  if (r.status !== 201) throw new Error(`create plan failed: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.data as PresentedPlan;
}

/** SHA-256 hex, as the server stores session ids and invite token hashes. */
export function sha256(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** The raw session token in a client's cookie. */
export function sessionToken(client: ApiClient): string {
  const c = client.cookieHeader;
  if (!c) throw new Error("client has no session cookie");
  return c.slice("jigsaw_session=".length);
}

/** Assert-friendly check that an error body is exactly `{error:{id,message}}` with no stack trace. */
export function isCleanErrorBody(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== "error") return false;
  const err = (body as { error: Record<string, unknown> }).error;
  const errKeys = Object.keys(err).sort();
  if (errKeys.join(",") !== "id,message") return false;
  const text = JSON.stringify(body);
  return !/\bat\s+\S+\s*\(|\.ts:\d+|\.js:\d+|node_modules|stack/i.test(text);
}
