import * as Y from "yjs";
import type { Storage, StoredDoc } from "../types.ts";

/**
 * Test fixture: fills a store with one of everything (users, sessions, a
 * partnership with members, invites in every state, plans, a Yjs document
 * with a compacted snapshot plus later updates, outcome extensions). Every
 * value is deterministic so two runs produce identical dumps.
 */

const T0 = Date.parse("2026-03-02T09:00:00.000Z");
/** ISO time `minutes` after a fixed base. */
export const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

/** The ids the fixture uses. */
export const FIXTURE = {
  users: ["u-amara", "u-ben", "u-chloe", "u-dev"],
  partnership: "p-riverside",
  otherPartnership: "p-northfield",
  plan: "pl-place-plan",
  archivedPlan: "pl-old",
  looseDoc: "doc-loose",
} as const;

/** Rebuild a Yjs document from what the store holds. */
export function docFromStored(stored: StoredDoc): Y.Doc {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u.data);
  return doc;
}

/** Populate `s` (which must be empty). */
export async function populate(s: Storage): Promise<void> {
  const [amara, ben, chloe, dev] = FIXTURE.users;
  const names = ["Amara Okafor", "ben Hughes", "Chloé Martin", "Dev Patel"];
  for (const [i, id] of FIXTURE.users.entries()) {
    await s.users.create({
      id,
      email: `${id.slice(2)}@riverside.example`,
      displayName: names[i]!,
      passwordHash: `$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$${id}`,
      createdAt: at(i),
    });
  }
  await s.sessions.create({ id: "a".repeat(64), userId: amara, createdAt: at(10), lastSeenAt: at(11), expiresAt: at(60 * 24 * 30) });
  await s.sessions.create({ id: "b".repeat(64), userId: ben, createdAt: at(12), lastSeenAt: at(12), expiresAt: at(60 * 24 * 30) });

  const member = (partnershipId: string, userId: string, role: "facilitator" | "editor" | "commenter" | "viewer", m: number) => ({
    partnershipId,
    userId,
    organisation: "Riverside Council",
    sector: "council" as const,
    role,
    joinedAt: at(m),
    updatedAt: at(m),
  });
  await s.partnerships.createWithFounder(
    { id: FIXTURE.partnership, name: "Riverside Place Partnership", place: "Riverside", description: "Working together — “quotes”, emoji 🧩", createdAt: at(20), createdBy: amara },
    member(FIXTURE.partnership, amara!, "facilitator", 20),
  );
  await s.partnerships.createWithFounder(
    { id: FIXTURE.otherPartnership, name: "Northfield", place: "Northfield", description: "", createdAt: at(21), createdBy: dev },
    member(FIXTURE.otherPartnership, dev!, "facilitator", 21),
  );

  const invite = (id: string, m: number, extra: Partial<Parameters<Storage["invites"]["create"]>[0]> = {}) => ({
    id,
    partnershipId: FIXTURE.partnership,
    tokenHash: id.padEnd(64, "0"),
    role: "editor" as const,
    organisation: null,
    sector: null,
    createdBy: amara!,
    createdAt: at(m),
    expiresAt: at(m + 60 * 24 * 7),
    acceptedAt: null,
    acceptedBy: null,
    revokedAt: null,
    ...extra,
  });
  await s.invites.create(invite("inv-ben", 30, { organisation: "Riverside CVS", sector: "voluntary" }));
  await s.invites.accept("inv-ben", { ...member(FIXTURE.partnership, ben!, "editor", 31), organisation: "Riverside CVS", sector: "voluntary" });
  await s.invites.create(invite("inv-chloe", 32, { role: "commenter" }));
  await s.invites.accept("inv-chloe", member(FIXTURE.partnership, chloe!, "commenter", 33));
  await s.invites.create(invite("inv-open", 34));
  await s.invites.create(invite("inv-revoked", 35));
  await s.invites.revoke("inv-revoked", at(36));
  await s.memberships.update(FIXTURE.partnership, chloe!, { role: "viewer", organisation: "NHS Riverside" , sector: "nhs" }, at(37));

  // A plan whose document has a snapshot and a log after it.
  const y = new Y.Doc();
  y.clientID = 1;
  y.getText("title").insert(0, "Riverside place plan");
  y.getMap("meta").set("place", "Riverside");
  await s.plans.create(
    { id: FIXTURE.plan, partnershipId: FIXTURE.partnership, title: "Riverside place plan", template: "place_plan", archivedAt: null, createdAt: at(40), createdBy: amara!, lastActivityAt: at(40) },
    Y.encodeStateAsUpdate(y),
  );
  const edits: Array<{ by: string | null; edit: (d: Y.Doc) => void }> = [
    { by: ben!, edit: (d) => d.getText("body").insert(0, "Healthy lives for everyone. ") },
    { by: amara!, edit: (d) => d.getText("body").insert(0, "Priority 1: ") },
    { by: null, edit: (d) => d.getMap("meta").set("status", "draft") },
    { by: ben!, edit: (d) => d.getText("body").delete(0, 3) },
    { by: amara!, edit: (d) => d.getArray("risks").push([{ id: "r1", text: "Funding" }]) },
  ];
  for (const [i, e] of edits.entries()) {
    const before = Y.encodeStateVector(y);
    e.edit(y);
    const seq = await s.docs.append(FIXTURE.plan, [{ data: Y.encodeStateAsUpdate(y, before), userId: e.by }], at(41 + i));
    if (i === 2) {
      const stored = (await s.docs.load(FIXTURE.plan))!;
      // every compacted edit was written under client 1, first by Ben
      await s.docs.compact(FIXTURE.plan, Y.encodeStateAsUpdate(docFromStored(stored)), seq, [{ clientId: 1, userId: ben! }]);
    }
  }
  await s.plans.touchActivity(FIXTURE.plan, at(50));
  await s.plans.create(
    { id: FIXTURE.archivedPlan, partnershipId: FIXTURE.partnership, title: "Old JHWS", template: "jhws", archivedAt: null, createdAt: at(45), createdBy: amara!, lastActivityAt: at(45) },
    Uint8Array.of(0, 0),
  );
  await s.plans.update(FIXTURE.archivedPlan, { archivedAt: at(46) });
  // A document with only a log (no snapshot), with a binary payload of every byte value.
  await s.docs.append(FIXTURE.looseDoc, [{ data: Uint8Array.from({ length: 256 }, (_, i) => i), userId: dev! }], at(47));

  await s.outcomeExtensions.apply(FIXTURE.partnership, 0, [
    {
      item: { partnershipId: FIXTURE.partnership, itemId: "local:thriving", kind: "term", data: JSON.stringify({ id: "local:thriving", label: "Thriving Riverside" }), createdAt: at(48), createdBy: amara!, updatedAt: at(48), updatedBy: amara!, retiredAt: null, retiredBy: null },
      change: { actorId: amara!, action: "create", itemKind: "term", itemId: "local:thriving", label: "Thriving Riverside", fields: "", at: at(48) },
    },
  ]);
}
