import { Link, useParams } from "react-router";
import { useCurrentPartnershipId } from "../../hooks/useCurrentPartnership.ts";
import { useDisclosure } from "../../hooks/useDisclosure.ts";
import { usePartnerships } from "../../hooks/usePartnerships.tsx";

/** Header control listing the user's partnerships, to jump between them. */
export function PartnershipSwitcher() {
  const partnerships = usePartnerships();
  const params = useParams();
  // From the URL, or from the page (a plan names its partnership once loaded).
  const fromPage = useCurrentPartnershipId();
  const partnershipId = params.partnershipId ?? fromPage ?? undefined;
  const { open, toggle, containerRef, buttonRef } = useDisclosure();
  const list = partnerships.status === "ready" ? partnerships.data : [];
  const current = list.find((p) => p.id === partnershipId);

  return (
    <div className="popover" ref={containerRef}>
      <button
        type="button"
        ref={buttonRef}
        className="header-button"
        aria-expanded={open}
        aria-controls="partnership-switcher"
        onClick={toggle}
      >
        {current && <span className="visually-hidden">Partnership: </span>}
        <span className="header-button__label">{current ? current.name : "Partnerships"}</span>
        <span className="chevron" aria-hidden="true" />
      </button>
      <div id="partnership-switcher" className="popover__panel" hidden={!open}>
        <p className="popover__heading">Your partnerships</p>
        {partnerships.status === "loading" && <p>Loading…</p>}
        {list.length > 0 && (
          <ul className="popover__list">
            {list.map((p) => (
              <li key={p.id}>
                <Link to={`/partnerships/${p.id}`} aria-current={p.id === partnershipId ? "page" : undefined}>
                  {p.name}
                  <span className="popover__sub">{p.place}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {partnerships.status === "ready" && list.length === 0 && <p>You are not in any partnerships yet.</p>}
        <p className="popover__footer">
          <Link to="/partnerships">All partnerships</Link>
          {" · "}
          <Link to="/partnerships/new">Create a partnership</Link>
        </p>
      </div>
    </div>
  );
}
