import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import type { AgreementRound } from "@jigsaw/shared/agreement/schema";
import type { AuthTokenRecord } from "../domain/authToken.ts";
import type { Storage } from "./types.ts";

/**
 * Storage contract for account security: verified email, two-factor
 * secrets, a partnership's two-factor requirement and single-use links.
 * Called from `storage.contract.ts` inside its describe block.
 */
export function accountStorageContract(store: () => Storage): void {
  const id = () => crypto.randomBytes(9).toString("base64url");
  const BASE = Date.parse("2026-03-02T09:00:00.000Z");
  const at = (minutes = 0) => new Date(BASE + minutes * 60_000).toISOString();

  async function newUser() {
    const s = store();
    const u = { id: id(), email: `${id().toLowerCase()}@example.org`, displayName: "Pat", passwordHash: "x", createdAt: at() };
    await s.users.create(u);
    return u;
  }

  function token(userId: string, overrides: Partial<AuthTokenRecord> = {}): AuthTokenRecord {
    return { id: crypto.randomBytes(32).toString("hex"), userId, purpose: "password_reset", createdAt: at(), expiresAt: at(60), usedAt: null, ...overrides };
  }

  describe("account security", () => {
    it("a new user is unverified without two-factor; both can be set, and a password replaced", async () => {
      const s = store();
      const u = await newUser();
      expect(await s.users.findById(u.id)).toMatchObject({ emailVerifiedAt: null, totpSecret: null });
      await s.users.markEmailVerified(u.id, at(1));
      await s.users.markEmailVerified(u.id, at(2));
      await s.users.setTotpSecret(u.id, "JBSWY3DPEHPK3PXP");
      await s.users.setPasswordHash(u.id, "new-hash");
      expect(await s.users.findById(u.id)).toMatchObject({ emailVerifiedAt: at(1), totpSecret: "JBSWY3DPEHPK3PXP", passwordHash: "new-hash" });
      await s.users.setTotpSecret(u.id, null);
      expect((await s.users.findByEmail(u.email))?.totpSecret).toBeNull();
    });

    it("a two-factor code's time step is used once: a replay or an older step is refused", async () => {
      const s = store();
      const u = await newUser();
      const other = await newUser();
      expect(await s.users.claimTotpStep(u.id, 59_000_000)).toBe(true);
      expect(await s.users.claimTotpStep(u.id, 59_000_000)).toBe(false);
      expect(await s.users.claimTotpStep(u.id, 58_999_999)).toBe(false);
      expect(await s.users.claimTotpStep(u.id, 59_000_001)).toBe(true);
      expect(await s.users.claimTotpStep(other.id, 59_000_000)).toBe(true);
    });

    it("a partnership's two-factor requirement starts off and can be set and cleared", async () => {
      const s = store();
      const u = await newUser();
      const pid = id();
      await s.partnerships.createWithFounder(
        { id: pid, name: "Riverside", place: "Riverside", description: "", createdAt: at(), createdBy: u.id },
        { partnershipId: pid, userId: u.id, organisation: "Riverside ICB", sector: "nhs", role: "facilitator", joinedAt: at(), updatedAt: at() },
      );
      expect((await s.partnerships.findById(pid))?.twoFactorRequiredAt).toBeNull();
      await s.partnerships.update(pid, { twoFactorRequiredAt: at(5) });
      expect((await s.partnerships.findById(pid))?.twoFactorRequiredAt).toBe(at(5));
      await s.partnerships.update(pid, { twoFactorRequiredAt: null });
      expect((await s.partnerships.findById(pid))?.twoFactorRequiredAt).toBeNull();
    });

    it("a link is used once, only for its purpose and only before it expires", async () => {
      const s = store();
      const u = await newUser();
      const t = token(u.id);
      await s.authTokens.create(t);
      expect(await s.authTokens.consume(t.id, "email_verification", at(1))).toBeNull();
      expect(await s.authTokens.consume(t.id, "password_reset", at(60))).toBeNull(); // expired at that instant
      expect(await s.authTokens.findById(t.id)).toEqual(t);
      const used = await s.authTokens.consume(t.id, "password_reset", at(1));
      expect(used).toEqual({ ...t, usedAt: at(1) });
      expect(await s.authTokens.consume(t.id, "password_reset", at(2))).toBeNull();
      expect(await s.authTokens.findById(t.id)).toEqual(used);
      expect(await s.authTokens.consume("unknown", "password_reset", at(2))).toBeNull();
    });

    it("two concurrent uses of one link: exactly one wins", async () => {
      const s = store();
      const u = await newUser();
      const t = token(u.id);
      await s.authTokens.create(t);
      const results = await Promise.all([1, 2, 3, 4].map(() => s.authTokens.consume(t.id, "password_reset", at(1))));
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it("deletes a user's links of one purpose, and expired links", async () => {
      const s = store();
      const u = await newUser();
      const reset = token(u.id);
      const verify = token(u.id, { purpose: "email_verification", expiresAt: at(10) });
      await s.authTokens.create(reset);
      await s.authTokens.create(verify);
      expect(await s.authTokens.deleteForUser(u.id, "password_reset")).toBe(1);
      expect(await s.authTokens.consume(reset.id, "password_reset", at(1))).toBeNull();
      const later = token(u.id, { expiresAt: at(120) });
      await s.authTokens.create(later);
      expect(await s.authTokens.deleteExpired(at(10))).toBeGreaterThanOrEqual(1);
      expect(await s.authTokens.consume(verify.id, "email_verification", at(1))).toBeNull();
      expect(await s.authTokens.consume(later.id, "password_reset", at(1))).not.toBeNull();
    });
  });

  describe("retention", () => {
    it("deletes notifications created before a time, read or not, and no others", async () => {
      const s = store();
      const u = await newUser();
      const pid = id();
      await s.partnerships.createWithFounder(
        { id: pid, name: "Riverside", place: "Riverside", description: "", createdAt: at(), createdBy: u.id },
        { partnershipId: pid, userId: u.id, organisation: "Riverside ICB", sector: "nhs", role: "facilitator", joinedAt: at(), updatedAt: at() },
      );
      const n = (minutes: number, readAt: string | null) => ({
        id: id(), userId: u.id, partnershipId: pid, planId: null, kind: "mention", threadId: null, commentId: null, actorId: null,
        title: "T", excerpt: "E", path: "/", createdAt: at(minutes), readAt, email: "none" as const, emailedAt: null,
      });
      const old = n(-600_000, null);
      const oldRead = n(-500_000, at(1));
      const recent = n(5, null);
      await s.notifications.createMany([old, oldRead, recent]);
      expect(await s.notifications.deleteCreatedBefore(at(0))).toBeGreaterThanOrEqual(2);
      expect((await s.notifications.listForUser(u.id, { limit: 10 })).map((x) => x.id)).toEqual([recent.id]);
    });
  });

  describe("your data and erasure", () => {
    async function world() {
      const s = store();
      const gone = await newUser();
      const stays = await newUser();
      const partnershipId = id();
      await s.partnerships.createWithFounder(
        { id: partnershipId, name: "Riverside", place: "Riverside", description: "", createdAt: at(), createdBy: stays.id },
        { partnershipId, userId: stays.id, organisation: "Council", sector: "council", role: "facilitator", joinedAt: at(), updatedAt: at() },
      );
      const planId = id();
      await s.plans.create(
        { id: planId, partnershipId, title: "Plan", template: "blank", archivedAt: null, createdAt: at(), createdBy: stays.id, lastActivityAt: at() },
        Uint8Array.of(0, 0),
      );
      return { s, gone, stays, partnershipId, planId };
    }

    function round(w: Awaited<ReturnType<typeof world>>, status: "open" | "agreed"): AgreementRound {
      const fac = { userId: w.stays.id, displayName: "Pat", organisation: "Council", role: "facilitator" as const };
      const rep = { userId: w.gone.id, displayName: "Sam Gone", organisation: "Riverside CVS", role: "editor" as const };
      const response = { organisation: "Riverside CVS", kind: "consent" as const, comment: "Fine by us", by: rep, at: at(3), contentHash: null };
      return {
        id: id(), planId: w.planId, partnershipId: w.partnershipId, title: "Whole plan", scope: { kind: "plan" },
        requiredOrganisations: ["Riverside CVS"], deadline: "2026-03-20", status, revision: 2, proposedBy: fac, proposedAt: at(1),
        responses: [response], trail: [response], reasks: [], contents: [], closeAfterDeadline: false,
        closedBy: status === "agreed" ? fac : null, closedAt: status === "agreed" ? at(4) : null, outcome: status === "agreed" ? "Agreed" : null,
        reviewDate: null, withdrawnReason: null, agreedSections: [], agreedPlanItems: null, agreedContentHash: null, versionId: null,
      };
    }

    it("lists a person's sessions and the comments they wrote", async () => {
      const w = await world();
      const { s } = w;
      await s.sessions.create({ id: id(), userId: w.gone.id, createdAt: at(1), lastSeenAt: at(2), expiresAt: at(600) });
      await s.sessions.create({ id: id(), userId: w.stays.id, createdAt: at(1), lastSeenAt: at(2), expiresAt: at(600) });
      expect((await s.sessions.listForUser(w.gone.id)).map((x) => x.userId)).toEqual([w.gone.id]);
      const base = { planId: w.planId, partnershipId: w.partnershipId, parentId: null, body: "Hello", searchText: "Hello", anchor: null, authorOrganisation: null, authorSector: null, editedAt: null, deletedAt: null, resolvedAt: null, resolvedBy: null };
      const c1 = id();
      const c2 = id();
      await s.comments.create({ ...base, id: c1, threadId: c1, authorId: w.gone.id, createdAt: at(1) });
      await s.comments.create({ ...base, id: c2, threadId: c2, authorId: w.stays.id, createdAt: at(2) });
      expect((await s.comments.listByAuthor(w.gone.id)).map((c) => c.id)).toEqual([c1]);
    });

    it("audit entries by or about a person; erasure replaces only their recorded name, never anything else", async () => {
      const w = await world();
      const { s } = w;
      const entry = (actorId: string, actorName: string, subjectId: string, minutes: number) => ({
        id: id(), partnershipId: w.partnershipId, planId: null, at: at(minutes), actorId, actorName, organisation: "Riverside CVS",
        action: "membership.updated", subjectType: "membership", subjectId, details: "{}",
      });
      const byGone = entry(w.gone.id, "Sam Gone", w.gone.id, 1);
      const aboutGone = { ...entry(w.stays.id, "Pat", w.gone.id, 2), details: JSON.stringify({ member: "Sam Gone", before: { role: "editor" } }) };
      const unrelated = entry(w.stays.id, "Pat", w.stays.id, 3);
      for (const e of [byGone, aboutGone, unrelated]) await s.audit.append(e);
      expect((await s.audit.listAboutUser(w.gone.id, 10)).map((e) => e.id)).toEqual([aboutGone.id, byGone.id]);

      await expect(s.audit.redactPerson(w.gone.id, "Sam Gone", "Someone else")).rejects.toThrow(/Former member/);
      expect(await s.audit.redactPerson(w.gone.id, "Sam Gone", "Former member (Riverside CVS)")).toBe(2);
      const after = await s.audit.listForPartnership(w.partnershipId, 10);
      expect(after.find((e) => e.id === byGone.id)).toEqual({ ...byGone, actorName: "Former member (Riverside CVS)" });
      expect(after.find((e) => e.id === aboutGone.id)).toEqual({ ...aboutGone, details: JSON.stringify({ member: "Former member (Riverside CVS)", before: { role: "editor" } }) });
      expect(await s.audit.redactPerson(w.gone.id, "Sam Gone", "Former member (Riverside CVS)")).toBe(0);
      expect(after.find((e) => e.id === unrelated.id)).toEqual(unrelated);
    });

    it("agreement records keep organisation, role and time; only the name of the erased person changes, in open and closed rounds", async () => {
      const w = await world();
      const { s } = w;
      const open = round(w, "open");
      const agreed = round(w, "agreed");
      await s.agreements.create(open);
      await s.agreements.create(agreed);
      expect(await s.agreements.redactPerson(w.gone.id, "Former member (Riverside CVS)")).toBe(2);
      for (const r of [open, agreed]) {
        const got = (await s.agreements.findById(r.id))!;
        const by = { ...r.responses[0]!.by, displayName: "Former member (Riverside CVS)" };
        expect(got).toEqual({ ...r, responses: [{ ...r.responses[0]!, by }], trail: [{ ...r.trail[0]!, by }] });
      }
      expect(await s.agreements.redactPerson(w.gone.id, "Former member (Riverside CVS)")).toBe(0);
    });

    it("erase scrubs the account and deletes what is personal, in one go; other people's data stays", async () => {
      const w = await world();
      const { s } = w;
      await s.users.setTotpSecret(w.gone.id, "JBSWY3DPEHPK3PXP");
      await s.users.markEmailVerified(w.gone.id, at(1));
      for (const u of [w.gone, w.stays]) {
        await s.sessions.create({ id: id(), userId: u.id, createdAt: at(1), lastSeenAt: at(2), expiresAt: at(600) });
        await s.authTokens.create(token(u.id));
        await s.preferences.put({ userId: u.id, mention: "immediate", reply: "digest", leadComment: "none", agreementRequest: "immediate", updatedAt: at() });
        await s.notifications.createMany([
          { id: id(), userId: u.id, partnershipId: w.partnershipId, planId: w.planId, kind: "mention", threadId: null, commentId: null, actorId: null, title: "T", excerpt: "E", path: "/", createdAt: at(1), readAt: null, email: "none", emailedAt: null },
        ]);
        await s.visits.put({ userId: u.id, planId: w.planId, visitedAt: at(1), seq: 1, stateVector: Uint8Array.of(0), digests: "{}" });
      }
      const email = `erased-${w.gone.id.toLowerCase()}@erased.invalid`;
      await s.users.erase(w.gone.id, { displayName: "Former member (Riverside CVS)", email, at: at(9) });

      const erased = (await s.users.findById(w.gone.id))!;
      expect(erased).toMatchObject({ id: w.gone.id, displayName: "Former member (Riverside CVS)", email, emailVerifiedAt: null, totpSecret: null, erasedAt: at(9) });
      expect(erased.passwordHash).not.toBe(w.gone.passwordHash);
      expect(await s.users.findByEmail(w.gone.email)).toBeNull();
      expect(await s.sessions.listForUser(w.gone.id)).toEqual([]);
      expect(await s.preferences.get(w.gone.id)).toBeNull();
      expect(await s.notifications.listForUser(w.gone.id, { limit: 10 })).toEqual([]);
      expect(await s.visits.get(w.gone.id, w.planId)).toBeNull();
      // the other person keeps everything
      expect(await s.sessions.listForUser(w.stays.id)).toHaveLength(1);
      expect(await s.preferences.get(w.stays.id)).not.toBeNull();
      expect(await s.notifications.listForUser(w.stays.id, { limit: 10 })).toHaveLength(1);
      expect(await s.visits.get(w.stays.id, w.planId)).not.toBeNull();
    });

    it("an agreed version's sign-off can be redacted to a Former member label, and nothing else about it changes", async () => {
      const w = await world();
      const { s } = w;
      const signOff = (by: string) => JSON.stringify({ agreementId: "a", title: "T", outcome: "Agreed", reviewDate: null, closedAt: at(4), closedBy: "Pat (Council)", entries: [{ organisation: "Riverside CVS", response: "consent", comment: null, by, at: at(3) }] });
      const v = {
        id: id(), planId: w.planId, kind: "agreed" as const, name: "Agreed", createdAt: at(4), createdBy: w.stays.id, state: Uint8Array.of(1, 2, 3),
        snapshot: '{"sections":[]}', contentHash: "a".repeat(64), agreementId: id(), signOff: signOff("Sam Gone"),
      };
      await s.versions.create(v);
      await expect(s.versions.redactSignOff(v.id, signOff("Someone"))).rejects.toThrow(/Former member/);
      expect(await s.versions.redactSignOff(v.id, signOff("Former member (Riverside CVS)"))).toBe(true);
      expect(await s.versions.findById(v.id)).toEqual({ ...v, signOff: signOff("Former member (Riverside CVS)") });
      expect(await s.versions.rename(v.id, "Renamed")).toBe(false);
      expect(await s.versions.redactSignOff(id(), signOff("Former member"))).toBe(false);
    });

    it("audit redaction also covers entries about subjects the person acted in (names listed in details)", async () => {
      const w = await world();
      const { s } = w;
      const roundId = id();
      const closed = {
        id: id(), partnershipId: w.partnershipId, planId: w.planId, at: at(5), actorId: w.stays.id, actorName: "Pat", organisation: "Council",
        action: "agreement.closed", subjectType: "agreement", subjectId: roundId,
        details: JSON.stringify({ responses: [{ organisation: "Riverside CVS", by: "Sam Gone" }, { organisation: "Council", by: "Pat" }] }),
      };
      await s.audit.append(closed);
      expect(await s.audit.redactPerson(w.gone.id, "Sam Gone", "Former member (Riverside CVS)")).toBe(0);
      expect(await s.audit.redactPerson(w.gone.id, "Sam Gone", "Former member (Riverside CVS)", [roundId])).toBe(1);
      const got = (await s.audit.listForPlan(w.planId, 10)).find((e) => e.id === closed.id);
      expect(got).toEqual({ ...closed, details: JSON.stringify({ responses: [{ organisation: "Riverside CVS", by: "Former member (Riverside CVS)" }, { organisation: "Council", by: "Pat" }] }) });
    });
  });
}
