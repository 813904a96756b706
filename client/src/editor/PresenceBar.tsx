import { SECTOR_LABELS } from "@jigsaw/shared/domain/sector";
import { initials } from "../components/Avatar.tsx";
import type { Peer } from "./awarenessPeers.ts";

function describe(p: Peer): string {
  const bits = [p.name + (p.self ? " (you)" : "")];
  if (p.organisation) bits.push(p.organisation);
  if (p.sector) bits.push(SECTOR_LABELS[p.sector]);
  return bits.join(", ");
}

/** An initials circle on the person's sector colour, with name and organisation as its tooltip. */
export function PeerAvatar({ peer, size = "normal" }: { peer: Peer; size?: "normal" | "small" }) {
  return (
    <span className={`peer-avatar peer-avatar--${size}${peer.self ? " peer-avatar--self" : ""}`} style={{ backgroundColor: peer.colour }} title={describe(peer)} aria-hidden="true">
      {initials(peer.name)}
    </span>
  );
}

/** Who is in the plan right now (live, from the editor's awareness). */
export function PresenceBar({ peers }: { peers: Peer[] }) {
  return (
    <div className="presence-bar">
      <span className="presence-bar__count" id="presence-bar-label">
        {peers.length === 1 ? "Only you here" : `${peers.length} people here`}
      </span>
      <ul className="presence-bar__list" aria-labelledby="presence-bar-label">
        {peers.map((p) => (
          <li key={p.key} className="presence-bar__person">
            <PeerAvatar peer={p} />
            <span className="visually-hidden">{describe(p)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Small avatars on a section: who else is working in it now. */
export function SectionPresence({ peers, sectionId }: { peers: Peer[]; sectionId: string }) {
  const here = peers.filter((p) => !p.self && p.sections.includes(sectionId));
  if (here.length === 0) return null;
  const names = here.map((p) => p.name).join(", ");
  return (
    <div className="section-presence" data-testid="section-presence">
      <span className="visually-hidden">Working on this section now: {names}</span>
      <ul className="section-presence__list" aria-hidden="true">
        {here.map((p) => (
          <li key={p.key}>
            <PeerAvatar peer={p} size="small" />
          </li>
        ))}
      </ul>
    </div>
  );
}
