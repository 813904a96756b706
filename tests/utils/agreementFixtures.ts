import * as Y from "yjs";
import type { Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";
import { readPlan, type PlanSnapshot } from "@jigsaw/shared/plan/index";
import type { ApiClient } from "./apiClient.ts";
import { createInvite, createPartnership, createPlan, signedUpClient } from "./apiFixtures.ts";
import type { TestServer } from "./testServer.ts";

/** A member of a given organisation. */
export interface OrgMember {
  client: ApiClient;
  user: { id: string; email: string; displayName: string };
  organisation: string;
}

/** Join the partnership as `role` for `organisation`. */
export async function joinOrganisation(
  server: TestServer,
  facilitator: ApiClient,
  partnershipId: string,
  role: Role,
  organisation: string,
  sector: Sector = "nhs",
  name = organisation.split(" ").pop()!.toLowerCase(),
): Promise<OrgMember> {
  const joined = await signedUpClient(server, name);
  const { token } = await createInvite(facilitator, partnershipId, role);
  const r = await joined.client.post(`/api/invites/${token}/accept`, { organisation, sector });
  if (r.status !== 201) throw new Error(`accept failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { ...joined, organisation };
}

/** A partnership with a facilitator (Riverside Borough Council), a plan and members of three partner organisations. */
export async function agreementTeam(server: TestServer) {
  const fac = await signedUpClient(server, "facilitator");
  const partnership = await createPartnership(fac.client);
  const plan = await createPlan(fac.client, partnership.id);
  const icb = await joinOrganisation(server, fac.client, partnership.id, "editor", "Riverside ICB", "nhs", "icb");
  const cvs = await joinOrganisation(server, fac.client, partnership.id, "editor", "Riverside CVS", "voluntary", "cvs");
  const trust = await joinOrganisation(server, fac.client, partnership.id, "editor", "Riverside Community Trust", "nhs", "trust");
  const viewer = await joinOrganisation(server, fac.client, partnership.id, "viewer", "Riverside ICB", "nhs", "viewer");
  return { facilitator: { ...fac, organisation: "Riverside Borough Council" }, partnership, plan, icb, cvs, trust, viewer };
}

/** The plan's live content as the server sees it. */
export async function planSnapshot(server: TestServer, planId: string): Promise<PlanSnapshot> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await server.ctx.planDocs.requireState(planId));
  const snap = readPlan(doc);
  doc.destroy();
  return snap;
}

/** Edit the live plan as a member would (a server-side change attributed to `userId`). */
export async function editPlan(server: TestServer, planId: string, userId: string, fn: (doc: Y.Doc) => void): Promise<void> {
  await server.ctx.planDocs.change(planId, userId, fn);
}
