import { ROLE_LABELS, type Role } from "@jigsaw/shared/domain/role";

/** A neutral tag naming a partnership role. */
export function RoleTag({ role }: { role: Role }) {
  return <span className={`tag tag--role tag--${role}`}>{ROLE_LABELS[role]}</span>;
}
