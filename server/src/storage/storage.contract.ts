import crypto from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Role } from "@jigsaw/shared/domain/role";
import { DuplicateError, InvariantError, RevisionConflictError } from "../domain/errors.ts";
import type { InviteRecord } from "../domain/invite.ts";
import type { MembershipRecord } from "../domain/membership.ts";
import type { OutcomeExtensionAction, OutcomeExtensionItemRecord } from "../domain/outcomeExtension.ts";
import type { OutcomeExtensionWrite, Storage } from "./types.ts";
import type { PartnershipRecord } from "../domain/partnership.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { SessionRecord } from "../domain/session.ts";
import type { UserRecord } from "../domain/user.ts";
import { commentStorageContract } from "./commentStorage.contract.ts";
import { historyStorageContract } from "./historyStorage.contract.ts";
import { accountStorageContract } from "./accountStorage.contract.ts";

/**
 * The storage port's contract. Every adapter runs this suite unchanged:
 * `storageContract("embedded", () => createEmbeddedStorage(":memory:"))`.
 *
 * `makeStorage` is called before each test; `cleanup` after each (default:
 * `storage.close()`). Every id and email is random, so adapters may share one
 * database between tests.
 */
export function storageContract(
  name: string,
  makeStorage: () => Promise<Storage>,
  cleanup: (storage: Storage) => Promise<void> = (s) => s.close(),
): void {
  describe(`storage contract: ${name}`, () => {
    let s: Storage;
    beforeEach(async () => {
      s = await makeStorage();
    });
    afterEach(async () => {
      await cleanup(s);
    });

    // ---------------------------------------------------------------- helpers
    const id = () => crypto.randomBytes(9).toString("base64url");
    const BASE = Date.parse("2026-03-02T09:00:00.000Z");
    /** An ISO time `minutes` after a fixed base. */
    const at = (minutes = 0) => new Date(BASE + minutes * 60_000).toISOString();
    const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

    async function user(overrides: Partial<UserRecord> = {}): Promise<UserRecord> {
      const u: UserRecord = {
        id: id(),
        email: `${id().toLowerCase()}@example.org`,
        displayName: "Pat Example",
        passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
        createdAt: at(),
        emailVerifiedAt: null,
        totpSecret: null,
        totpLastStep: null,
        erasedAt: null,
        ...overrides,
      };
      await s.users.create(u);
      return u;
    }

    function membership(partnershipId: string, userId: string, role: Role = "facilitator", minutes = 0): MembershipRecord {
      return { partnershipId, userId, organisation: "Riverside ICB", sector: "nhs", role, joinedAt: at(minutes), updatedAt: at(minutes) };
    }

    async function partnership(founderId: string, overrides: Partial<PartnershipRecord> = {}): Promise<PartnershipRecord> {
      const p: PartnershipRecord = {
        id: id(),
        name: "Riverside Place Partnership",
        place: "Riverside",
        description: "Working together",
        createdAt: at(),
        createdBy: founderId,
        twoFactorRequiredAt: null,
        ...overrides,
      };
      await s.partnerships.createWithFounder(p, membership(p.id, founderId));
      return p;
    }

    /** A partnership with a facilitator and extra members of the given roles. */
    async function team(...roles: Role[]) {
      const founder = await user();
      const p = await partnership(founder.id);
      const members: UserRecord[] = [];
      for (const role of roles) {
        const u = await user();
        const inv = invite(p.id, founder.id, { role });
        await s.invites.create(inv);
        await s.invites.accept(inv.id, membership(p.id, u.id, role, 1));
        members.push(u);
      }
      return { founder, p, members };
    }

    function invite(partnershipId: string, createdBy: string, overrides: Partial<InviteRecord> = {}): InviteRecord {
      return {
        id: id(),
        partnershipId,
        tokenHash: crypto.randomBytes(32).toString("hex"),
        role: "editor",
        organisation: null,
        sector: null,
        createdBy,
        createdAt: at(),
        expiresAt: at(7 * 24 * 60),
        acceptedAt: null,
        acceptedBy: null,
        revokedAt: null,
        ...overrides,
      };
    }

    function plan(partnershipId: string, createdBy: string, overrides: Partial<PlanRecord> = {}): PlanRecord {
      return {
        id: id(),
        partnershipId,
        title: "Place plan",
        template: "place_plan",
        archivedAt: null,
        createdAt: at(),
        createdBy,
        lastActivityAt: at(),
        ...overrides,
      };
    }

    async function rejection(p: Promise<unknown>): Promise<unknown> {
      try {
        await p;
      } catch (err) {
        return err;
      }
      throw new Error("expected the promise to reject");
    }

    function bytes(...values: number[]): Uint8Array {
      return Uint8Array.from(values);
    }

    // ------------------------------------------------------------------ store
    it("is healthy and says what kind it is", async () => {
      expect(await s.healthy()).toBe(true);
      expect(["embedded", "mongo"]).toContain(s.kind);
    });

    // ------------------------------------------------------------------ users
    commentStorageContract(() => s);
    historyStorageContract(() => s);
    accountStorageContract(() => s);

    describe("users", () => {
      it("creates and finds a user by id and by email, unchanged", async () => {
        const u = await user({ displayName: "Amara Okafor" });
        expect(await s.users.findById(u.id)).toEqual(u);
        expect(await s.users.findByEmail(u.email)).toEqual(u);
        const found = (await s.users.findById(u.id))!;
        expect(typeof found.id).toBe("string");
        expect(found.createdAt).toMatch(ISO);
      });

      it("returns null for unknown ids and emails", async () => {
        expect(await s.users.findById(id())).toBeNull();
        expect(await s.users.findByEmail(`${id()}@nowhere.example`)).toBeNull();
      });

      it("rejects a duplicate email with DuplicateError('email') and keeps the first account", async () => {
        const u = await user();
        const err = await rejection(s.users.create({ ...u, id: id(), displayName: "Impostor" }));
        expect(err).toBeInstanceOf(DuplicateError);
        expect((err as DuplicateError).field).toBe("email");
        expect(await s.users.findByEmail(u.email)).toEqual(u);
      });

      it("updates a display name", async () => {
        const u = await user();
        await s.users.updateDisplayName(u.id, "New Name");
        expect((await s.users.findById(u.id))!.displayName).toBe("New Name");
      });
    });

    // --------------------------------------------------------------- sessions
    describe("sessions", () => {
      function session(userId: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
        return {
          id: crypto.randomBytes(32).toString("hex"),
          userId,
          createdAt: at(),
          lastSeenAt: at(),
          expiresAt: at(30 * 24 * 60),
          ...overrides,
        };
      }

      it("creates, finds, touches and deletes", async () => {
        const u = await user();
        const sess = session(u.id);
        await s.sessions.create(sess);
        expect(await s.sessions.findById(sess.id)).toEqual(sess);
        await s.sessions.touch(sess.id, at(5));
        expect(await s.sessions.findById(sess.id)).toEqual({ ...sess, lastSeenAt: at(5) });
        await s.sessions.delete(sess.id);
        expect(await s.sessions.findById(sess.id)).toBeNull();
      });

      it("deleteAllForUser ends only that user's sessions and counts them", async () => {
        const a = await user();
        const b = await user();
        const a1 = session(a.id);
        const a2 = session(a.id);
        const b1 = session(b.id);
        for (const x of [a1, a2, b1]) await s.sessions.create(x);
        expect(await s.sessions.deleteAllForUser(a.id)).toBe(2);
        expect(await s.sessions.findById(a1.id)).toBeNull();
        expect(await s.sessions.findById(a2.id)).toBeNull();
        expect(await s.sessions.findById(b1.id)).toEqual(b1);
        expect(await s.sessions.deleteAllForUser(a.id)).toBe(0);
      });

      it("deleteExpired removes absolutely expired and idle sessions only", async () => {
        const u = await user();
        const now = at(100);
        const idleBefore = at(40);
        const expired = session(u.id, { expiresAt: at(99), lastSeenAt: at(90) });
        const idle = session(u.id, { lastSeenAt: at(30) });
        const fresh = session(u.id, { lastSeenAt: at(60) });
        for (const x of [expired, idle, fresh]) await s.sessions.create(x);
        expect(await s.sessions.deleteExpired(now, idleBefore)).toBe(2);
        expect(await s.sessions.findById(expired.id)).toBeNull();
        expect(await s.sessions.findById(idle.id)).toBeNull();
        expect(await s.sessions.findById(fresh.id)).toEqual(fresh);
      });
    });

    // ----------------------------------------------------------- partnerships
    describe("partnerships", () => {
      it("createWithFounder stores the partnership and its facilitator", async () => {
        const u = await user();
        const p = await partnership(u.id, { description: "" });
        expect(await s.partnerships.findById(p.id)).toEqual(p);
        expect(await s.memberships.find(p.id, u.id)).toEqual(membership(p.id, u.id));
        expect(await s.partnerships.findById(id())).toBeNull();
      });

      it("createWithFounder is atomic: if the founder cannot be written, no partnership exists", async () => {
        const u = await user();
        const existing = await partnership(u.id);
        const p: PartnershipRecord = { id: id(), name: "Half", place: "Nowhere", description: "", createdAt: at(), createdBy: u.id };
        // The founder row duplicates an existing membership, so it must fail after the partnership write.
        await rejection(s.partnerships.createWithFounder(p, membership(existing.id, u.id)));
        expect(await s.partnerships.findById(p.id)).toBeNull();
        expect((await s.partnerships.listForUser(u.id)).map((r) => r.partnership.id)).toEqual([existing.id]);
      });

      it("createWithFounder with a taken id rejects and changes nothing", async () => {
        const u = await user();
        const other = await user();
        const p = await partnership(u.id);
        await rejection(s.partnerships.createWithFounder({ ...p, name: "Overwritten" }, membership(p.id, other.id)));
        expect(await s.partnerships.findById(p.id)).toEqual(p);
        expect(await s.memberships.find(p.id, other.id)).toBeNull();
      });

      it("updates name, place and description", async () => {
        const u = await user();
        const p = await partnership(u.id);
        await s.partnerships.update(p.id, { name: "Renamed" });
        expect(await s.partnerships.findById(p.id)).toEqual({ ...p, name: "Renamed" });
        await s.partnerships.update(p.id, { place: "Northfield", description: "New" });
        expect(await s.partnerships.findById(p.id)).toEqual({ ...p, name: "Renamed", place: "Northfield", description: "New" });
      });

      it("listForUser returns exactly the user's partnerships with their membership", async () => {
        const { founder, p, members } = await team("viewer");
        const mine = await partnership(founder.id, { name: "Another" });
        await partnership((await user()).id, { name: "Not theirs" });
        const founderList = await s.partnerships.listForUser(founder.id);
        expect(founderList.map((r) => r.partnership.id).sort()).toEqual([p.id, mine.id].sort());
        for (const row of founderList) {
          expect(row.membership).toEqual(membership(row.partnership.id, founder.id));
          expect(row.partnership).toEqual(await s.partnerships.findById(row.partnership.id));
        }
        const viewerList = await s.partnerships.listForUser(members[0]!.id);
        expect(viewerList).toEqual([{ partnership: p, membership: membership(p.id, members[0]!.id, "viewer", 1) }]);
        expect(await s.partnerships.listForUser((await user()).id)).toEqual([]);
      });
    });

    // ------------------------------------------------------------ memberships
    describe("memberships", () => {
      it("lists members with their display name and email", async () => {
        const { founder, p, members } = await team("editor", "commenter");
        const list = await s.memberships.listMembers(p.id);
        expect(list).toHaveLength(3);
        const byId = new Map(list.map((m) => [m.userId, m]));
        expect(byId.get(founder.id)).toEqual({ ...membership(p.id, founder.id), displayName: founder.displayName, email: founder.email });
        expect(byId.get(members[0]!.id)!.role).toBe("editor");
        expect(byId.get(members[1]!.id)!.role).toBe("commenter");
        expect(byId.get(members[1]!.id)!.email).toBe(members[1]!.email);
      });

      it("update changes role, organisation and sector and returns the record", async () => {
        const { p, members } = await team("viewer");
        const uid = members[0]!.id;
        const updated = await s.memberships.update(p.id, uid, { role: "editor", organisation: "Riverside CVS", sector: "voluntary" }, at(10));
        const expected = { ...membership(p.id, uid, "viewer", 1), role: "editor", organisation: "Riverside CVS", sector: "voluntary", updatedAt: at(10) };
        expect(updated).toEqual(expected);
        expect(await s.memberships.find(p.id, uid)).toEqual(expected);
        // Fields left out of the patch are kept.
        const again = await s.memberships.update(p.id, uid, { organisation: "Riverside CVS Ltd" }, at(11));
        expect(again).toEqual({ ...expected, organisation: "Riverside CVS Ltd", updatedAt: at(11) });
      });

      it("update of a missing membership returns null", async () => {
        const { p } = await team();
        expect(await s.memberships.update(p.id, id(), { role: "viewer" }, at(1))).toBeNull();
      });

      it("refuses to demote the last facilitator with InvariantError('last_facilitator'), writing nothing", async () => {
        const { founder, p } = await team("editor");
        const err = await rejection(s.memberships.update(p.id, founder.id, { role: "editor", organisation: "Changed" }, at(5)));
        expect(err).toBeInstanceOf(InvariantError);
        expect((err as InvariantError).invariant).toBe("last_facilitator");
        expect(await s.memberships.find(p.id, founder.id)).toEqual(membership(p.id, founder.id));
      });

      it("the last facilitator may still change their organisation", async () => {
        const { founder, p } = await team();
        const updated = await s.memberships.update(p.id, founder.id, { organisation: "Council" }, at(2));
        expect(updated?.organisation).toBe("Council");
        expect(updated?.role).toBe("facilitator");
      });

      it("demotes a facilitator when another remains", async () => {
        const { founder, p, members } = await team("facilitator");
        expect((await s.memberships.update(p.id, founder.id, { role: "viewer" }, at(3)))?.role).toBe("viewer");
        // Now the other one is the last.
        const err = await rejection(s.memberships.update(p.id, members[0]!.id, { role: "viewer" }, at(4)));
        expect((err as InvariantError).invariant).toBe("last_facilitator");
      });

      it("remove deletes a membership, reports whether it existed, and keeps the last facilitator", async () => {
        const { founder, p, members } = await team("commenter");
        expect(await s.memberships.remove(p.id, members[0]!.id)).toBe(true);
        expect(await s.memberships.find(p.id, members[0]!.id)).toBeNull();
        expect(await s.memberships.remove(p.id, members[0]!.id)).toBe(false);
        const err = await rejection(s.memberships.remove(p.id, founder.id));
        expect(err).toBeInstanceOf(InvariantError);
        expect((err as InvariantError).invariant).toBe("last_facilitator");
        expect(await s.memberships.find(p.id, founder.id)).not.toBeNull();
      });

      it("a facilitator can leave when another facilitator remains", async () => {
        const { founder, p, members } = await team("facilitator");
        expect(await s.memberships.remove(p.id, founder.id)).toBe(true);
        expect((await s.memberships.listMembers(p.id)).map((m) => m.userId)).toEqual([members[0]!.id]);
      });

      it("concurrent demotions of the last two facilitators leave one facilitator", async () => {
        const { founder, p, members } = await team("facilitator");
        const results = await Promise.allSettled([
          s.memberships.update(p.id, founder.id, { role: "editor" }, at(5)),
          s.memberships.update(p.id, members[0]!.id, { role: "editor" }, at(5)),
        ]);
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        const roles = (await s.memberships.listMembers(p.id)).map((m) => m.role).sort();
        expect(roles).toEqual(["editor", "facilitator"]);
      });
    });

    // ---------------------------------------------------------------- invites
    describe("invites", () => {
      it("creates and finds by id, token hash and partnership", async () => {
        const { founder, p } = await team();
        const a = invite(p.id, founder.id, { organisation: "Riverside CVS", sector: "voluntary", role: "commenter" });
        const b = invite(p.id, founder.id);
        await s.invites.create(a);
        await s.invites.create(b);
        expect(await s.invites.findById(a.id)).toEqual(a);
        expect(await s.invites.findByTokenHash(a.tokenHash)).toEqual(a);
        expect(await s.invites.findByTokenHash("0".repeat(64))).toBeNull();
        expect(await s.invites.findById(id())).toBeNull();
        const list = await s.invites.listForPartnership(p.id);
        expect(list.map((i) => i.id).sort()).toEqual([a.id, b.id].sort());
        expect(await s.invites.listForPartnership(id())).toEqual([]);
      });

      it("revoke marks the invite revoked", async () => {
        const { founder, p } = await team();
        const inv = invite(p.id, founder.id);
        await s.invites.create(inv);
        await s.invites.revoke(inv.id, at(3));
        expect(await s.invites.findById(inv.id)).toEqual({ ...inv, revokedAt: at(3) });
      });

      it("accept marks the invite used and creates the membership", async () => {
        const { founder, p } = await team();
        const u = await user();
        const inv = invite(p.id, founder.id, { role: "commenter" });
        await s.invites.create(inv);
        const m = membership(p.id, u.id, "commenter", 2);
        await s.invites.accept(inv.id, m);
        expect(await s.memberships.find(p.id, u.id)).toEqual(m);
        expect(await s.invites.findById(inv.id)).toEqual({ ...inv, acceptedAt: m.joinedAt, acceptedBy: u.id });
      });

      const refusals: Array<{ why: string; invariant: InvariantError["invariant"]; setup: (inv: InviteRecord) => Partial<InviteRecord> }> = [
        { why: "already used", invariant: "invite_used", setup: () => ({}) },
        { why: "revoked", invariant: "invite_used", setup: () => ({ revokedAt: at(1) }) },
        { why: "expired", invariant: "invite_used", setup: () => ({ expiresAt: at(1) }) },
      ];
      for (const r of refusals) {
        it(`accept of an ${r.why} invite fails with InvariantError('${r.invariant}') and writes nothing`, async () => {
          const { founder, p } = await team();
          const first = await user();
          const u = await user();
          const inv = invite(p.id, founder.id, r.setup(invite(p.id, founder.id)));
          await s.invites.create(inv);
          let before = inv;
          if (r.why === "already used") {
            await s.invites.accept(inv.id, membership(p.id, first.id, "editor", 2));
            before = (await s.invites.findById(inv.id))!;
          }
          const err = await rejection(s.invites.accept(inv.id, membership(p.id, u.id, "editor", 3)));
          expect(err).toBeInstanceOf(InvariantError);
          expect((err as InvariantError).invariant).toBe(r.invariant);
          expect(await s.memberships.find(p.id, u.id)).toBeNull();
          expect(await s.invites.findById(inv.id)).toEqual(before);
        });
      }

      it("accept by an existing member fails with InvariantError('already_member') and leaves the invite usable", async () => {
        const { founder, p, members } = await team("viewer");
        const inv = invite(p.id, founder.id, { role: "editor" });
        await s.invites.create(inv);
        const err = await rejection(s.invites.accept(inv.id, membership(p.id, members[0]!.id, "editor", 3)));
        expect(err).toBeInstanceOf(InvariantError);
        expect((err as InvariantError).invariant).toBe("already_member");
        expect(await s.invites.findById(inv.id)).toEqual(inv);
        expect((await s.memberships.find(p.id, members[0]!.id))!.role).toBe("viewer");
      });

      it("two concurrent accepts of one invite: exactly one member joins", async () => {
        const { founder, p } = await team();
        const a = await user();
        const b = await user();
        const inv = invite(p.id, founder.id);
        await s.invites.create(inv);
        const results = await Promise.allSettled([
          s.invites.accept(inv.id, membership(p.id, a.id, "editor", 2)),
          s.invites.accept(inv.id, membership(p.id, b.id, "editor", 2)),
        ]);
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        const joined = [await s.memberships.find(p.id, a.id), await s.memberships.find(p.id, b.id)].filter(Boolean);
        expect(joined).toHaveLength(1);
        expect((await s.invites.findById(inv.id))!.acceptedBy).toBe(joined[0]!.userId);
      });
    });

    // ------------------------------------------------------------------ plans
    describe("plans", () => {
      it("create stores the metadata and the initial document state together", async () => {
        const { founder, p } = await team();
        const pl = plan(p.id, founder.id, { template: "jhws" });
        const state = bytes(1, 2, 3, 250, 0, 7);
        await s.plans.create(pl, state);
        expect(await s.plans.findById(pl.id)).toEqual(pl);
        const doc = await s.docs.load(pl.id);
        expect(doc).not.toBeNull();
        expect(doc!.snapshot).toBeInstanceOf(Uint8Array);
        expect(Array.from(doc!.snapshot!)).toEqual(Array.from(state));
        expect(doc!.snapshotSeq).toBe(0);
        expect(doc!.updates).toEqual([]);
        expect(await s.docs.logLength(pl.id)).toBe(0);
        expect(await s.plans.findById(id())).toBeNull();
      });

      it("create with a taken id rejects and leaves the first plan and its document alone", async () => {
        const { founder, p } = await team();
        const pl = plan(p.id, founder.id);
        await s.plans.create(pl, bytes(1));
        await rejection(s.plans.create({ ...pl, title: "Second" }, bytes(2)));
        expect(await s.plans.findById(pl.id)).toEqual(pl);
        expect(Array.from((await s.docs.load(pl.id))!.snapshot!)).toEqual([1]);
      });

      it("lists a partnership's plans: active first, most recent activity first", async () => {
        const { founder, p } = await team();
        const other = await partnership(founder.id);
        const old = plan(p.id, founder.id, { title: "Old", lastActivityAt: at(1) });
        const recent = plan(p.id, founder.id, { title: "Recent", lastActivityAt: at(30) });
        const middle = plan(p.id, founder.id, { title: "Middle", lastActivityAt: at(10) });
        const archived = plan(p.id, founder.id, { title: "Archived", archivedAt: at(40), lastActivityAt: at(50) });
        const elsewhere = plan(other.id, founder.id);
        for (const x of [old, recent, middle, archived, elsewhere]) await s.plans.create(x, bytes(0));
        expect((await s.plans.listForPartnership(p.id)).map((x) => x.title)).toEqual(["Recent", "Middle", "Old", "Archived"]);
        expect(await s.plans.listForPartnership(other.id)).toEqual([elsewhere]);
      });

      it("update renames, archives and unarchives", async () => {
        const { founder, p } = await team();
        const pl = plan(p.id, founder.id);
        await s.plans.create(pl, bytes(0));
        await s.plans.update(pl.id, { title: "Renamed" });
        expect(await s.plans.findById(pl.id)).toEqual({ ...pl, title: "Renamed" });
        await s.plans.update(pl.id, { archivedAt: at(9) });
        expect(await s.plans.findById(pl.id)).toEqual({ ...pl, title: "Renamed", archivedAt: at(9) });
        await s.plans.update(pl.id, { archivedAt: null });
        expect(await s.plans.findById(pl.id)).toEqual({ ...pl, title: "Renamed", archivedAt: null });
      });

      it("touchActivity moves last activity forward, never back", async () => {
        const { founder, p } = await team();
        const pl = plan(p.id, founder.id, { lastActivityAt: at(10) });
        await s.plans.create(pl, bytes(0));
        await s.plans.touchActivity(pl.id, at(20));
        expect((await s.plans.findById(pl.id))!.lastActivityAt).toBe(at(20));
        await s.plans.touchActivity(pl.id, at(15));
        expect((await s.plans.findById(pl.id))!.lastActivityAt).toBe(at(20));
      });
    });

    // ------------------------------------------------------------------- docs
    describe("doc store", () => {
      it("load of an unknown document is null and its log is empty", async () => {
        expect(await s.docs.load(id())).toBeNull();
        expect(await s.docs.logLength(id())).toBe(0);
      });

      it("append assigns increasing seqs, keeps bytes, author and time", async () => {
        const doc = id();
        const u = await user();
        expect(await s.docs.append(doc, [{ data: bytes(1, 1), userId: u.id }], at(1))).toBe(1);
        expect(await s.docs.append(doc, [{ data: bytes(2), userId: null }], at(2))).toBe(2);
        const loaded = (await s.docs.load(doc))!;
        expect(loaded.snapshot).toBeNull();
        expect(loaded.snapshotSeq).toBe(0);
        expect(loaded.updates).toEqual([
          { seq: 1, data: bytes(1, 1), userId: u.id, createdAt: at(1) },
          { seq: 2, data: bytes(2), userId: null, createdAt: at(2) },
        ]);
        for (const up of loaded.updates) expect(up.data).toBeInstanceOf(Uint8Array);
        expect(await s.docs.logLength(doc)).toBe(2);
      });

      it("a group append is one batch of consecutive seqs and returns the last", async () => {
        const doc = id();
        await s.docs.append(doc, [{ data: bytes(9), userId: null }], at(0));
        const last = await s.docs.append(
          doc,
          [
            { data: bytes(10), userId: "a" },
            { data: bytes(11), userId: "b" },
            { data: bytes(12), userId: null },
          ],
          at(1),
        );
        expect(last).toBe(4);
        const loaded = (await s.docs.load(doc))!;
        expect(loaded.updates.map((u) => [u.seq, u.data[0], u.userId])).toEqual([
          [1, 9, null],
          [2, 10, "a"],
          [3, 11, "b"],
          [4, 12, null],
        ]);
      });

      it("stores exactly the bytes of a Uint8Array view, not its whole buffer", async () => {
        const doc = id();
        const whole = bytes(0, 1, 2, 3, 4, 5, 6, 7);
        await s.docs.append(doc, [{ data: whole.subarray(2, 5), userId: null }], at(0));
        expect(Array.from((await s.docs.load(doc))!.updates[0]!.data)).toEqual([2, 3, 4]);
      });

      it("documents are independent", async () => {
        const a = id();
        const b = id();
        await s.docs.append(a, [{ data: bytes(1), userId: null }], at(0));
        await s.docs.append(a, [{ data: bytes(2), userId: null }], at(0));
        expect(await s.docs.append(b, [{ data: bytes(3), userId: null }], at(0))).toBe(1);
        expect(await s.docs.logLength(a)).toBe(2);
        expect(await s.docs.logLength(b)).toBe(1);
      });

      it("concurrent appends never share a seq", async () => {
        const doc = id();
        const lasts = await Promise.all(
          Array.from({ length: 20 }, (_, i) => s.docs.append(doc, [{ data: bytes(i), userId: null }, { data: bytes(i), userId: null }], at(i))),
        );
        expect(new Set(lasts).size).toBe(20);
        const seqs = (await s.docs.load(doc))!.updates.map((u) => u.seq);
        expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      });

      it("load returns the snapshot and only the updates after it", async () => {
        const { founder, p } = await team();
        const pl = plan(p.id, founder.id);
        await s.plans.create(pl, bytes(100));
        for (let i = 1; i <= 5; i++) await s.docs.append(pl.id, [{ data: bytes(i), userId: founder.id }], at(i));
        await s.docs.compact(pl.id, bytes(200, 3), 3, []);
        const loaded = (await s.docs.load(pl.id))!;
        expect(Array.from(loaded.snapshot!)).toEqual([200, 3]);
        expect(loaded.snapshotSeq).toBe(3);
        expect(loaded.updates.map((u) => u.seq)).toEqual([4, 5]);
        expect(await s.docs.logLength(pl.id)).toBe(2);
      });

      it("seqs keep increasing after compaction (no reuse)", async () => {
        const doc = id();
        await s.docs.append(doc, [{ data: bytes(1), userId: null }, { data: bytes(2), userId: null }], at(0));
        await s.docs.compact(doc, bytes(42), 2, []);
        expect(await s.docs.logLength(doc)).toBe(0);
        expect(await s.docs.append(doc, [{ data: bytes(3), userId: null }], at(1))).toBe(3);
        const loaded = (await s.docs.load(doc))!;
        expect(loaded.snapshotSeq).toBe(2);
        expect(loaded.updates.map((u) => u.seq)).toEqual([3]);
      });

      it("a stale compaction (lower uptoSeq) is ignored", async () => {
        const doc = id();
        for (let i = 1; i <= 6; i++) await s.docs.append(doc, [{ data: bytes(i), userId: null }], at(i));
        await s.docs.compact(doc, bytes(4, 4), 4, []);
        await s.docs.compact(doc, bytes(2, 2), 2, []);
        const loaded = (await s.docs.load(doc))!;
        expect(Array.from(loaded.snapshot!)).toEqual([4, 4]);
        expect(loaded.snapshotSeq).toBe(4);
        expect(loaded.updates.map((u) => u.seq)).toEqual([5, 6]);
        expect(await s.docs.logLength(doc)).toBe(2);
      });

      it("compaction records who owns the pruned updates' client ids (first writer wins) and load returns them", async () => {
        const doc = id();
        const other = id();
        const [a, b] = [id(), id()];
        // a new document has no recorded owners
        await s.docs.append(doc, [{ data: bytes(1), userId: a }, { data: bytes(2), userId: b }, { data: bytes(3), userId: a }], at(1));
        expect((await s.docs.load(doc))!.owners).toEqual([]);
        await s.docs.compact(doc, bytes(50), 2, [{ clientId: 4_000_000_000, userId: b }, { clientId: 7, userId: a }]);
        const loaded = (await s.docs.load(doc))!;
        expect(loaded.updates.map((u) => u.seq)).toEqual([3]);
        expect(loaded.owners).toEqual([{ clientId: 7, userId: a }, { clientId: 4_000_000_000, userId: b }]);
        // a later compaction adds owners and never replaces one (b cannot take over client 7)
        await s.docs.compact(doc, bytes(51), 3, [{ clientId: 7, userId: b }, { clientId: 12, userId: b }]);
        expect((await s.docs.load(doc))!.owners).toEqual([
          { clientId: 7, userId: a },
          { clientId: 12, userId: b },
          { clientId: 4_000_000_000, userId: b },
        ]);
        // a stale compaction changes no snapshot but still records its owners
        await s.docs.compact(doc, bytes(49), 1, [{ clientId: 3, userId: a }]);
        const after = (await s.docs.load(doc))!;
        expect(Array.from(after.snapshot!)).toEqual([51]);
        expect(after.snapshotSeq).toBe(3);
        expect(after.owners.map((o) => o.clientId)).toEqual([3, 7, 12, 4_000_000_000]);
        // one record per client id, shared with the visits' attribution, per document
        await s.visits.recordClientOwners(doc, [{ clientId: 12, userId: a }, { clientId: 20, userId: a }]);
        expect(await s.visits.clientOwners(doc)).toEqual((await s.docs.load(doc))!.owners);
        expect((await s.docs.load(doc))!.owners).toContainEqual({ clientId: 20, userId: a });
        expect((await s.docs.load(doc))!.owners).toContainEqual({ clientId: 12, userId: b });
        await s.docs.append(other, [{ data: bytes(9), userId: b }], at(2));
        expect((await s.docs.load(other))!.owners).toEqual([]);
      });

      it("compaction racing appends loses nothing: snapshot seq + log cover every update", async () => {
        const doc = id();
        for (let i = 1; i <= 4; i++) await s.docs.append(doc, [{ data: bytes(i), userId: null }], at(i));
        await Promise.all([
          s.docs.compact(doc, bytes(99), 4, []),
          s.docs.append(doc, [{ data: bytes(5), userId: null }], at(5)),
          s.docs.append(doc, [{ data: bytes(6), userId: null }], at(6)),
        ]);
        const loaded = (await s.docs.load(doc))!;
        expect(loaded.snapshotSeq).toBe(4);
        expect(loaded.updates.map((u) => u.seq)).toEqual([5, 6]);
        expect(Array.from(loaded.snapshot!)).toEqual([99]);
      });
    });

    // ------------------------------------------------------- outcome extensions
    describe("outcome extensions", () => {
      function ext(partnershipId: string, itemId: string, by: string, overrides: Partial<OutcomeExtensionItemRecord> = {}): OutcomeExtensionItemRecord {
        return {
          partnershipId,
          itemId,
          kind: "term",
          data: JSON.stringify({ id: itemId, label: "Thriving Riverside" }),
          createdAt: at(1),
          createdBy: by,
          updatedAt: at(1),
          updatedBy: by,
          retiredAt: null,
          retiredBy: null,
          ...overrides,
        };
      }
      function write(item: OutcomeExtensionItemRecord, action: OutcomeExtensionAction = "create", actorId = item.updatedBy, minutes = 1): OutcomeExtensionWrite {
        return { item, change: { actorId, action, itemKind: item.kind, itemId: item.itemId, label: "Thriving Riverside", fields: action === "update" ? "label" : "", at: at(minutes) } };
      }

      it("a partnership with no extensions is at revision 0 with no items and no changes", async () => {
        const { p } = await team();
        expect(await s.outcomeExtensions.load(p.id)).toEqual({ revision: 0, items: [] });
        expect(await s.outcomeExtensions.listChanges(p.id, 10)).toEqual([]);
      });

      it("apply stores items with their audit entries and returns the new revision", async () => {
        const { founder, p } = await team();
        const term = ext(p.id, "local:thriving-riverside", founder.id);
        const link = ext(p.id, "local:link-1", founder.id, { kind: "link", data: "{\"id\":\"local:link-1\"}" });
        expect(await s.outcomeExtensions.apply(p.id, 0, [write(term)])).toBe(1);
        expect(await s.outcomeExtensions.apply(p.id, 1, [write(link, "create", founder.id, 2)])).toBe(2);
        const state = await s.outcomeExtensions.load(p.id);
        expect(state).toEqual({ revision: 2, items: [term, link] });
        const changes = await s.outcomeExtensions.listChanges(p.id, 10);
        expect(changes.map((c) => [c.seq, c.action, c.itemKind, c.itemId, c.actorId, c.at])).toEqual([
          [2, "create", "link", "local:link-1", founder.id, at(2)],
          [1, "create", "term", "local:thriving-riverside", founder.id, at(1)],
        ]);
        expect(changes[1]).toEqual({ partnershipId: p.id, seq: 1, actorId: founder.id, action: "create", itemKind: "term", itemId: "local:thriving-riverside", label: "Thriving Riverside", fields: "", at: at(1) });
        expect(await s.outcomeExtensions.listChanges(p.id, 1)).toHaveLength(1);
      });

      it("update and retire replace the item but keep its creation time, creator and position", async () => {
        const { founder, p, members } = await team("facilitator");
        const other = members[0]!;
        const a = ext(p.id, "local:a", founder.id);
        const b = ext(p.id, "local:b", founder.id);
        await s.outcomeExtensions.apply(p.id, 0, [write(a), write(b)]);
        const edited = { ...a, data: JSON.stringify({ id: "local:a", label: "Edited" }), updatedAt: at(5), updatedBy: other.id };
        expect(await s.outcomeExtensions.apply(p.id, 2, [write(edited, "update", other.id, 5)])).toBe(3);
        const retired = { ...edited, retiredAt: at(6), retiredBy: other.id, updatedAt: at(6) };
        await s.outcomeExtensions.apply(p.id, 3, [write(retired, "retire", other.id, 6)]);
        const state = await s.outcomeExtensions.load(p.id);
        expect(state.revision).toBe(4);
        expect(state.items).toEqual([retired, b]);
        expect((await s.outcomeExtensions.listChanges(p.id, 10)).map((c) => `${c.seq}:${c.action}:${c.itemId}:${c.actorId === other.id ? "other" : "founder"}:${c.fields}`)).toEqual([
          "4:retire:local:a:other:",
          "3:update:local:a:other:label",
          "2:create:local:b:founder:",
          "1:create:local:a:founder:",
        ]);
      });

      it("a write at a stale revision rejects and writes nothing", async () => {
        const { founder, p } = await team();
        await s.outcomeExtensions.apply(p.id, 0, [write(ext(p.id, "local:a", founder.id))]);
        const err = await rejection(s.outcomeExtensions.apply(p.id, 0, [write(ext(p.id, "local:b", founder.id))]));
        expect(err).toBeInstanceOf(RevisionConflictError);
        const err2 = await rejection(s.outcomeExtensions.apply(p.id, 5, [write(ext(p.id, "local:c", founder.id))]));
        expect(err2).toBeInstanceOf(RevisionConflictError);
        const state = await s.outcomeExtensions.load(p.id);
        expect(state.revision).toBe(1);
        expect(state.items.map((i) => i.itemId)).toEqual(["local:a"]);
        expect(await s.outcomeExtensions.listChanges(p.id, 10)).toHaveLength(1);
      });

      it("concurrent writers at the same revision: exactly one wins", async () => {
        const { founder, p } = await team();
        const results = await Promise.allSettled(
          ["local:x", "local:y", "local:z"].map((itemId) => s.outcomeExtensions.apply(p.id, 0, [write(ext(p.id, itemId, founder.id))])),
        );
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(RevisionConflictError);
        const state = await s.outcomeExtensions.load(p.id);
        expect(state.revision).toBe(1);
        expect(state.items).toHaveLength(1);
      });

      it("rejects a write for another partnership's item, and partnerships are independent", async () => {
        const { founder, p } = await team();
        const other = await partnership(founder.id);
        await rejection(s.outcomeExtensions.apply(p.id, 0, [write(ext(other.id, "local:a", founder.id))]));
        expect((await s.outcomeExtensions.load(p.id)).revision).toBe(0);
        await s.outcomeExtensions.apply(p.id, 0, [write(ext(p.id, "local:a", founder.id))]);
        await s.outcomeExtensions.apply(other.id, 0, [write(ext(other.id, "local:a", founder.id, { data: "{}" }))]);
        expect((await s.outcomeExtensions.load(p.id)).items[0]!.data).not.toBe("{}");
        expect((await s.outcomeExtensions.load(other.id)).items[0]!.data).toBe("{}");
        expect(await s.outcomeExtensions.listChanges(other.id, 10)).toHaveLength(1);
      });

      it("the dump carries items and audit entries as flat records with the same fields in every store", async () => {
        // Every real adapter implements whole-installation transfer (npm run data).
        if (!s.transfer) throw new Error("this storage has no transfer: every adapter must implement it");
        const { founder, p } = await team();
        await s.outcomeExtensions.apply(p.id, 0, [write(ext(p.id, "local:a", founder.id))]);
        const items: Record<string, unknown>[] = [];
        const changes: Record<string, unknown>[] = [];
        for await (const r of s.transfer.dump()) {
          if (r.collection === "outcomeExtensionItems" && r.record.partnershipId === p.id) items.push(r.record);
          if (r.collection === "outcomeExtensionChanges" && r.record.partnershipId === p.id) changes.push(r.record);
        }
        expect(items).toHaveLength(1);
        expect(Object.keys(items[0]!).sort()).toEqual(
          ["id", "partnershipId", "itemId", "kind", "data", "createdSeq", "createdAt", "createdBy", "updatedAt", "updatedBy", "retiredAt", "retiredBy"].sort(),
        );
        expect(items[0]).toMatchObject({ id: `${p.id}/local:a`, itemId: "local:a", createdSeq: 1, retiredAt: null });
        expect(Object.keys(changes[0]!).sort()).toEqual(["id", "partnershipId", "seq", "actorId", "action", "itemKind", "itemId", "label", "fields", "at"].sort());
        expect(changes[0]).toMatchObject({ id: `${p.id}/1`, seq: 1, action: "create" });
      });
    });
  });
}
