import * as Y from "yjs";

/** Reads a string field that may be a plain string or a Y.Text; anything else gives `fallback`. */
export function readString(value: unknown, fallback = ""): string {
  if (typeof value === "string") return value;
  if (value instanceof Y.Text) return value.toString();
  return fallback;
}

/** Reads a list of strings from a Y.Array or plain array: non-strings dropped, duplicates removed. */
export function readStringList(value: unknown): string[] {
  const raw: unknown[] = value instanceof Y.Array ? value.toArray() : Array.isArray(value) ? value : [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of raw) {
    if (typeof v === "string" && !seen.has(v)) {
      seen.add(v);
      out.push(v);
    }
  }
  return out;
}

/**
 * Makes `map[key]` (a Y.Array<string>) hold exactly `values`, changing as little as
 * possible so concurrent edits to the same list merge: entries no longer wanted (and
 * duplicates) are deleted, new ones inserted at their position. If the surviving
 * entries are in a different order the list is rewritten.
 */
export function writeStringList(map: Y.Map<unknown>, key: string, values: readonly string[]): void {
  const wanted = [...new Set(values)];
  const current = map.get(key);
  if (!(current instanceof Y.Array)) {
    const arr = new Y.Array<string>();
    arr.insert(0, wanted);
    map.set(key, arr);
    return;
  }
  const arr = current as Y.Array<unknown>;
  const wantedSet = new Set(wanted);
  const seen = new Set<string>();
  const keep: boolean[] = arr.toArray().map((v) => {
    if (typeof v !== "string" || !wantedSet.has(v) || seen.has(v)) return false;
    seen.add(v);
    return true;
  });
  for (let i = keep.length - 1; i >= 0; i--) if (!keep[i]) arr.delete(i, 1);
  const kept = arr.toArray() as string[];
  const keptInWantedOrder = wanted.filter((v) => seen.has(v));
  if (kept.some((v, i) => v !== keptInWantedOrder[i])) {
    arr.delete(0, arr.length);
    arr.insert(0, wanted);
    return;
  }
  // Insert missing values after the kept value that precedes them in `wanted`.
  let pos = 0;
  for (const v of wanted) {
    if (seen.has(v)) {
      pos++;
    } else {
      arr.insert(pos, [v]);
      pos++;
    }
  }
}

/**
 * Ids in display order: strings in `order` that name an entry of `items`, first
 * occurrence wins (concurrent moves can insert an id twice). Entries of `items`
 * missing from `order` are appended, sorted by id, so nothing becomes invisible.
 */
export function orderedIds(order: Y.Array<unknown>, items: Y.Map<unknown>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of order.toArray()) {
    if (typeof v === "string" && !seen.has(v) && items.get(v) instanceof Y.Map) {
      seen.add(v);
      out.push(v);
    }
  }
  const orphans: string[] = [];
  for (const [k, v] of items.entries()) if (!seen.has(k) && v instanceof Y.Map) orphans.push(k);
  orphans.sort();
  return out.concat(orphans);
}

/** Deletes every occurrence of `id` from an order array. */
export function removeFromOrder(order: Y.Array<unknown>, id: string): void {
  const arr = order.toArray();
  for (let i = arr.length - 1; i >= 0; i--) if (arr[i] === id) order.delete(i, 1);
}

/**
 * Puts `id` at display position `index` (clamped; default: last) of the order, removing
 * any previous occurrences. Position is counted in the deduplicated display order.
 */
export function placeInOrder(
  order: Y.Array<unknown>,
  items: Y.Map<unknown>,
  id: string,
  index?: number,
): void {
  removeFromOrder(order, id);
  const visible = orderedIds(order, items).filter((v) => v !== id);
  const at = index === undefined ? visible.length : Math.max(0, Math.min(Math.trunc(index), visible.length));
  const next = visible[at];
  const physical = next === undefined ? -1 : order.toArray().indexOf(next);
  order.insert(physical === -1 ? order.length : physical, [id]);
}
