import type { Actor } from "./types.ts";

/** The partnership every policy test subject is judged against. */
export const PARTNERSHIP_A = "partnership-A";
/** Another partnership. */
export const PARTNERSHIP_B = "partnership-B";

/**
 * Who is acting in the policy tests: the four roles in partnership A, a
 * signed-in non-member, a facilitator of partnership B, and an actor carrying
 * someone else's facilitator membership of A (a loader bug must not grant access).
 */
export const SUBJECTS = [
  "facilitator",
  "editor",
  "commenter",
  "viewer",
  "nonMember",
  "otherPartnershipFacilitator",
  "foreignMembershipRecord",
] as const;
/** A policy test subject. */
export type Subject = (typeof SUBJECTS)[number];

/** Build the Actor for a subject. Test-only helper. */
export function actorFor(subject: Subject): Actor {
  const user = { id: `u-${subject}` };
  switch (subject) {
    case "facilitator":
    case "editor":
    case "commenter":
    case "viewer":
      return { user, membership: { partnershipId: PARTNERSHIP_A, userId: user.id, role: subject } };
    case "nonMember":
      return { user, membership: null };
    case "otherPartnershipFacilitator":
      return { user, membership: { partnershipId: PARTNERSHIP_B, userId: user.id, role: "facilitator" } };
    case "foreignMembershipRecord":
      return { user, membership: { partnershipId: PARTNERSHIP_A, userId: "u-someone-else", role: "facilitator" } };
  }
}
