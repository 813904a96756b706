import { SECTOR_COLOURS, SECTOR_LABELS } from "@jigsaw/shared/domain/sector";
import type { PresenceMember } from "@jigsaw/shared/realtime/events";
import type { PlanRoomState } from "../realtime/planRoomStore.ts";
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

/**
 * Who is in the plan right now: the server's room list (the same one the
 * room list shows, so the count and the list never disagree), each person on
 * their own colour (the one their caret has). While this device is offline it
 * says so instead of guessing.
 */
export function PresenceBar({ members, status, currentUserId, colours }: { members: readonly PresenceMember[]; status: PlanRoomState["status"]; currentUserId: string | undefined; colours: ReadonlyMap<string, string> }) {
  const offline = status === "offline";
  const count = offline ? "Offline: who is here will show when you reconnect" : status !== "joined" ? "Joining…" : members.length <= 1 ? "Only you here" : `${members.length} people here`;
  return (
    <div className="presence-bar">
      <span className="presence-bar__count" id="presence-bar-label">
        {count}
      </span>
      {!offline && (
        <ul className="presence-bar__list" aria-labelledby="presence-bar-label">
          {members.map((m) => {
            const peer: Peer = { key: m.userId, name: m.displayName, organisation: m.organisation, sector: m.sector, colour: colours.get(m.userId) ?? SECTOR_COLOURS[m.sector], sections: [], rows: [], cells: [], self: m.userId === currentUserId };
            return (
              <li key={m.userId} className="presence-bar__person">
                <PeerAvatar peer={peer} />
                <span className="visually-hidden">{describe(peer)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

/** Small avatars on a section: who else is working in it now. */
export function SectionPresence({ peers, sectionId }: { peers: readonly Peer[]; sectionId: string }) {
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
