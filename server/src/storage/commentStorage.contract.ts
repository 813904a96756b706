import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { MARK_START } from "@jigsaw/shared/comments/searchText";
import type { CommentRecord } from "../domain/comment.ts";
import type { NotificationRecord } from "../domain/notification.ts";
import type { Storage } from "./types.ts";

/**
 * Storage contract for comments, reactions, notifications, preferences,
 * visits and the search index. Called from `storage.contract.ts` inside its
 * describe block, with the per-test storage.
 */
export function commentStorageContract(store: () => Storage): void {
  const id = () => crypto.randomBytes(9).toString("base64url");
  const BASE = Date.parse("2026-03-02T09:00:00.000Z");
  const at = (minutes = 0) => new Date(BASE + minutes * 60_000).toISOString();

  async function fixture() {
    const s = store();
    const userId = id();
    const other = id();
    for (const u of [userId, other]) {
      await s.users.create({ id: u, email: `${u.toLowerCase()}@example.org`, displayName: "Pat", passwordHash: "x", createdAt: at() });
    }
    const partnershipId = id();
    await s.partnerships.createWithFounder(
      { id: partnershipId, name: "Riverside", place: "Riverside", description: "", createdAt: at(), createdBy: userId },
      { partnershipId, userId, organisation: "Riverside ICB", sector: "nhs", role: "facilitator", joinedAt: at(), updatedAt: at() },
    );
    const planId = id();
    await s.plans.create(
      { id: planId, partnershipId, title: "Plan", template: "blank", archivedAt: null, createdAt: at(), createdBy: userId, lastActivityAt: at() },
      Uint8Array.of(0, 0),
    );
    return { s, userId, other, partnershipId, planId };
  }

  function comment(f: { planId: string; partnershipId: string; userId: string }, overrides: Partial<CommentRecord> = {}): CommentRecord {
    const cid = overrides.id ?? id();
    return {
      id: cid,
      planId: f.planId,
      partnershipId: f.partnershipId,
      threadId: cid,
      parentId: null,
      authorId: f.userId,
      body: "Can we add **housing** data?",
      searchText: "Can we add housing data?",
      anchor: JSON.stringify({ kind: "section", sectionId: "s1" }),
      createdAt: at(),
      editedAt: null,
      deletedAt: null,
      resolvedAt: null,
      resolvedBy: null,
      authorOrganisation: "Riverside ICB",
      authorSector: "nhs",
      ...overrides,
    };
  }

  function notification(userId: string, partnershipId: string, overrides: Partial<NotificationRecord> = {}): NotificationRecord {
    return {
      id: id(),
      userId,
      partnershipId,
      planId: null,
      kind: "mention",
      threadId: null,
      commentId: null,
      actorId: null,
      title: "Sam mentioned you",
      excerpt: "Hello",
      path: "/",
      createdAt: at(),
      readAt: null,
      email: "none",
      emailedAt: null,
      ...overrides,
    };
  }

  describe("comments", () => {
    it("stores threads and replies, edits, tombstones, resolves and reopens", async () => {
      const f = await fixture();
      const root = comment(f);
      const reply = comment(f, { id: id(), threadId: root.id, parentId: root.id, anchor: null, createdAt: at(1) });
      await f.s.comments.create(root);
      await f.s.comments.create(reply);
      expect(await f.s.comments.findById(root.id)).toEqual(root);
      expect((await f.s.comments.listThread(root.id)).map((c) => c.id)).toEqual([root.id, reply.id]);
      expect((await f.s.comments.listForPlan(f.planId)).map((c) => c.id)).toEqual([root.id, reply.id]);

      await f.s.comments.updateBody(reply.id, "Edited", "Edited", at(2));
      expect(await f.s.comments.findById(reply.id)).toMatchObject({ body: "Edited", editedAt: at(2) });
      await f.s.comments.markDeleted(reply.id, at(3));
      expect(await f.s.comments.findById(reply.id)).toMatchObject({ body: "", searchText: "", deletedAt: at(3) });
      await f.s.comments.updateBody(reply.id, "Back?", "Back?", at(4));
      expect((await f.s.comments.findById(reply.id))!.body).toBe("");

      await f.s.comments.setResolved(root.id, at(5), f.userId);
      expect(await f.s.comments.findById(root.id)).toMatchObject({ resolvedAt: at(5), resolvedBy: f.userId });
      await f.s.comments.setResolved(root.id, null, null);
      expect(await f.s.comments.findById(root.id)).toMatchObject({ resolvedAt: null, resolvedBy: null });
      expect(await f.s.comments.findById("missing-000")).toBeNull();
      // comments kept before the author's organisation was recorded read back without one
      const older = comment(f, { id: id(), createdAt: at(1), authorOrganisation: null, authorSector: null });
      await f.s.comments.create(older);
      expect(await f.s.comments.findById(older.id)).toMatchObject({ authorOrganisation: null, authorSector: null });
    });

    it("adds and removes reactions idempotently", async () => {
      const f = await fixture();
      const root = comment(f);
      await f.s.comments.create(root);
      const r = { commentId: root.id, planId: f.planId, userId: f.userId, reaction: "agree", createdAt: at(1) };
      await f.s.comments.setReaction(r, true);
      await f.s.comments.setReaction(r, true);
      await f.s.comments.setReaction({ ...r, userId: f.other }, true);
      expect(await f.s.comments.listReactionsForPlan(f.planId)).toHaveLength(2);
      await f.s.comments.setReaction(r, false);
      await f.s.comments.setReaction(r, false);
      expect((await f.s.comments.listReactionsForPlan(f.planId)).map((x) => x.userId)).toEqual([f.other]);
    });
  });

  describe("notifications", () => {
    it("lists newest first, counts unread and marks read", async () => {
      const f = await fixture();
      const a = notification(f.userId, f.partnershipId, { createdAt: at(1) });
      const b = notification(f.userId, f.partnershipId, { createdAt: at(2) });
      const c = notification(f.other, f.partnershipId, { createdAt: at(3) });
      await f.s.notifications.createMany([a, b, c]);
      expect((await f.s.notifications.listForUser(f.userId, { limit: 10 })).map((n) => n.id)).toEqual([b.id, a.id]);
      expect((await f.s.notifications.listForUser(f.userId, { limit: 10, before: at(2) })).map((n) => n.id)).toEqual([a.id]);
      expect(await f.s.notifications.unreadCount(f.userId)).toBe(2);
      expect(await f.s.notifications.markRead(f.userId, [a.id, c.id], at(4))).toBe(1);
      expect((await f.s.notifications.listForUser(f.userId, { limit: 10, unreadOnly: true })).map((n) => n.id)).toEqual([b.id]);
      expect(await f.s.notifications.markRead(f.userId, null, at(5))).toBe(1);
      expect(await f.s.notifications.unreadCount(f.userId)).toBe(0);
      expect(await f.s.notifications.unreadCount(f.other)).toBe(1);
      expect(await f.s.notifications.findById(a.id)).toMatchObject({ readAt: at(4) });
    });

    it("claims each email once: immediate and digest", async () => {
      const f = await fixture();
      const now = notification(f.userId, f.partnershipId, { email: "immediate" });
      const d1 = notification(f.userId, f.partnershipId, { email: "digest", createdAt: at(1) });
      const d2 = notification(f.userId, f.partnershipId, { email: "digest", createdAt: at(2) });
      const late = notification(f.userId, f.partnershipId, { email: "digest", createdAt: at(100) });
      await f.s.notifications.createMany([now, d1, d2, late]);
      expect((await f.s.notifications.claimImmediate(now.id, at(3)))?.id).toBe(now.id);
      expect(await f.s.notifications.claimImmediate(now.id, at(3))).toBeNull();
      expect(await f.s.notifications.claimImmediate(d1.id, at(3))).toBeNull();
      expect(await f.s.notifications.usersWithPendingDigest(at(50))).toContain(f.userId);
      const claimed = await f.s.notifications.claimDigest(f.userId, at(50), at(50));
      expect(claimed.map((n) => n.id)).toEqual([d1.id, d2.id]);
      expect(await f.s.notifications.claimDigest(f.userId, at(50), at(51))).toEqual([]);
      await f.s.notifications.releaseEmail([d2.id]);
      expect((await f.s.notifications.claimDigest(f.userId, at(50), at(52))).map((n) => n.id)).toEqual([d2.id]);
      expect(await f.s.notifications.usersWithPendingDigest(at(50))).not.toContain(f.userId);
    });
  });

  describe("preferences and visits", () => {
    it("stores preferences per member", async () => {
      const f = await fixture();
      expect(await f.s.preferences.get(f.userId)).toBeNull();
      const p = { userId: f.userId, mention: "immediate", reply: "digest", leadComment: "off", agreementRequest: "digest", updatedAt: at() };
      await f.s.preferences.put(p);
      await f.s.preferences.put({ ...p, reply: "off", updatedAt: at(1) });
      expect(await f.s.preferences.get(f.userId)).toEqual({ ...p, reply: "off", updatedAt: at(1) });
    });

    it("stores the last visit and first-writer client ownership", async () => {
      const f = await fixture();
      expect(await f.s.visits.get(f.userId, f.planId)).toBeNull();
      const v = { userId: f.userId, planId: f.planId, visitedAt: at(), seq: 3, stateVector: Uint8Array.of(1, 2, 3), digests: "{}" };
      await f.s.visits.put(v);
      await f.s.visits.put({ ...v, seq: 7, visitedAt: at(1) });
      expect(await f.s.visits.get(f.userId, f.planId)).toEqual({ ...v, seq: 7, visitedAt: at(1) });
      await f.s.visits.recordClientOwners(f.planId, [{ clientId: 42, userId: f.userId }, { clientId: 7, userId: f.other }]);
      await f.s.visits.recordClientOwners(f.planId, [{ clientId: 42, userId: f.other }]);
      expect(await f.s.visits.clientOwners(f.planId)).toEqual([
        { clientId: 7, userId: f.other },
        { clientId: 42, userId: f.userId },
      ]);
    });
  });

  describe("search index", () => {
    it("finds plan text and comments, ranked, with marked snippets, only in the given partnerships", async () => {
      const f = await fixture();
      const g = await fixture();
      await f.s.search.replacePlan({ planId: f.planId, partnershipId: f.partnershipId }, [
        { kind: "section", refId: "s1", title: "Housing", body: "Damp and mould in private rented housing drives asthma admissions." },
        { kind: "action", refId: "a1", title: "Warm homes grants", body: "Riverside Borough Council" },
      ]);
      await g.s.search.replacePlan({ planId: g.planId, partnershipId: g.partnershipId }, [
        { kind: "section", refId: "s9", title: "Secret housing", body: "Other partnership's housing plan" },
      ]);
      const c = comment(f, { searchText: "Add the asthma admissions data for housing" });
      await f.s.comments.create(c);

      const hits = await f.s.search.search([f.partnershipId], ["housing"], 10);
      expect(hits.map((h) => h.refId).sort()).toEqual([c.id, "s1"].sort());
      expect(hits.every((h) => h.partnershipId === f.partnershipId)).toBe(true);
      expect(hits[0]!.refId).toBe("s1"); // title match ranks first
      expect(hits[0]!.markedSnippet).toContain(MARK_START);
      const commentHit = hits.find((h) => h.kind === "comment")!;
      expect(commentHit).toMatchObject({ planId: f.planId, commentId: c.id, refId: c.id });

      expect(await f.s.search.search([f.partnershipId], ["asthma", "admissions"], 10)).toHaveLength(2);
      expect(await f.s.search.search([f.partnershipId], ["warm", "mould"], 10)).toHaveLength(0);
      expect(await f.s.search.search([], ["housing"], 10)).toEqual([]);

      // replacing a plan's text drops what it no longer has; deleting a comment drops it
      await f.s.search.replacePlan({ planId: f.planId, partnershipId: f.partnershipId }, []);
      await f.s.comments.markDeleted(c.id, at(1));
      expect(await f.s.search.search([f.partnershipId], ["housing"], 10)).toEqual([]);
      await f.s.comments.updateBody(c.id, "housing", "housing", at(2));
      expect(await f.s.search.search([f.partnershipId], ["housing"], 10)).toEqual([]);
    });

    it("follows comment edits", async () => {
      const f = await fixture();
      const c = comment(f, { searchText: "first wording" });
      await f.s.comments.create(c);
      await f.s.comments.updateBody(c.id, "second", "second wording", at(1));
      expect(await f.s.search.search([f.partnershipId], ["first"], 10)).toEqual([]);
      expect((await f.s.search.search([f.partnershipId], ["second"], 10)).map((h) => h.commentId)).toEqual([c.id]);
    });
  });
}
