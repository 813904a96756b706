import { useEffect, useRef, useState } from "react";
import { ROLE_LABELS } from "@jigsaw/shared/domain/role";
import type { PresentedInvite } from "@jigsaw/shared/domain/partnership";
import { api, errorMessage } from "../../../api/index.ts";
import { ConfirmButton } from "../../../components/ConfirmButton.tsx";
import { CopyButton } from "../../../components/CopyButton.tsx";
import { SectorBadge } from "../../../components/SectorBadge.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/StatusViews.tsx";
import { useAnnounce } from "../../../hooks/useAnnounce.tsx";
import { useResource } from "../../../hooks/useResource.ts";
import { formatDate } from "../../../utils/format.ts";
import { INVITE_STATUS_LABELS, inviteStatus } from "../../../utils/inviteStatus.ts";
import { usePartnershipContext } from "../usePartnershipContext.ts";
import { CreateInviteForm } from "./CreateInviteForm.tsx";

/** The Invites section (facilitators): create links, copy the new link, see and withdraw invites. */
export function InvitesPanel() {
  const { partnership, policies } = usePartnershipContext();
  const announce = useAnnounce();
  const invites = useResource((signal) => (policies.invite ? api.listInvites(partnership.id, signal) : Promise.resolve([])), [partnership.id, policies.invite]);
  const [created, setCreated] = useState<(PresentedInvite & { url: string }) | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  if (!policies.invite) {
    return (
      <section aria-labelledby="invites-heading">
        <h2 id="invites-heading" tabIndex={-1} data-route-heading="section">
          Invites
        </h2>
        <p>Only facilitators can invite people to this partnership. Ask a facilitator for an invite link.</p>
      </section>
    );
  }

  const sorted = invites.status === "ready" ? [...invites.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt)) : [];
  return (
    <section aria-labelledby="invites-heading">
      <h2 id="invites-heading" tabIndex={-1} data-route-heading="section">
        Invites
      </h2>
      <p>Create a link for each person you invite and send it to them yourself, for example by email. Each link works once.</p>
      {created && (
        <div className="notice notice--success" ref={createdRef} tabIndex={-1} aria-labelledby="new-invite-title">
          <h3 className="notice__title" id="new-invite-title">
            Invite link created
          </h3>
          <p>
            Anyone with this link can join as {ROLE_LABELS[created.role].toLowerCase()} until {formatDate(created.expiresAt)}. Copy it now: for security it will not be shown again.
          </p>
          <label className="field__label" htmlFor="new-invite-url">
            Invite link
          </label>
          <div className="inline-form__row">
            <input id="new-invite-url" className="input input--mono" readOnly value={created.url} onFocus={(e) => e.target.select()} />
            <CopyButton text={created.url} fallbackInputId="new-invite-url" />
          </div>
        </div>
      )}
      <details className="details" open={!created && sorted.length === 0 ? true : undefined}>
        <summary className="details__summary">Create an invite link</summary>
        <div className="details__body">
          <CreateInviteForm
            partnershipId={partnership.id}
            onCreated={(invite) => {
              setCreated(invite);
              announce("Invite link created. Copy it now.");
              invites.setData((l) => [invite, ...l]);
            }}
          />
        </div>
      </details>
      <h3>Invite links</h3>
      {invites.status === "loading" && <LoadingState label="Loading invites…" />}
      {invites.status === "error" && <ErrorState error={invites.error} onRetry={invites.reload} />}
      {invites.status === "ready" && sorted.length === 0 && (
        <EmptyState title="No invites yet">
          <p>Create an invite link above and send it to a partner.</p>
        </EmptyState>
      )}
      {sorted.length > 0 && (
        <ul className="card-list" aria-label="Invite links">
          {sorted.map((i) => {
            const status = inviteStatus(i);
            return (
              <li key={i.id} className="card invite-card">
                <div>
                  <p className="invite-card__title">
                    <strong>{ROLE_LABELS[i.role]}</strong>
                    {i.organisation && <span> · {i.organisation}</span>}
                    {i.sector && <SectorBadge sector={i.sector} />}
                  </p>
                  <p className="card__meta">
                    Created {formatDate(i.createdAt)} · {status === "expired" ? "Expired" : "Expires"} {formatDate(i.expiresAt)}
                  </p>
                </div>
                <div className="invite-card__status">
                  <span className={`tag tag--${status}`}>{INVITE_STATUS_LABELS[status]}</span>
                  {status === "pending" && (
                    <ConfirmButton
                      label="Revoke"
                      ariaLabel={`Revoke ${ROLE_LABELS[i.role].toLowerCase()} invite created ${formatDate(i.createdAt)}`}
                      question="Revoke this invite? The link will stop working."
                      confirmLabel="Yes, revoke"
                      onConfirm={async () => {
                        try {
                          await api.revokeInvite(partnership.id, i.id);
                          invites.setData((l) => l.map((x) => (x.id === i.id ? { ...x, revokedAt: new Date().toISOString() } : x)));
                          announce("Invite revoked");
                        } catch (e) {
                          announce(errorMessage(e));
                        }
                      }}
                    />
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
