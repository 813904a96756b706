import { describe, expect, it } from "vitest";
import { canComment, type CommentAbility } from "./comment.ts";
import { actorFor, PARTNERSHIP_A, SUBJECTS, type Subject } from "./policyFixtures.ts";

const plan = { partnershipId: PARTNERSHIP_A, archivedAt: null };
const archived = { partnershipId: PARTNERSHIP_A, archivedAt: "2026-01-01T00:00:00.000Z" };
const comment = (authorId: string, deletedAt: string | null = null) => ({ authorId, deletedAt, partnershipId: PARTNERSHIP_A });

const MEMBERS: Subject[] = ["facilitator", "editor", "commenter", "viewer"];
const ABILITIES: CommentAbility[] = ["read", "reply", "edit", "delete", "resolve", "reopen", "react"];

/** Expected decision for someone else's live comment on a live plan. */
const OTHERS: Record<Subject, Record<CommentAbility, boolean>> = {
  facilitator: { read: true, reply: true, edit: false, delete: false, resolve: true, reopen: true, react: true },
  editor: { read: true, reply: true, edit: false, delete: false, resolve: true, reopen: true, react: true },
  commenter: { read: true, reply: true, edit: false, delete: false, resolve: false, reopen: false, react: true },
  viewer: { read: true, reply: false, edit: false, delete: false, resolve: false, reopen: false, react: false },
  nonMember: { read: false, reply: false, edit: false, delete: false, resolve: false, reopen: false, react: false },
  otherPartnershipFacilitator: { read: false, reply: false, edit: false, delete: false, resolve: false, reopen: false, react: false },
  foreignMembershipRecord: { read: false, reply: false, edit: false, delete: false, resolve: false, reopen: false, react: false },
};

describe("comment policy", () => {
  for (const subject of SUBJECTS) {
    it(`${subject}: on someone else's comment`, () => {
      const actor = actorFor(subject);
      const c = comment("u-author");
      for (const a of ABILITIES) expect(canComment(actor, a, plan, c), `${subject} ${a}`).toBe(OTHERS[subject][a]);
    });
  }

  it("authors edit, delete and resolve their own comment when they can still comment", () => {
    for (const subject of ["facilitator", "editor", "commenter"] as const) {
      const actor = actorFor(subject);
      const own = comment(actor.user.id);
      for (const a of ["edit", "delete", "resolve", "reopen"] as const) expect(canComment(actor, a, plan, own), `${subject} ${a}`).toBe(true);
    }
    const viewer = actorFor("viewer");
    expect(canComment(viewer, "edit", plan, comment(viewer.user.id))).toBe(false);
  });

  it("a commenter resolves a thread they started, even on another's reply", () => {
    const actor = actorFor("commenter");
    expect(canComment(actor, "resolve", plan, comment("u-other"), comment(actor.user.id))).toBe(true);
  });

  it("tombstones cannot be edited, deleted again or reacted to", () => {
    const actor = actorFor("commenter");
    const dead = comment(actor.user.id, "2026-01-01T00:00:00.000Z");
    expect(canComment(actor, "edit", plan, dead)).toBe(false);
    expect(canComment(actor, "delete", plan, dead)).toBe(false);
    expect(canComment(actor, "react", plan, dead)).toBe(false);
  });

  it("archived plans are read-only for comments", () => {
    for (const subject of MEMBERS) {
      const actor = actorFor(subject);
      const own = comment(actor.user.id);
      expect(canComment(actor, "read", archived, own)).toBe(true);
      for (const a of ["reply", "edit", "delete", "resolve", "reopen", "react"] as const) expect(canComment(actor, a, archived, own)).toBe(false);
    }
  });

  it("a comment that claims another partnership is never readable", () => {
    const actor = actorFor("facilitator");
    expect(canComment(actor, "read", plan, { ...comment("x"), partnershipId: "partnership-B" })).toBe(false);
  });
});
