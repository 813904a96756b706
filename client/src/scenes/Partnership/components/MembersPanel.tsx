import { useNavigate } from "react-router";
import { SECTORS } from "@jigsaw/shared/domain/sector";
import { api } from "../../../api/index.ts";
import { SectorBadge } from "../../../components/SectorBadge.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/StatusViews.tsx";
import { usePartnerships } from "../../../hooks/usePartnerships.tsx";
import { useResource } from "../../../hooks/useResource.ts";
import { useSession } from "../../../hooks/useSession.tsx";
import { usePartnershipContext } from "../usePartnershipContext.ts";
import { MemberListItem } from "./MemberListItem.tsx";
import { TwoFactorRequirement } from "./TwoFactorRequirement.tsx";

/** The Members section: who is in the partnership, by sector, with facilitator controls. */
export function MembersPanel() {
  const { partnership, policies, reload } = usePartnershipContext();
  const { user } = useSession();
  const partnerships = usePartnerships();
  const navigate = useNavigate();
  const members = useResource((signal) => api.listMembers(partnership.id, signal), [partnership.id]);

  // You first, then everyone by name.
  const list = members.status === "ready" ? [...members.data].sort((x, y) => Number(y.userId === user?.id) - Number(x.userId === user?.id) || x.displayName.localeCompare(y.displayName)) : [];
  const sectorCounts = SECTORS.map((s) => [s, list.filter((m) => m.sector === s).length] as const).filter(([, n]) => n > 0);

  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading" tabIndex={-1} data-route-heading="section">
        Members
      </h2>
      {members.status === "loading" && <LoadingState label="Loading members…" />}
      {members.status === "error" && <ErrorState error={members.error} onRetry={members.reload} />}
      {members.status === "ready" && list.length === 0 && <EmptyState title="No members" />}
      {members.status === "ready" && list.length > 0 && (
        <>
          <p className="sector-summary">
            <span>
              {list.length} {list.length === 1 ? "member" : "members"}:
            </span>
            {sectorCounts.map(([s, n]) => (
              <span key={s} className="sector-summary__item">
                <SectorBadge sector={s} />
                {n}
              </span>
            ))}
          </p>
          <ul className="card-list" aria-label="Members">
            {list.map((m) => (
              <MemberListItem
                key={m.userId}
                member={m}
                isMe={m.userId === user?.id}
                canManage={policies.manageMembers}
                onUpdated={(u) => {
                  members.setData((l) => l.map((x) => (x.userId === u.userId ? u : x)));
                  if (u.userId === user?.id) reload();
                }}
                onRemoved={() => members.setData((l) => l.filter((x) => x.userId !== m.userId))}
                onLeft={() => {
                  partnerships.reload();
                  navigate("/partnerships");
                }}
              />
            ))}
          </ul>
        </>
      )}
      <TwoFactorRequirement />
    </section>
  );
}
