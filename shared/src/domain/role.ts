import { z } from "zod";

/** Partnership roles, most powerful first. */
export const ROLES = ["facilitator", "editor", "commenter", "viewer"] as const;

/** A member's role in a partnership. */
export const RoleSchema = z.enum(ROLES);
/** A member's role in a partnership. */
export type Role = z.infer<typeof RoleSchema>;

/** Human-readable role names. */
export const ROLE_LABELS: Record<Role, string> = {
  facilitator: "Facilitator",
  editor: "Editor",
  commenter: "Commenter",
  viewer: "Viewer",
};

/** One-line description of what each role may do, for invite and member forms. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  facilitator: "Manages members, runs meetings and agreement, exports plans",
  editor: "Edits plans and comments",
  commenter: "Reads plans and comments on them",
  viewer: "Reads plans and comments",
};

const RANK: Record<Role, number> = { viewer: 0, commenter: 1, editor: 2, facilitator: 3 };

/** True when `role` is at least as powerful as `minimum`. */
export function roleAtLeast(role: Role, minimum: Role): boolean {
  return RANK[role] >= RANK[minimum];
}
