import { SECTOR_COLOURS, SECTOR_LABELS, SECTORS, type Sector } from "@jigsaw/shared/domain/sector";
import type { PresenceMember } from "@jigsaw/shared/realtime/events";
import { Avatar } from "../../../components/Avatar.tsx";
import { RoleTag } from "../../../components/RoleTag.tsx";
import { usePlanRoom } from "../../../realtime/usePlanRoom.ts";
import "./meeting.css";

/** Props for the room list. */
export interface RoomListProps {
  planId: string;
  /** Marks this person as "(you)". */
  currentUserId?: string | undefined;
  /** Each person's own colour (as on their caret), when known. */
  colours?: ReadonlyMap<string, string>;
}

/** Members grouped by sector, in the standard sector order, names sorted. */
export function groupBySector(members: readonly PresenceMember[]): Array<{ sector: Sector; members: PresenceMember[] }> {
  return SECTORS.map((sector) => ({
    sector,
    members: members.filter((m) => m.sector === sector).sort((a, b) => a.displayName.localeCompare(b.displayName)),
  })).filter((g) => g.members.length > 0);
}

/**
 * Who is in the plan right now, grouped by sector. Each group has its sector
 * colour and its name written out (colour is never the only cue). Changes are
 * not announced, to keep screen readers quiet during meetings.
 */
export function RoomList({ planId, currentUserId, colours }: RoomListProps) {
  const { members, status } = usePlanRoom(planId);
  const groups = groupBySector(members);
  return (
    <section className="room-list" aria-labelledby={`room-list-${planId}`}>
      <h2 className="room-list__heading" id={`room-list-${planId}`}>
        In this plan now <span className="room-list__count">({members.length})</span>
      </h2>
      {status === "offline" && <p className="room-list__status">Reconnecting… this list may be out of date.</p>}
      {status === "joining" && members.length === 0 && <p className="room-list__status">Loading…</p>}
      {groups.map(({ sector, members: people }) => (
        <div className="room-list__group" key={sector} data-sector={sector} style={{ borderLeftColor: SECTOR_COLOURS[sector] }}>
          <h3 className="room-list__sector" id={`room-list-${planId}-${sector}`}>
            <span className="swatch" aria-hidden="true" style={{ backgroundColor: SECTOR_COLOURS[sector] }} /> {SECTOR_LABELS[sector]}{" "}
            <span className="room-list__count">({people.length})</span>
          </h3>
          <ul className="room-list__members" aria-labelledby={`room-list-${planId}-${sector}`}>
            {people.map((m) => (
              <li className="room-list__member" key={m.userId}>
                <Avatar name={m.displayName} sector={m.sector} colour={colours?.get(m.userId)} />
                <span className="room-list__who">
                  <span className="room-list__name">
                    {m.displayName}
                    {m.userId === currentUserId && <span className="room-list__you"> (you)</span>}
                  </span>
                  <span className="room-list__org">{m.organisation}</span>
                  <span className="room-list__role">
                    <RoleTag role={m.role} />
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
