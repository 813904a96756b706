import { useRef, useState } from "react";
import { ROLES, ROLE_LABELS, type Role } from "@jigsaw/shared/domain/role";
import type { PresentedMembership } from "@jigsaw/shared/domain/partnership";
import { api, errorMessage } from "../../../api/index.ts";
import { Avatar } from "../../../components/Avatar.tsx";
import { ConfirmButton } from "../../../components/ConfirmButton.tsx";
import { RoleTag } from "../../../components/RoleTag.tsx";
import { SectorBadge } from "../../../components/SectorBadge.tsx";
import { useAnnounce } from "../../../hooks/useAnnounce.tsx";
import { formatDate } from "../../../utils/format.ts";
import { EditMyMembershipForm } from "./EditMyMembershipForm.tsx";

/** Props for one member row. */
export interface MemberListItemProps {
  member: PresentedMembership;
  isMe: boolean;
  /** From the partnership's `manageMembers` policy. */
  canManage: boolean;
  onUpdated: (m: PresentedMembership) => void;
  onRemoved: () => void;
  onLeft: () => void;
}

/** A member: name, organisation, sector, role; facilitator controls; "Leave" for yourself. */
export function MemberListItem({ member: m, isMe, canManage, onUpdated, onRemoved, onLeft }: MemberListItemProps) {
  const announce = useAnnounce();
  const [role, setRole] = useState<Role>(m.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const closeEdit = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const roleId = `role-${m.userId}`;

  async function changeRole() {
    setBusy(true);
    setError(null);
    try {
      const updated = await api.updateMember(m.partnershipId, m.userId, { role });
      announce(`${m.displayName} is now ${ROLE_LABELS[updated.role].toLowerCase()}`);
      onUpdated(updated);
    } catch (e) {
      setError(errorMessage(e));
      setRole(m.role);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setError(null);
    try {
      await api.removeMember(m.partnershipId, m.userId);
      if (isMe) {
        announce("You left the partnership");
        onLeft();
      } else {
        announce(`${m.displayName} removed from the partnership`);
        onRemoved();
      }
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <li className="card member-card">
      <div className="member-card__who">
        <Avatar name={m.displayName} sector={m.sector} />
        <div>
          <h3 className="member-card__name">
            {m.displayName}
            {isMe && <span className="member-card__you"> (you)</span>}
          </h3>
          <p className="member-card__org">{m.organisation}</p>
          <p className="card__tags">
            <SectorBadge sector={m.sector} />
            <RoleTag role={m.role} />
            <span className="card__meta">Joined {formatDate(m.joinedAt)}</span>
          </p>
        </div>
      </div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {(canManage || isMe) && (
        <div className="member-card__actions">
          {canManage && (
            <div className="inline-form__row">
              <label className="visually-hidden" htmlFor={roleId}>
                Role for {m.displayName}
              </label>
              <select id={roleId} className="input select select--compact" value={role} onChange={(e) => setRole(e.target.value as Role)}>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
              <button type="button" className="button button--secondary" disabled={busy || role === m.role} onClick={() => void changeRole()}>
                Change role<span className="visually-hidden"> for {m.displayName}</span>
              </button>
            </div>
          )}
          {canManage && !editing && (
            <button type="button" ref={editButton} className="button button--secondary" onClick={() => setEditing(true)}>
              Change organisation or sector<span className="visually-hidden"> for {m.displayName}</span>
            </button>
          )}
          {isMe && !canManage && (
            <p className="field__hint" data-organisation-hint>
              Your organisation and sector are set by a facilitator: your organisation is who you sign for in agreement rounds. Ask a facilitator to change them.
            </p>
          )}
          {isMe ? (
            <ConfirmButton label="Leave partnership" question="Leave this partnership? You will need a new invite to rejoin." confirmLabel="Yes, leave" onConfirm={remove} />
          ) : (
            canManage && (
              <ConfirmButton
                label="Remove"
                ariaLabel={`Remove ${m.displayName}`}
                question={`Remove ${m.displayName} from the partnership?`}
                confirmLabel={`Yes, remove ${m.displayName}`}
                onConfirm={remove}
              />
            )
          )}
        </div>
      )}
      {canManage && editing && (
        <EditMyMembershipForm
          member={m}
          onCancel={closeEdit}
          onSaved={(u) => {
            onUpdated(u);
            closeEdit();
          }}
        />
      )}
    </li>
  );
}
