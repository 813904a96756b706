/**
 * Each present person's own colour by user id, from the room list (the server
 * stamps carets with the sector colour; two people of one sector would share it).
 */
let personColours: ReadonlyMap<string, string> = new Map();

/** Set the colours carets are drawn in (called by the plan editor as people come and go). */
export function setCaretColours(colours: ReadonlyMap<string, string>): void {
  personColours = colours;
}

/** The colour a remote person's caret and selection are drawn in. */
export function caretColour(user: Record<string, unknown>): string {
  const own = typeof user.id === "string" ? personColours.get(user.id) : undefined;
  return own ?? (typeof user.color === "string" && /^#[0-9a-fA-F]{6}$/.test(user.color) ? user.color : "#505a5f");
}
