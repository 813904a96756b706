import type { Term } from "./schema.ts";

/** Edge code used for any run of whitespace or a hyphen/dash: "first-time" and "first time" match alike. */
export const SEPARATOR = 32;
const APOSTROPHE = 39;

/** true for characters that belong to a word (letters, digits, underscore). */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return isNonAsciiWord(c);
}

const nonAsciiWordCache = new Map<number, boolean>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isNonAsciiWord(c: number): boolean {
  let v = nonAsciiWordCache.get(c);
  if (v === undefined) {
    v = LETTER_OR_DIGIT.test(String.fromCharCode(c));
    nonAsciiWordCache.set(c, v);
  }
  return v;
}

/** true for whitespace, hyphen and dashes (they all become one separator). */
export function isSeparatorCode(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 160 || c === 45 || c === 8208 || c === 8209 ||
    c === 8211 || c === 8212 || c === 8239 || c === 8201 || c === 8202
  );
}

/** Maps typographic apostrophes to a plain one. */
export function normalisePunctuation(c: number): number {
  return c === 8217 || c === 8216 ? APOSTROPHE : c;
}

const foldCache = new Map<number, number>();
/** Lower-case fold of one character code (ASCII fast path). */
export function foldCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  let v = foldCache.get(c);
  if (v === undefined) {
    const lower = String.fromCharCode(c).toLowerCase();
    v = lower.length === 1 ? lower.charCodeAt(0) : c;
    foldCache.set(c, v);
  }
  return v;
}

/** true for a letter (ASCII or not) whose case can change. */
function hasCase(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const s = String.fromCharCode(c);
  return s.toLowerCase() !== s.toUpperCase();
}

/**
 * A token is "strict" (matched case-sensitively) when it is short (at most 6 characters) and looks like an
 * acronym: two or more capitals ("JSNA", "MCoC", "R&D", "13SA"), or all capitals/digits ("5G"). So "HLE" never
 * matches "hle", and an acronym like "IT" would never match the word "it".
 */
export function isStrictToken(token: string): boolean {
  if (token.length > 6 || token.length < 2) return false;
  let upper = 0;
  let lower = 0;
  for (const ch of token) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return upper >= 2 || (upper >= 1 && lower === 0);
}

/** Trims a phrase to start and end on word characters. */
export function trimPhrase(phrase: string): string {
  let start = 0;
  let end = phrase.length;
  while (start < end && !isWordCode(phrase.charCodeAt(start))) start++;
  while (end > start && !isWordCode(phrase.charCodeAt(end - 1))) end--;
  return phrase.slice(start, end);
}

/**
 * The trie edge codes for a phrase: separators collapse to one code, letters in strict tokens are exact
 * (negative code), other letters are case-folded, other characters kept (apostrophes normalised).
 */
export function keyCodes(phrase: string): number[] {
  const p = trimPhrase(phrase);
  const codes: number[] = [];
  const tokenRe = /[^\s\-\u2010\u2011\u2013\u2014]+|[\s\-\u2010\u2011\u2013\u2014]+/g;
  for (const m of p.matchAll(tokenRe)) {
    const tok = m[0];
    if (isSeparatorCode(tok.charCodeAt(0))) {
      codes.push(SEPARATOR);
      continue;
    }
    const strictWord = isStrictToken(tok.replace(/[^\p{L}\p{N}&]/gu, ""));
    for (let i = 0; i < tok.length; i++) {
      const c = normalisePunctuation(tok.charCodeAt(i));
      if (hasCase(c)) codes.push(strictWord ? -c : foldCode(c));
      else codes.push(c);
    }
  }
  return codes;
}

/** A canonical signature of a phrase: two phrases with the same signature match exactly the same text. */
export function keySignature(phrase: string): string {
  return keyCodes(phrase).join(",");
}

/** The label without a trailing parenthetical, e.g. "Integrated care board (ICB)" gives "Integrated care board". */
export function labelPhrase(label: string): string {
  return label.replace(/\s*\([^)]*\)\s*$/, "").trim();
}

/** The phrases `findTerms` spots for a term: its label (unless too generic), aliases and acronyms. */
export function spotPhrases(term: Pick<Term, "label" | "aliases" | "acronyms" | "spotLabel">): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    const t = trimPhrase(p);
    if (t.length < 2) return;
    const sig = keySignature(t);
    if (seen.has(sig)) return;
    seen.add(sig);
    out.push(t);
  };
  if (term.spotLabel) add(labelPhrase(term.label));
  for (const a of term.aliases) add(a);
  for (const a of term.acronyms) add(a);
  return out;
}
