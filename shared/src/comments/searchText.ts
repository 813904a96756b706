import { escapeHtml } from "./commentBody.ts";
import type { SnippetSegment } from "./types.ts";

/** Private-use characters that mark matches inside raw snippets (stripped from indexed text). */
export const MARK_START = "\uE000";
/** End of a match in a raw snippet. */
export const MARK_END = "\uE001";

/** Remove marker characters from text before indexing (user text cannot forge a match). */
export function stripMarkers(text: string): string {
  return text.replace(/[\uE000\uE001]/g, "");
}

/** Search words of a query: letters/digits only, lower case, distinct, at most 8. */
export function searchTerms(q: string): string[] {
  const words = q.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, 8);
}

/** An FTS5 MATCH expression: every term as a quoted prefix, all required. Empty when there are no terms. */
export function ftsMatchExpression(terms: readonly string[]): string {
  return terms.map((t) => `"${t.replaceAll('"', "")}"*`).join(" ");
}

/** Split a marked snippet into segments. */
export function segmentsFromMarked(marked: string): SnippetSegment[] {
  const out: SnippetSegment[] = [];
  let match = false;
  let buf = "";
  const flush = () => {
    if (buf) out.push({ text: buf, match });
    buf = "";
  };
  for (const ch of marked) {
    if (ch === MARK_START) {
      flush();
      match = true;
    } else if (ch === MARK_END) {
      flush();
      match = false;
    } else buf += ch;
  }
  flush();
  return out;
}

/** Segments as escaped HTML with `<mark>` around matches. */
export function segmentsToHtml(segments: readonly SnippetSegment[]): string {
  return segments.map((s) => (s.match ? `<mark>${escapeHtml(s.text)}</mark>` : escapeHtml(s.text))).join("");
}

/**
 * A snippet of `text` around the first match of any term (word-prefix,
 * case-insensitive), at most about `maxChars` long, with every match marked.
 * For stores without a snippet function (MongoDB).
 */
export function makeSnippet(text: string, terms: readonly string[], maxChars = 160): SnippetSegment[] {
  const flat = text.replace(/\s+/g, " ").trim();
  if (terms.length === 0) return [{ text: flat.slice(0, maxChars), match: false }];
  const lower = flat.toLowerCase();
  const isWordStart = (i: number) => i === 0 || !/[\p{L}\p{N}]/u.test(flat[i - 1]!);
  const matches: Array<[number, number]> = [];
  for (const term of terms) {
    let i = lower.indexOf(term);
    while (i >= 0) {
      if (isWordStart(i)) {
        let end = i + term.length;
        while (end < flat.length && /[\p{L}\p{N}]/u.test(flat[end]!)) end++;
        matches.push([i, end]);
      }
      i = lower.indexOf(term, i + 1);
    }
  }
  matches.sort((a, b) => a[0] - b[0]);
  const first = matches[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(maxChars / 3));
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    if (space >= 0 && space < first) start = space + 1;
  }
  const end = Math.min(flat.length, start + maxChars);
  const out: SnippetSegment[] = [];
  if (start > 0) out.push({ text: "…", match: false });
  let at = start;
  for (const [s, e] of matches) {
    if (s < at || s >= end) continue;
    if (s > at) out.push({ text: flat.slice(at, s), match: false });
    out.push({ text: flat.slice(s, Math.min(e, end)), match: true });
    at = Math.min(e, end);
  }
  if (at < end) out.push({ text: flat.slice(at, end), match: false });
  if (end < flat.length) out.push({ text: "…", match: false });
  return out;
}
