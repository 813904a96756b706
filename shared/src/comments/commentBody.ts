/*
 * Comment bodies: a small, strict markdown subset stored as text.
 *
 *   **bold**   *italic*   [label](https://example.org)   https://bare.example.org
 *   @[Display Name](user:USER_ID)   line breaks   \* \[ \] \( \) \@ \\ (escapes)
 *
 * Nothing else is markup: "<b>" is the four characters "<b>". Input is
 * normalised and canonicalised on the way in (`canonicalCommentBody`), parsed
 * into inert nodes for display (`parseCommentBody`), and every renderer escapes
 * on the way out (React text nodes in the app, `renderCommentHtml` for email,
 * `renderCommentText` for plain text and exports). Links are kept only for
 * http, https and mailto URLs.
 */

/** Longest stored comment body (characters). */
export const COMMENT_BODY_MAX = 5000;

/** One inline piece of a parsed comment body. */
export type CommentNode =
  | { type: "text"; text: string; bold?: true; italic?: true }
  | { type: "link"; href: string; text: string; bold?: true; italic?: true }
  | { type: "mention"; userId: string; name: string }
  | { type: "break" };

const ESCAPABLE = new Set(["*", "[", "]", "\\"]);

/** Characters removed from input: C0/C1 controls (except \n), bidi overrides, search markers, BOM. */
// eslint-disable-next-line no-control-regex
const STRIP = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uE000\uE001\uFEFF]/g;

/** Ids in mention tokens. */
const USER_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The WHATWG URL parser (present in browsers and Node; `shared` compiles without DOM types). */
const UrlParser = (globalThis as unknown as { URL: new (s: string) => { protocol: string; username: string; password: string; href: string } }).URL;

/** A URL we are willing to make a link of, normalised; null otherwise. */
export function safeHref(raw: string): string | null {
  const candidate = raw.trim();
  if (candidate.length === 0 || candidate.length > 2000) return null;
  let url: InstanceType<typeof UrlParser>;
  try {
    url = new UrlParser(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:" && url.protocol !== "mailto:") return null;
  if (url.username || url.password) return null;
  return url.href;
}

/** Normalise raw input text: NFC, LF line ends, no control/bidi-override characters, at most two blank lines, trimmed. */
export function normaliseCommentText(input: string): string {
  return input
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(STRIP, "")
    .replace(/\n{4,}/g, "\n\n\n")
    .trim();
}

interface Marker {
  kind: "bold" | "italic";
  at: number;
}

const TOKEN =
  /\\([*[\]()@\\_])|@\[([^\]\n]{1,80})\]\(user:([A-Za-z0-9_-]{8,64})\)|\[([^\]\n]{1,300})\]\(([^()\s]{1,2000})\)|(https?:\/\/[^\s<>"'`)\]]+[^\s<>"'`)\].,;:!?])|(\*\*)|(\*)/g;

type RawToken =
  | { kind: "text"; text: string }
  | { kind: "mention"; name: string; userId: string }
  | { kind: "link"; label: string; href: string }
  | { kind: "marker"; marker: "bold" | "italic" };

function tokeniseLine(line: string): RawToken[] {
  const out: RawToken[] = [];
  let last = 0;
  for (const m of line.matchAll(TOKEN)) {
    const at = m.index;
    if (at > last) out.push({ kind: "text", text: line.slice(last, at) });
    last = at + m[0].length;
    if (m[1] !== undefined) out.push({ kind: "text", text: m[1] });
    else if (m[2] !== undefined && m[3] !== undefined) out.push({ kind: "mention", name: m[2], userId: m[3] });
    else if (m[4] !== undefined && m[5] !== undefined) {
      const href = safeHref(m[5]);
      if (href) out.push({ kind: "link", label: m[4], href });
      else out.push({ kind: "text", text: m[0] });
    } else if (m[6] !== undefined) {
      const href = safeHref(m[6]);
      if (href) out.push({ kind: "link", label: m[6], href });
      else out.push({ kind: "text", text: m[6] });
    } else if (m[7] !== undefined) out.push({ kind: "marker", marker: "bold" });
    else out.push({ kind: "marker", marker: "italic" });
  }
  if (last < line.length) out.push({ kind: "text", text: line.slice(last) });
  return out;
}

/** Markers that have a partner later on the same line become formatting; the rest stay literal. */
function pairMarkers(tokens: RawToken[]): Set<number> {
  const paired = new Set<number>();
  const open: Marker[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== "marker") return;
    const top = open.findLastIndex((o) => o.kind === t.marker);
    if (top >= 0) {
      paired.add(open[top]!.at);
      paired.add(i);
      open.splice(top);
    } else {
      open.push({ kind: t.marker, at: i });
    }
  });
  return paired;
}

function pushText(out: CommentNode[], text: string, bold: boolean, italic: boolean): void {
  if (text.length === 0) return;
  const prev = out[out.length - 1];
  if (prev && prev.type === "text" && !!prev.bold === bold && !!prev.italic === italic) {
    prev.text += text;
    return;
  }
  out.push({ type: "text", text, ...(bold ? { bold: true as const } : {}), ...(italic ? { italic: true as const } : {}) });
}

/** Parse a stored (or raw) body into inert nodes. Never throws. */
export function parseCommentBody(body: string): CommentNode[] {
  const out: CommentNode[] = [];
  body.split("\n").forEach((line, lineNo) => {
    if (lineNo > 0) out.push({ type: "break" });
    const tokens = tokeniseLine(line);
    const paired = pairMarkers(tokens);
    let bold = false;
    let italic = false;
    tokens.forEach((t, i) => {
      switch (t.kind) {
        case "text":
          pushText(out, t.text, bold, italic);
          break;
        case "mention":
          out.push({ type: "mention", userId: t.userId, name: t.name.trim() || "member" });
          break;
        case "link":
          out.push({ type: "link", href: t.href, text: t.label, ...(bold ? { bold: true as const } : {}), ...(italic ? { italic: true as const } : {}) });
          break;
        case "marker":
          if (!paired.has(i)) pushText(out, t.marker === "bold" ? "**" : "*", bold, italic);
          else if (t.marker === "bold") bold = !bold;
          else italic = !italic;
          break;
      }
    });
  });
  return out;
}

function escapeMarkup(text: string): string {
  let s = "";
  for (const ch of text) s += ESCAPABLE.has(ch) ? `\\${ch}` : ch;
  // a bare URL in escaped text would become a link again: that is fine (same link)
  return s;
}

function wrap(text: string, node: { bold?: true; italic?: true }): string {
  let s = text;
  if (node.italic) s = `*${s}*`;
  if (node.bold) s = `**${s}**`;
  return s;
}

/** Serialise nodes back to the canonical stored form. `parseCommentBody(serialise(n))` gives `n` back. */
export function serialiseCommentNodes(nodes: readonly CommentNode[]): string {
  let s = "";
  for (const n of nodes) {
    switch (n.type) {
      case "break":
        s += "\n";
        break;
      case "mention":
        s += `@[${n.name.replace(/[\]\n]/g, "")}](user:${n.userId})`;
        break;
      case "link":
        s += wrap(n.text === n.href && /^https?:/.test(n.href) ? n.href : `[${n.text.replace(/[\]\n]/g, "")}](${n.href})`, n);
        break;
      case "text":
        s += n.text.trim().length === 0 ? escapeMarkup(n.text) : wrap(escapeMarkup(n.text), n);
        break;
    }
  }
  return s;
}

/**
 * The canonical stored form of untrusted input: normalised, parsed with the
 * strict grammar and serialised again, keeping only mentions `keepMention`
 * accepts (others become plain "@Name" text) and renaming kept mentions to
 * `nameOf(userId)` (so a display name cannot be spoofed in the token).
 */
export function canonicalCommentBody(
  input: string,
  options: { keepMention?: (userId: string) => boolean; nameOf?: (userId: string) => string | null } = {},
): string {
  const nodes = parseCommentBody(normaliseCommentText(input)).map((n): CommentNode => {
    if (n.type !== "mention") return n;
    const keep = USER_ID.test(n.userId) && (options.keepMention ? options.keepMention(n.userId) : true);
    if (!keep) return { type: "text", text: `@${n.name}` };
    const name = options.nameOf?.(n.userId) ?? n.name;
    return { type: "mention", userId: n.userId, name };
  });
  return serialiseCommentNodes(nodes).trim();
}

/** Distinct user ids mentioned in a body. */
export function mentionedUserIds(body: string): string[] {
  const ids = new Set<string>();
  for (const n of parseCommentBody(body)) if (n.type === "mention") ids.add(n.userId);
  return [...ids];
}

/** Escape text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Body as HTML for email: every piece escaped; only strong, em, a (http/https/mailto), br and span. */
export function renderCommentHtml(body: string): string {
  return parseCommentBody(body)
    .map((n) => {
      switch (n.type) {
        case "break":
          return "<br>";
        case "mention":
          return `<strong>@${escapeHtml(n.name)}</strong>`;
        case "link": {
          const a = `<a href="${escapeHtml(n.href)}" rel="noopener noreferrer">${escapeHtml(n.text)}</a>`;
          return n.bold && n.italic ? `<strong><em>${a}</em></strong>` : n.bold ? `<strong>${a}</strong>` : n.italic ? `<em>${a}</em>` : a;
        }
        case "text": {
          const t = escapeHtml(n.text);
          return n.bold && n.italic ? `<strong><em>${t}</em></strong>` : n.bold ? `<strong>${t}</strong>` : n.italic ? `<em>${t}</em>` : t;
        }
      }
    })
    .join("");
}

/** Body as plain text (email text part, exports, notification excerpts): "@Name", "label (url)". */
export function renderCommentText(body: string): string {
  return parseCommentBody(body)
    .map((n) => {
      switch (n.type) {
        case "break":
          return "\n";
        case "mention":
          return `@${n.name}`;
        case "link":
          return n.text === n.href ? n.href : `${n.text} (${n.href})`;
        case "text":
          return n.text;
      }
    })
    .join("");
}

/** A one-line excerpt of a body (plain text), at most `max` characters. */
export function commentExcerpt(body: string, max = 140): string {
  const flat = renderCommentText(body).replace(/\s+/g, " ").trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** A mention picked in a composer: shown as "@Name" while typing, stored as a token. */
export interface PickedMention {
  userId: string;
  name: string;
}

/**
 * Composer text ("Thanks @Sam Patel, …") plus the mentions picked from the
 * autocomplete → stored body with mention tokens. Literal markup characters
 * typed by the user are escaped, except the supported formatting.
 */
export function encodeMentions(text: string, picked: readonly PickedMention[]): string {
  const byLength = [...picked].sort((a, b) => b.name.length - a.name.length);
  let out = "";
  let i = 0;
  outer: while (i < text.length) {
    if (text[i] === "@" && (i === 0 || /[\s(]/.test(text[i - 1]!))) {
      for (const p of byLength) {
        if (text.startsWith(`@${p.name}`, i)) {
          out += `@[${p.name.replace(/[\]\n]/g, "")}](user:${p.userId})`;
          i += p.name.length + 1;
          continue outer;
        }
      }
    }
    out += text[i];
    i++;
  }
  return out;
}

/** Stored body → composer text and its mentions (for editing a comment). */
export function decodeMentions(body: string): { text: string; mentions: PickedMention[] } {
  const mentions: PickedMention[] = [];
  const text = body.replace(/@\[([^\]\n]{1,80})\]\(user:([A-Za-z0-9_-]{8,64})\)/g, (_m, name: string, userId: string) => {
    if (!mentions.some((p) => p.userId === userId)) mentions.push({ userId, name });
    return `@${name}`;
  });
  return { text, mentions };
}
