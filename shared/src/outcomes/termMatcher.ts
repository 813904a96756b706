import type { Term } from "./schema.ts";
import {
  SEPARATOR,
  foldCode,
  isSeparatorCode,
  isWordCode,
  keyCodes,
  normalisePunctuation,
  spotPhrases,
} from "./termKeys.ts";

/** One spotted term in a text: `text.slice(start, end) === matched`. */
export interface TermSpan {
  start: number;
  end: number;
  termId: string;
  matched: string;
}

/** A compiled matcher; build once, run on many texts. */
export interface TermMatcher {
  /** Number of distinct phrases compiled. */
  readonly phraseCount: number;
  /** Spots terms in a text: leftmost-longest, non-overlapping spans in text order. */
  find(text: string): TermSpan[];
}

interface TrieNode {
  next: Map<number, TrieNode> | null;
  /** Single-child fast path (set by `finalise`): most trie nodes have exactly one child. */
  k1: number;
  n1: TrieNode | null;
  termId: string | null;
  /** The phrase ends with a letter, so a plural "s" may follow ("ICBs", "integrated care boards"). */
  pluralOk: boolean;
}

const newNode = (): TrieNode => ({ next: null, k1: 0, n1: null, termId: null, pluralOk: false });

/** Moves single children to the fast path. */
function finalise(node: TrieNode): void {
  if (!node.next) return;
  for (const child of node.next.values()) finalise(child);
  if (node.next.size === 1) {
    const [[k, child]] = node.next;
    node.k1 = k;
    node.n1 = child;
    node.next = null;
  }
}

function step(node: TrieNode, code: number): TrieNode | undefined {
  if (node.n1 !== null) return node.k1 === code ? node.n1 : undefined;
  return node.next === null ? undefined : node.next.get(code);
}
const LOWER_S = 115;
const NEWLINE = 10;

/**
 * Compiles the spotting phrases of `terms` into a character trie. Earlier terms win when two phrases are identical.
 * Matching rules: word-boundary aware on both ends; separators (whitespace runs, hyphens, dashes) match each other
 * but not across a blank line; short acronym tokens are case-sensitive, everything else case-insensitive; an
 * optional plural "s" is accepted after a phrase ending in a letter; at each position the longest phrase wins and
 * output spans never overlap.
 */
export function compileTermMatcher(
  terms: readonly Pick<Term, "id" | "label" | "aliases" | "acronyms" | "spotLabel">[],
): TermMatcher {
  const root = newNode();
  let phraseCount = 0;
  for (const term of terms) {
    for (const phrase of spotPhrases(term)) {
      const codes = keyCodes(phrase);
      let node = root;
      for (const code of codes) {
        if (!node.next) node.next = new Map();
        let child = node.next.get(code);
        if (!child) {
          child = newNode();
          node.next.set(code, child);
        }
        node = child;
      }
      if (node.termId === null) {
        node.termId = term.id;
        const last = phrase.charCodeAt(phrase.length - 1);
        node.pluralOk = foldCode(last) !== last || (last >= 97 && last <= 122) || last > 127;
        phraseCount++;
      }
    }
  }

  // startable[c] = 1 when some phrase can start with character code c (fast reject of most words).
  const startable = new Uint8Array(65536);
  if (root.next) {
    for (const code of root.next.keys()) {
      const exact = code < 0 ? -code : code;
      startable[exact] = 1;
      if (code > 0) {
        const upper = String.fromCharCode(code).toUpperCase();
        if (upper.length === 1) startable[upper.charCodeAt(0)] = 1;
        if (code === 39) {
          startable[8217] = 1;
          startable[8216] = 1;
        }
      }
    }
  }

  if (root.next) for (const child of root.next.values()) finalise(child);

  // Reused buffers of active trie nodes (at most a handful are active at once).
  let bufA: TrieNode[] = [];
  let bufB: TrieNode[] = [];

  function longestAt(text: string, start: number, out: { end: number; termId: string }): boolean {
    const n = text.length;
    // Fast reject: most words start no phrase.
    const first = text.charCodeAt(start);
    if (!root.next) return false;
    if (first < 65536 && startable[first] === 0) return false;
    let active = bufA;
    let next = bufB;
    active[0] = root;
    let activeLen = 1;
    let j = start;
    let found = false;
    while (j < n && activeLen > 0) {
      const raw = text.charCodeAt(j);
      let c1: number;
      let c2 = 0;
      let nextJ = j + 1;
      if (isSeparatorCode(raw)) {
        c1 = SEPARATOR;
        let newlines = raw === NEWLINE ? 1 : 0;
        while (nextJ < n) {
          const c = text.charCodeAt(nextJ);
          if (!isSeparatorCode(c)) break;
          if (c === NEWLINE && ++newlines > 1) break;
          nextJ++;
        }
        if (newlines > 1) break;
      } else {
        const c = normalisePunctuation(raw);
        const folded = foldCode(c);
        c1 = folded;
        // Strict (case-sensitive) edges are stored as the negative exact code.
        c2 = folded !== c || (c >= 97 && c <= 122) || (c > 127 && folded === c) ? -c : 0;
      }
      let nextLen = 0;
      for (let k = 0; k < activeLen; k++) {
        const node = active[k];
        const a = step(node, c1);
        if (a !== undefined) next[nextLen++] = a;
        if (c2 !== 0) {
          const b = step(node, c2);
          if (b !== undefined) next[nextLen++] = b;
        }
      }
      const swap = active;
      active = next;
      next = swap;
      activeLen = nextLen;
      j = nextJ;
      for (let k = 0; k < activeLen; k++) {
        const node = active[k];
        if (node.termId === null) continue;
        if (j >= n || !isWordCode(text.charCodeAt(j))) {
          if (!found || j > out.end) {
            out.end = j;
            out.termId = node.termId;
            found = true;
          }
        } else if (
          node.pluralOk &&
          text.charCodeAt(j) === LOWER_S &&
          (j + 1 >= n || !isWordCode(text.charCodeAt(j + 1)))
        ) {
          if (!found || j + 1 > out.end) {
            out.end = j + 1;
            out.termId = node.termId;
            found = true;
          }
        }
      }
    }
    bufA = active;
    bufB = next;
    return found;
  }

  function find(text: string): TermSpan[] {
    const spans: TermSpan[] = [];
    const n = text.length;
    const hit = { end: 0, termId: "" };
    let i = 0;
    while (i < n) {
      if (!isWordCode(text.charCodeAt(i))) {
        i++;
        continue;
      }
      if (longestAt(text, i, hit)) {
        spans.push({ start: i, end: hit.end, termId: hit.termId, matched: text.slice(i, hit.end) });
        i = hit.end;
        continue;
      }
      while (i < n && isWordCode(text.charCodeAt(i))) i++;
    }
    return spans;
  }

  return { phraseCount, find };
}
