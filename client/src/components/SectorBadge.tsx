import { SECTOR_COLOURS, SECTOR_LABELS, type Sector } from "@jigsaw/shared/domain/sector";

/**
 * A sector label on its sector colour (white text, ≥4.5:1). Colour is never
 * the only cue: the sector name is always written.
 */
export function SectorBadge({ sector, className }: { sector: Sector; className?: string }) {
  return (
    <span className={`sector-badge ${className ?? ""}`} style={{ backgroundColor: SECTOR_COLOURS[sector] }} data-sector={sector}>
      {SECTOR_LABELS[sector]}
    </span>
  );
}
