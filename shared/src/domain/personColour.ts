/**
 * One colour per person in a plan (carets, selections and presence avatars),
 * so that two people of the same sector can be told apart. Every colour has
 * at least 4.5:1 contrast with white (name labels are white on it, and carets
 * sit on a white page), and no two are closer than ΔE76 11 (CIELAB). Sector
 * stays visible beside the colour (caret labels name it; the room list groups
 * by it).
 */
export const PERSON_COLOURS = [
  "#1d4ed8",
  "#b91c1c",
  "#047857",
  "#7e22ce",
  "#b45309",
  "#0e7490",
  "#be185d",
  "#4d7c0f",
  "#4338ca",
  "#a21caf",
  "#57534e",
  "#9a3412",
  "#1e3a8a",
  "#065f46",
  "#6b21a8",
  "#c2410c",
] as const;

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Colours for the people in a room: each person starts from the slot their id
 * hashes to and takes the next free one, people taken in id order. Everyone
 * computes the same answer from the same list, so people present together
 * never share a colour (up to PERSON_COLOURS.length people; beyond that
 * colours repeat), and a person keeps their colour while others come and go
 * unless they collided.
 */
export function assignPersonColours(userIds: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<number>();
  const n = PERSON_COLOURS.length;
  for (const id of [...new Set(userIds)].sort()) {
    let slot = hash(id) % n;
    if (taken.size < n) while (taken.has(slot)) slot = (slot + 1) % n;
    taken.add(slot);
    out.set(id, PERSON_COLOURS[slot]!);
  }
  return out;
}
