import { Link } from "react-router";
import type { PresentedPartnership } from "@jigsaw/shared/domain/partnership";
import { EmptyState, ErrorState, LoadingState } from "../../components/StatusViews.tsx";
import { PageHeading } from "../../components/PageHeading.tsx";
import { RoleTag } from "../../components/RoleTag.tsx";
import { SectorBadge } from "../../components/SectorBadge.tsx";
import { useDocumentTitle } from "../../hooks/useDocumentTitle.ts";
import { usePartnerships } from "../../hooks/usePartnerships.tsx";

/** The signed-in user's partnerships, with a way to create one. */
export function PartnershipsScene() {
  useDocumentTitle("Your partnerships");
  const partnerships = usePartnerships();
  return (
    <>
      <div className="title-row">
        <PageHeading>Your partnerships</PageHeading>
        <Link to="/partnerships/new" className="button">
          Create partnership
        </Link>
      </div>
      {partnerships.status === "loading" && <LoadingState label="Loading your partnerships…" />}
      {partnerships.status === "error" && <ErrorState error={partnerships.error} onRetry={partnerships.reload} />}
      {partnerships.status === "ready" && partnerships.data.length === 0 && (
        <EmptyState title="You are not in a partnership yet">
          <p>
            To join an existing partnership, open the invite link a facilitator sent you. To start a new one,{" "}
            <Link to="/partnerships/new">create a partnership</Link>: you will be its first facilitator and can invite partners.
          </p>
        </EmptyState>
      )}
      {partnerships.status === "ready" && partnerships.data.length > 0 && (
        <ul className="card-list" aria-label="Partnerships">
          {partnerships.data.map((p) => (
            <PartnershipCard key={p.id} partnership={p} />
          ))}
        </ul>
      )}
    </>
  );
}

function PartnershipCard({ partnership: p }: { partnership: PresentedPartnership }) {
  return (
    <li className="card">
      <h2 className="card__title">
        <Link to={`/partnerships/${p.id}`} className="card__link">
          {p.name}
        </Link>
      </h2>
      <p className="card__meta">{p.place}</p>
      {p.description && <p className="card__desc">{p.description}</p>}
      {p.membership && (
        <p className="card__tags">
          <span className="visually-hidden">You are </span>
          <RoleTag role={p.membership.role} />
          <span className="card__org">{p.membership.organisation}</span>
          <SectorBadge sector={p.membership.sector} />
        </p>
      )}
    </li>
  );
}
