import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import type { AgreementRound } from "@jigsaw/shared/agreement/schema";
import { InvariantError, RevisionConflictError } from "../domain/errors.ts";
import type { AuditRecord } from "../domain/audit.ts";
import type { PlanRecord } from "../domain/plan.ts";
import type { Storage } from "./types.ts";
import type { VersionRecord } from "../domain/version.ts";

/**
 * Contract of the agreement, version and audit repositories, run by
 * `storage.contract.ts` inside each adapter's suite (`getStorage` returns the
 * store of the current test).
 */
export function historyStorageContract(getStorage: () => Storage): void {
  const id = () => crypto.randomBytes(9).toString("base64url");
  const BASE = Date.parse("2026-03-02T09:00:00.000Z");
  const at = (minutes = 0) => new Date(BASE + minutes * 60_000).toISOString();

  async function plan(): Promise<PlanRecord> {
    const s = getStorage();
    const userId = id();
    await s.users.create({ id: userId, email: `${id().toLowerCase()}@example.org`, displayName: "Pat", passwordHash: "x", createdAt: at() });
    const partnershipId = id();
    await s.partnerships.createWithFounder(
      { id: partnershipId, name: "Riverside", place: "Riverside", description: "", createdAt: at(), createdBy: userId },
      { partnershipId, userId, organisation: "Council", sector: "council", role: "facilitator", joinedAt: at(), updatedAt: at() },
    );
    const p: PlanRecord = { id: id(), partnershipId, title: "Plan", template: "blank", archivedAt: null, createdAt: at(), createdBy: userId, lastActivityAt: at() };
    await s.plans.create(p, Uint8Array.of(0, 0));
    return p;
  }

  function round(p: PlanRecord, minutes = 0): AgreementRound {
    const who = { userId: p.createdBy, displayName: "Pat", organisation: "Council", role: "facilitator" as const };
    return {
      id: id(),
      planId: p.id,
      partnershipId: p.partnershipId,
      title: "Whole plan",
      scope: { kind: "plan" },
      requiredOrganisations: ["ICB"],
      deadline: "2026-03-20",
      status: "open",
      revision: 1,
      proposedBy: who,
      proposedAt: at(minutes),
      responses: [],
      trail: [],
      reasks: [],
      contents: [],
      closeAfterDeadline: false,
      closedBy: null,
      closedAt: null,
      outcome: null,
      reviewDate: null,
      withdrawnReason: null,
      agreedSections: [],
      agreedPlanItems: null,
      agreedContentHash: null,
      versionId: null,
    };
  }

  function version(p: PlanRecord, overrides: Partial<VersionRecord> = {}): VersionRecord {
    return {
      id: id(),
      planId: p.id,
      kind: "named",
      name: "Draft",
      createdAt: at(),
      createdBy: p.createdBy,
      state: Uint8Array.of(1, 2, 3, 250),
      snapshot: '{"sections":[]}',
      contentHash: "a".repeat(64),
      agreementId: null,
      signOff: null,
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

  describe("agreements", () => {
    it("creates, finds and lists rounds newest first, unchanged", async () => {
      const s = getStorage();
      const p = await plan();
      const a = round(p, 0);
      const b = round(p, 5);
      await s.agreements.create(a);
      await s.agreements.create(b);
      expect(await s.agreements.findById(a.id)).toEqual(a);
      expect((await s.agreements.listForPlan(p.id)).map((r) => r.id)).toEqual([b.id, a.id]);
      expect(await s.agreements.findById(id())).toBeNull();
    });

    it("replace is compare-and-set on revision: one of two writers from the same revision wins", async () => {
      const s = getStorage();
      const p = await plan();
      const r = round(p);
      await s.agreements.create(r);
      const who = r.proposedBy;
      const one = { ...r, revision: 2, responses: [{ organisation: "ICB", kind: "consent" as const, comment: null, by: who, at: at(1), contentHash: null }] };
      const two = { ...r, revision: 2, responses: [{ organisation: "ICB", kind: "object" as const, comment: "no", by: who, at: at(1), contentHash: null }] };
      const results = await Promise.allSettled([s.agreements.replace(one, 1), s.agreements.replace(two, 1)]);
      expect(results.filter((x) => x.status === "fulfilled")).toHaveLength(1);
      const lost = results.find((x) => x.status === "rejected") as PromiseRejectedResult;
      expect(lost.reason).toBeInstanceOf(RevisionConflictError);
      expect((await s.agreements.findById(r.id))!.revision).toBe(2);
    });

    it("keeps the response trail, content hashes, re-asks, scope contents and the closing rule unchanged", async () => {
      const s = getStorage();
      const p = await plan();
      const r = round(p);
      await s.agreements.create(r);
      const who = { ...r.proposedBy, organisation: "ICB", role: "editor" as const };
      const objection = { organisation: "ICB", kind: "object" as const, comment: "No carers action", by: who, at: at(1), contentHash: "a".repeat(64) };
      const consent = { organisation: "ICB", kind: "consent" as const, comment: null, by: who, at: at(3), contentHash: "b".repeat(64) };
      const content = { sections: [{ id: "s1", title: "Vision", body: { type: "doc" as const, content: [] }, outcomes: ["PH-01"], actions: [] }], planItems: { indicators: [], risks: [], actions: [] } };
      const next: AgreementRound = {
        ...r,
        revision: 2,
        closeAfterDeadline: true,
        responses: [consent],
        trail: [objection, consent],
        reasks: [{ organisations: ["ICB"], by: r.proposedBy, at: at(2), contentHash: "b".repeat(64) }],
        contents: [{ hash: "a".repeat(64), content }, { hash: "b".repeat(64), content }],
      };
      await s.agreements.replace(next, 1);
      expect(await s.agreements.findById(r.id)).toEqual(next);
      const closed: AgreementRound = { ...next, revision: 3, status: "agreed", closedAt: at(4), closedBy: r.proposedBy, outcome: "ok", agreedSections: content.sections, agreedPlanItems: content.planItems, agreedContentHash: "b".repeat(64) };
      await s.agreements.replace(closed, 2);
      expect((await s.agreements.listForPlan(p.id))[0]).toEqual(closed);
    });

    it("a closed round is never replaced; unknown rounds are not found", async () => {
      const s = getStorage();
      const p = await plan();
      const r = round(p);
      await s.agreements.create(r);
      const closed = { ...r, revision: 2, status: "agreed" as const, outcome: "ok", closedAt: at(2), closedBy: r.proposedBy };
      await s.agreements.replace(closed, 1);
      expect(await rejection(s.agreements.replace({ ...closed, revision: 3, outcome: "changed" }, 2))).toBeInstanceOf(RevisionConflictError);
      expect((await s.agreements.findById(r.id))!.outcome).toBe("ok");
      expect(await rejection(s.agreements.replace({ ...round(p), revision: 2 }, 1))).toBeInstanceOf(InvariantError);
    });

    it("lists the open rounds of every plan, oldest first, and keeps a reminder claim", async () => {
      const s = getStorage();
      const p = await plan();
      const q = await plan();
      const a = round(p, 1);
      const b = round(q, 2);
      const c = round(q, 3);
      for (const r of [a, b, c]) await s.agreements.create(r);
      await s.agreements.replace({ ...c, revision: 2, status: "withdrawn", withdrawnReason: "no" }, 1);
      await s.agreements.replace({ ...a, revision: 2, reminderSentAt: at(4) }, 1);
      const open = (await s.agreements.listOpen()).filter((r) => r.planId === p.id || r.planId === q.id);
      expect(open.map((r) => r.id)).toEqual([a.id, b.id]);
      expect(open[0]!.reminderSentAt).toBe(at(4));
    });
  });

  describe("versions", () => {
    it("stores state and snapshot byte-for-byte; lists newest first without content", async () => {
      const s = getStorage();
      const p = await plan();
      const v1 = version(p, { createdAt: at(1) });
      const v2 = version(p, { createdAt: at(2), kind: "agreed", agreementId: id(), signOff: '{"entries":[]}' });
      await s.versions.create(v1);
      await s.versions.create(v2);
      const found = (await s.versions.findById(v1.id))!;
      expect(found).toEqual(v1);
      expect(found.state).toBeInstanceOf(Uint8Array);
      const list = await s.versions.listForPlan(p.id);
      expect(list.map((v) => v.id)).toEqual([v2.id, v1.id]);
      expect(list[0]).not.toHaveProperty("state");
      expect(list[0]).not.toHaveProperty("snapshot");
      expect(list[1]!.sizeBytes).toBe(4 + v1.snapshot.length);
      expect((await s.versions.latestForPlan(p.id))!.id).toBe(v2.id);
    });

    it("renames non-agreed versions only", async () => {
      const s = getStorage();
      const p = await plan();
      const named = version(p);
      const agreed = version(p, { kind: "agreed", name: "Agreed" });
      await s.versions.create(named);
      await s.versions.create(agreed);
      expect(await s.versions.rename(named.id, "Board draft")).toBe(true);
      expect((await s.versions.findById(named.id))!.name).toBe("Board draft");
      expect(await s.versions.rename(agreed.id, "Changed")).toBe(false);
      expect((await s.versions.findById(agreed.id))!.name).toBe("Agreed");
      expect(await s.versions.rename(id(), "x")).toBe(false);
    });
  });

  describe("audit", () => {
    it("appends and lists a plan's entries newest first, with limit and before", async () => {
      const s = getStorage();
      const p = await plan();
      const entries: AuditRecord[] = [0, 1, 2].map((i) => ({
        id: id(),
        partnershipId: p.partnershipId,
        planId: p.id,
        at: at(i),
        actorId: p.createdBy,
        actorName: "Pat",
        organisation: i === 0 ? null : "Council",
        action: `agreement.step${i}`,
        subjectType: "agreement",
        subjectId: "r1",
        details: JSON.stringify({ i }),
      }));
      for (const e of entries) await s.audit.append(e);
      expect(await s.audit.listForPlan(p.id, 10)).toEqual([...entries].reverse());
      expect((await s.audit.listForPlan(p.id, 2)).map((e) => e.action)).toEqual(["agreement.step2", "agreement.step1"]);
      expect((await s.audit.listForPlan(p.id, 10, at(1))).map((e) => e.action)).toEqual(["agreement.step0"]);
      expect(await s.audit.listForPlan(id(), 10)).toEqual([]);
    });

    it("lists a partnership's entries (plan-less ones included) newest first, with limit and before", async () => {
      const s = getStorage();
      const p = await plan();
      const entries: AuditRecord[] = [0, 1, 2].map((i) => ({
        id: id(),
        partnershipId: p.partnershipId,
        planId: i === 1 ? p.id : null,
        at: at(i),
        actorId: p.createdBy,
        actorName: "Pat",
        organisation: "Council",
        action: i === 1 ? "agreement.responded" : "membership.changed",
        subjectType: i === 1 ? "agreement" : "membership",
        subjectId: "u1",
        details: JSON.stringify({ i }),
      }));
      for (const e of entries) await s.audit.append(e);
      expect(await s.audit.listForPartnership(p.partnershipId, 10)).toEqual([...entries].reverse());
      expect((await s.audit.listForPartnership(p.partnershipId, 1)).map((e) => e.at)).toEqual([at(2)]);
      expect((await s.audit.listForPartnership(p.partnershipId, 10, at(1))).map((e) => e.at)).toEqual([at(0)]);
      expect(await s.audit.listForPartnership(id(), 10)).toEqual([]);
    });
  });
}
