import * as Y from "yjs";

/**
 * Free-text fields of records (action title, risk mitigation, indicator notes...)
 * are `Y.Text`, so two people typing in the same cell merge character by
 * character. Documents written before (schema version 1) hold plain strings
 * there; old clients may still write one. Readers accept both (`readString`).
 *
 * A plain string becomes a `Y.Text` by a *deterministic* conversion: the new
 * items are written under a client id derived from the id of the string's own
 * item, starting at clock 0, with the same origin and content. Whoever converts
 * a given string (the server on load, any client before its first keystroke,
 * online or offline, concurrently or not) writes byte-identical structs, which
 * Yjs integrates once, so every converter ends up with the same `Y.Text` and
 * what anyone typed into it survives. Nothing races and nothing is lost.
 *
 * The derived client id is a 32-bit hash, as Yjs's own client ids are random
 * 32-bit numbers: a clash is as unlikely as two editors drawing the same id.
 */

/** Transaction origin of a conversion (not an edit: undo managers do not track it). */
export const TEXT_CONVERSION_ORIGIN = Symbol("jigsaw.textConversion");

function hash32(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The client id a conversion of `map[key]` writes under (free in this doc). */
function conversionClientId(doc: Y.Doc, map: Y.Map<unknown>, key: string): number {
  const current = map._map.get(key);
  const parent = map._item;
  const seed = current
    ? `v:${current.id.client}:${current.id.clock}`
    : `k:${parent ? `${parent.id.client}:${parent.id.clock}` : "root"}:${key}`;
  let id = hash32(seed);
  // A clash with a client already in the doc: step on (only ever seen in a constructed test).
  for (let salt = 1; Y.getState(doc.store, id) !== 0 || id === doc.clientID; salt++) id = hash32(`${seed}#${salt}`);
  return id;
}

/**
 * The `Y.Text` at `map[key]`, converting a plain string (or a missing or
 * invalid value, as "") into one first. Deterministic and idempotent (see
 * above). Runs in its own transaction: do not call it inside another one.
 */
export function ensureTextField(map: Y.Map<unknown>, key: string): Y.Text {
  const value = map.get(key);
  if (value instanceof Y.Text) return value;
  const doc = map.doc;
  if (!doc) throw new Error("ensureTextField: the map is not in a document");
  const text = typeof value === "string" ? value : "";
  const own = doc.clientID;
  doc.clientID = conversionClientId(doc, map, key);
  try {
    doc.transact(() => map.set(key, new Y.Text(text)), TEXT_CONVERSION_ORIGIN);
  } finally {
    doc.clientID = own;
  }
  return map.get(key) as Y.Text;
}

/** Where `next` differs from `prev`: replace `prev[index, index + remove)` by `insert`. */
export interface TextChange {
  index: number;
  remove: number;
  insert: string;
}

/**
 * The smallest single change turning `prev` into `next`. `caret` (where the
 * caret is in `next`, if known) settles ambiguous cases, so typing "a" after
 * the first "a" of "aa" inserts there and not at the end.
 */
export function textChange(prev: string, next: string, caret?: number): TextChange | null {
  if (prev === next) return null;
  if (caret !== undefined && caret >= 0 && caret <= next.length) {
    const grew = next.length - prev.length;
    if (grew > 0 && caret >= grew && prev === next.slice(0, caret - grew) + next.slice(caret)) {
      return { index: caret - grew, remove: 0, insert: next.slice(caret - grew, caret) };
    }
    if (grew < 0 && prev.slice(0, caret) === next.slice(0, caret) && prev.slice(caret - grew) === next.slice(caret)) {
      return { index: caret, remove: -grew, insert: "" };
    }
  }
  let start = 0;
  const max = Math.min(prev.length, next.length);
  while (start < max && prev[start] === next[start]) start++;
  let endPrev = prev.length;
  let endNext = next.length;
  while (endPrev > start && endNext > start && prev[endPrev - 1] === next[endNext - 1]) {
    endPrev--;
    endNext--;
  }
  return { index: start, remove: endPrev - start, insert: next.slice(start, endNext) };
}

/** Makes `text` read `value` with the smallest change (so concurrent edits elsewhere in it survive). */
export function writeText(text: Y.Text, value: string, caret?: number): void {
  const change = textChange(text.toString(), value, caret);
  if (!change) return;
  const apply = () => {
    if (change.remove > 0) text.delete(change.index, change.remove);
    if (change.insert) text.insert(change.index, change.insert);
  };
  if (text.doc) text.doc.transact(apply);
  else apply();
}
