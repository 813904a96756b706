import { SECTOR_COLOURS, type Sector } from "@jigsaw/shared/domain/sector";

/** Initials from a display name: "Priya Shah" → "PS". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0]![0], parts[parts.length - 1]![0]] : [parts[0]?.[0], parts[0]?.[1]];
  return letters.filter(Boolean).join("").toUpperCase() || "?";
}

/** A decorative initials circle on the member's own colour, or their sector's (the name is always shown beside it). */
export function Avatar({ name, sector, colour }: { name: string; sector: Sector; colour?: string | undefined }) {
  return (
    <span className="avatar" aria-hidden="true" style={{ backgroundColor: colour ?? SECTOR_COLOURS[sector] }}>
      {initials(name)}
    </span>
  );
}
