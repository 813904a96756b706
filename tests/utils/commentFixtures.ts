import * as Y from "yjs";
import type { Role } from "@jigsaw/shared/domain/role";
import type { Sector } from "@jigsaw/shared/domain/sector";
import type { TextAnchor } from "@jigsaw/shared/comments/anchor";
import { createTextAnchor, linearText } from "@jigsaw/shared/comments/textAnchor";
import { actionIds, addAction, sectionBody, sectionBodyFromParagraphs, sectionIds, setSectionBody } from "@jigsaw/shared/plan/index";
import { ApiClient } from "./apiClient.ts";
import { createInvite, createPartnership, createPlan, signedUpClient, uniqueEmail } from "./apiFixtures.ts";
import type { TestServer } from "./testServer.ts";

/** A signed-up member of a partnership. */
export interface Member {
  client: ApiClient;
  user: { id: string; email: string; displayName: string };
}

/** Join a partnership with a role, organisation and display name. */
export async function joinWith(server: TestServer, facilitator: ApiClient, partnershipId: string, role: Role, name: string, organisation = "Riverside CVS", sector: Sector = "voluntary"): Promise<Member> {
  const client = new ApiClient(server.origin);
  const joined = { client, user: await client.signUp(uniqueEmail(role), name) };
  const { token } = await createInvite(facilitator, partnershipId, role);
  const r = await joined.client.post(`/api/invites/${token}/accept`, { organisation, sector });
  if (r.status !== 201) throw new Error(`accept failed: ${r.status} ${JSON.stringify(r.body)}`);
  return joined;
}

/** A partnership with a plan and one member of every role, plus an outsider with their own partnership and plan. */
export async function commentWorld(server: TestServer) {
  const facilitator = await signedUpClient(server, "Fran");
  const partnership = await createPartnership(facilitator.client);
  const plan = await createPlan(facilitator.client, partnership.id);
  const editor = await joinWith(server, facilitator.client, partnership.id, "editor", "Eddie", "Riverside ICB", "nhs");
  const commenter = await joinWith(server, facilitator.client, partnership.id, "commenter", "Cora");
  const commenter2 = await joinWith(server, facilitator.client, partnership.id, "commenter", "Cole");
  const viewer = await joinWith(server, facilitator.client, partnership.id, "viewer", "Vic");
  const outsider = await signedUpClient(server, "Otto");
  const otherPartnership = await createPartnership(outsider.client, "Elsewhere Partnership");
  const otherPlan = await createPlan(outsider.client, otherPartnership.id, "Elsewhere Plan");
  return { facilitator, partnership, plan, editor, commenter, commenter2, viewer, outsider, otherPartnership, otherPlan };
}

/** Apply a change to a plan's live document as `userId`, through the sync endpoint (stored and attributed). */
export async function changePlan(server: TestServer, planId: string, userId: string | null, change: (doc: Y.Doc) => void): Promise<void> {
  const collab = server.collab;
  if (!collab) throw new Error("the collaboration module is not running");
  const doc = (await server.ctx.planDocs.doc(planId))!;
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  change(doc);
  doc.destroy();
  if (updates.length > 0) await collab.applyServerUpdate(planId, Y.mergeUpdates(updates), userId);
}

/** The plan's first section id (templates create several). */
export async function firstSectionId(server: TestServer, planId: string, index = 0): Promise<string> {
  const doc = (await server.ctx.planDocs.doc(planId))!;
  try {
    return sectionIds(doc)[index]!;
  } finally {
    doc.destroy();
  }
}

/** Replace a section's body with paragraphs, as `userId`. */
export async function writeSection(server: TestServer, planId: string, sectionId: string, paragraphs: string[], userId: string | null = null): Promise<void> {
  await changePlan(server, planId, userId, (doc) => setSectionBody(doc, sectionId, sectionBodyFromParagraphs(paragraphs)));
}

/** Add an action led by `leadOrganisation`; returns its id. */
export async function addLedAction(server: TestServer, planId: string, title: string, leadOrganisation: string): Promise<string> {
  let id = "";
  await changePlan(server, planId, null, (doc) => {
    id = addAction(doc, { title, leadOrganisation });
  });
  return id;
}

/** A text anchor on the first occurrence of `phrase` in a section of the current document. */
export async function anchorOn(server: TestServer, planId: string, sectionId: string, phrase: string): Promise<TextAnchor> {
  const doc = (await server.ctx.planDocs.doc(planId))!;
  try {
    const { text } = linearText(sectionBody(doc, sectionId)!);
    const at = text.indexOf(phrase);
    if (at < 0) throw new Error(`"${phrase}" is not in the section`);
    return createTextAnchor(doc, sectionId, at, at + phrase.length)!;
  } finally {
    doc.destroy();
  }
}

/** Edit a section's text node containing `phrase` (insert/delete) as `userId`. */
export async function editText(
  server: TestServer,
  planId: string,
  sectionId: string,
  userId: string | null,
  edit: (t: Y.XmlText, text: string) => void,
  phrase: string,
): Promise<void> {
  await changePlan(server, planId, userId, (doc) => {
    const { spans } = linearText(sectionBody(doc, sectionId)!);
    const span = spans.find((s) => s.text.includes(phrase));
    if (!span) throw new Error(`no text node with "${phrase}"`);
    edit(span.type, span.text);
  });
}

/** Ids of the plan's actions. */
export async function planActionIds(server: TestServer, planId: string): Promise<string[]> {
  const doc = (await server.ctx.planDocs.doc(planId))!;
  try {
    return actionIds(doc);
  } finally {
    doc.destroy();
  }
}
