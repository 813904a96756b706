import { SECTORS, SECTOR_COLOURS, type Sector } from "@jigsaw/shared/domain/sector";

/** One person present in the plan, as seen through awareness. */
export interface Peer {
  /** User id (server-set), or `client:<n>` when unknown. */
  key: string;
  name: string;
  organisation: string;
  sector: Sector | null;
  colour: string;
  /** Sections this person is in (one per open tab/device). */
  sections: string[];
  /** Table rows (actions, indicators, risks) this person has a field of focused. */
  rows: string[];
  /** Table cells (`cellKey`: row id and field) this person is typing in. */
  cells: string[];
  /** True for this browser tab's own state. */
  self: boolean;
}

const FALLBACK_COLOUR = "#505a5f";

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}

function asSector(v: unknown): Sector | null {
  return typeof v === "string" && (SECTORS as readonly string[]).includes(v) ? (v as Sector) : null;
}

/**
 * People in the plan from awareness states (client id → state). States
 * without a `user` are ignored; one person in several tabs is one peer whose
 * `sections` lists every section they are in. Self first, then by name.
 */
export function peersFromStates(states: ReadonlyMap<number, Record<string, unknown> | null>, selfClientId: number): Peer[] {
  const byKey = new Map<string, Peer>();
  for (const [clientId, state] of states) {
    const user = state?.user;
    if (!user || typeof user !== "object") continue;
    const u = user as Record<string, unknown>;
    const key = str(u.id) || `client:${clientId}`;
    const sector = asSector(u.sector);
    const colour = /^#[0-9a-fA-F]{6}$/.test(str(u.color)) ? str(u.color) : sector ? SECTOR_COLOURS[sector] : FALLBACK_COLOUR;
    const section = str(state?.section);
    const row = str(state?.row);
    const cell = str(state?.cell);
    const self = clientId === selfClientId;
    const existing = byKey.get(key);
    if (existing) {
      if (section && !existing.sections.includes(section)) existing.sections.push(section);
      if (row && !existing.rows.includes(row)) existing.rows.push(row);
      if (cell && !existing.cells.includes(cell)) existing.cells.push(cell);
      existing.self ||= self;
      continue;
    }
    byKey.set(key, { key, name: str(u.name) || "Someone", organisation: str(u.organisation), sector, colour, sections: section ? [section] : [], rows: row ? [row] : [], cells: cell ? [cell] : [], self });
  }
  return [...byKey.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}
