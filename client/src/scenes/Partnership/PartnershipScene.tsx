import { NavLink, Outlet, useParams } from "react-router";
import { api } from "../../api/index.ts";
import { Breadcrumbs } from "../../components/Breadcrumbs.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { RoleTag } from "../../components/RoleTag.tsx";
import { SectorBadge } from "../../components/SectorBadge.tsx";
import { ErrorState, LoadingState } from "../../components/StatusViews.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { useResource } from "../../hooks/useResource.ts";
import type { PartnershipOutletContext } from "./usePartnershipContext.ts";

/** A partnership: heading, your membership, and Plans / Members / Invites sections. */
export function PartnershipScene() {
  const { partnershipId = "" } = useParams();
  const resource = useResource((signal) => api.getPartnership(partnershipId, signal), [partnershipId]);
  useDocumentTitle(resource.status === "ready" ? resource.data.data.name : "Partnership");

  if (resource.status === "loading") return <LoadingState label="Loading partnership…" />;
  if (resource.status === "error") return <ErrorState error={resource.error} onRetry={resource.reload} />;

  const { data: partnership, policies } = resource.data;
  const context: PartnershipOutletContext = { partnership, policies, reload: resource.reload };
  const me = partnership.membership;
  const tabs = [
    { to: "plans", label: "Plans" },
    { to: "members", label: "Members" },
    { to: "outcomes", label: "Outcomes" },
    ...(policies.invite ? [{ to: "invites", label: "Invites" }] : []),
  ];

  return (
    <>
      <Breadcrumbs items={[{ label: "Partnerships", to: "/partnerships" }, { label: partnership.name }]} />
      <div className="partnership-header">
        <PageHeading caption={partnership.place}>{partnership.name}</PageHeading>
        {partnership.description && <p className="lead">{partnership.description}</p>}
        {me && (
          <p className="membership-line">
            You are a <RoleTag role={me.role} /> for <strong>{me.organisation}</strong> <SectorBadge sector={me.sector} />
          </p>
        )}
      </div>
      <nav className="tabs" aria-label="Partnership sections">
        <ul className="tabs__list">
          {tabs.map((t) => (
            <li key={t.to}>
              <NavLink to={t.to} className="tabs__tab">
                {t.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="tabs__panel">
        <Outlet context={context} />
      </div>
    </>
  );
}
