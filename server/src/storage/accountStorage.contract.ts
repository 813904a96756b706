import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import type { AuthTokenRecord, Storage } from "./types.ts";

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
}
