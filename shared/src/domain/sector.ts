import { z } from "zod";

/** The sectors a partnership member can belong to. Order is the display order. */
export const SECTORS = [
  "council",
  "nhs",
  "voluntary",
  "community",
  "other_public",
  "private",
] as const;

/** A partnership member's sector. */
export const SectorSchema = z.enum(SECTORS);
/** A partnership member's sector. */
export type Sector = z.infer<typeof SectorSchema>;

/** Human-readable sector names. */
export const SECTOR_LABELS: Record<Sector, string> = {
  council: "Council",
  nhs: "NHS",
  voluntary: "Voluntary / third sector",
  community: "Community",
  other_public: "Other public sector",
  private: "Private sector",
};

/**
 * Sector colours used for avatars, cursors and presence. Each has at least
 * 4.5:1 contrast against white text.
 */
export const SECTOR_COLOURS: Record<Sector, string> = {
  council: "#1d4ed8",
  nhs: "#005eb8",
  voluntary: "#7e22ce",
  community: "#b45309",
  other_public: "#0f766e",
  private: "#be123c",
};
