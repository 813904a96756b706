import * as Y from "yjs";
import { fromBase64, toBase64 } from "lib0/buffer";
import { PLAN_ROOTS } from "../plan/schema.ts";
import { sectionBody } from "../plan/sections.ts";
import type { TextAnchor } from "./anchor.ts";

/*
 * Text-range anchors over a section body (a Y.XmlFragment as written by
 * y-tiptap). Positions are Yjs relative positions, so they follow concurrent
 * edits: the start is tied to the first character of the range (assoc 0) and
 * the end to the last one (assoc -1); text typed right at either edge stays
 * outside the range. When the whole range is deleted the anchor is "detached":
 * the comment is kept and shown with its quote.
 *
 * "Linear text" of a body: the text of every Y.XmlText in document order,
 * joined with "\n" (one XmlText per run between inline nodes such as hard
 * breaks; embeds count as U+FFFC).
 */

/** One text node of a body and where it starts in the linear text. */
interface TextSpan {
  type: Y.XmlText;
  start: number;
  text: string;
}

function textOf(t: Y.XmlText): string {
  let s = "";
  for (const op of t.toDelta() as Array<{ insert: unknown }>) s += typeof op.insert === "string" ? op.insert : "\uFFFC";
  return s;
}

function collect(node: Y.XmlFragment | Y.XmlElement, out: Y.XmlText[]): void {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) out.push(child);
    else if (child instanceof Y.XmlElement) collect(child, out);
  }
}

/** The body's text nodes with their linear offsets, and the linear text. */
export function linearText(fragment: Y.XmlFragment): { text: string; spans: TextSpan[] } {
  const nodes: Y.XmlText[] = [];
  collect(fragment, nodes);
  const spans: TextSpan[] = [];
  let text = "";
  nodes.forEach((type, i) => {
    if (i > 0) text += "\n";
    const t = textOf(type);
    spans.push({ type, start: text.length, text: t });
    text += t;
  });
  return { text, spans };
}

/** Encode a relative position as base64 (what anchors store). */
export function encodePosition(pos: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(pos));
}

/** Decode a stored position; null when malformed. */
export function decodePosition(encoded: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(fromBase64(encoded));
  } catch {
    return null;
  }
}

/**
 * Positions for a range given as (text node, index) pairs, e.g. from an
 * editor selection mapped through y-tiptap. Start binds to the character at
 * `startIndex`, end to the character before `endIndex`.
 */
export function rangePositions(
  start: { type: Y.XmlText; index: number },
  end: { type: Y.XmlText; index: number },
): { start: string; end: string } {
  return {
    start: encodePosition(Y.createRelativePositionFromTypeIndex(start.type, start.index, 0)),
    end: encodePosition(Y.createRelativePositionFromTypeIndex(end.type, end.index, -1)),
  };
}

/**
 * A text anchor for the linear-text range [from, to) of a section body, or
 * null when the range is empty or outside the body. Used by the server, tests
 * and non-editor clients.
 */
export function createTextAnchor(doc: Y.Doc, sectionId: string, from: number, to: number): TextAnchor | null {
  const fragment = sectionBody(doc, sectionId);
  if (!fragment || to <= from) return null;
  const { text, spans } = linearText(fragment);
  if (from < 0 || to > text.length) return null;
  const startSpan = spans.find((s) => from >= s.start && from < s.start + s.text.length);
  const endSpan = spans.find((s) => to - 1 >= s.start && to - 1 < s.start + s.text.length);
  if (!startSpan || !endSpan) return null;
  const quote = text.slice(from, to).trim();
  if (quote.length === 0) return null;
  const pos = rangePositions(
    { type: startSpan.type, index: from - startSpan.start },
    { type: endSpan.type, index: to - endSpan.start },
  );
  return { kind: "text", sectionId, ...pos, quote: quote.slice(0, 1000) };
}

/*
 * Undo restores deleted text as new characters, and a relative position only
 * follows them on the device that did the undo (Yjs keeps "redone" links
 * locally). So that device records, in the plan's `anchorMoves` root, the
 * positions of the restored range under the anchor's original positions; every
 * device and the server resolve anchors through it and see the same words.
 */

/** The key of an anchor in `anchorMoves`: its stored positions. */
export function anchorMoveKey(anchor: Pick<TextAnchor, "start" | "end">): string {
  return `${anchor.start} ${anchor.end}`;
}

/** The positions a text anchor resolves through now: its move, if one was recorded, else its own. */
export function currentPositions(doc: Y.Doc, anchor: Pick<TextAnchor, "start" | "end">): { start: string; end: string } {
  const moves = doc.share.get(PLAN_ROOTS.anchorMoves);
  const moved: unknown = moves instanceof Y.Map ? moves.get(anchorMoveKey(anchor)) : undefined;
  if (moved && typeof moved === "object") {
    const { start, end } = moved as { start?: unknown; end?: unknown };
    if (typeof start === "string" && typeof end === "string") return { start, end };
  }
  return { start: anchor.start, end: anchor.end };
}

function absolutePosition(doc: Y.Doc, encoded: string, followUndo: boolean): Y.AbsolutePosition | null {
  const rel = decodePosition(encoded);
  if (!rel) return null;
  try {
    return Y.createAbsolutePositionFromRelativePosition(rel, doc, followUndo);
  } catch {
    return null;
  }
}

/**
 * On the device that just undid a deletion: new positions for an anchor whose
 * characters the undo restored (as new ones), or null when it needs no move.
 */
export function restoredPositions(doc: Y.Doc, anchor: Pick<TextAnchor, "start" | "end">): { start: string; end: string } | null {
  const now = currentPositions(doc, anchor);
  const start = absolutePosition(doc, now.start, true);
  const end = absolutePosition(doc, now.end, true);
  if (!start || !end || (start.type === end.type && end.index <= start.index)) return null;
  const plainStart = absolutePosition(doc, now.start, false);
  const plainEnd = absolutePosition(doc, now.end, false);
  const same = (a: Y.AbsolutePosition | null, b: Y.AbsolutePosition) => a !== null && a.type === b.type && a.index === b.index;
  if (same(plainStart, start) && same(plainEnd, end)) return null;
  return {
    start: encodePosition(Y.createRelativePositionFromTypeIndex(start.type, start.index, 0)),
    end: encodePosition(Y.createRelativePositionFromTypeIndex(end.type, end.index, -1)),
  };
}

/** Where a text anchor is now. */
export type ResolvedTextAnchor =
  | { status: "attached"; from: number; to: number; text: string }
  | { status: "detached" };

function absolute(doc: Y.Doc, encoded: string, spans: TextSpan[]): number | null {
  const rel = decodePosition(encoded);
  if (!rel) return null;
  let abs: Y.AbsolutePosition | null;
  try {
    abs = Y.createAbsolutePositionFromRelativePosition(rel, doc);
  } catch {
    return null;
  }
  if (!abs) return null;
  const span = spans.find((s) => s.type === abs.type);
  if (!span) return null;
  return span.start + Math.min(abs.index, span.text.length);
}

/**
 * Resolve a text anchor against the current document: its linear range and
 * text, or "detached" when the section, the text nodes or every character of
 * the range are gone. Follows a move recorded after an undo.
 */
export function resolveTextAnchor(doc: Y.Doc, anchor: Pick<TextAnchor, "sectionId" | "start" | "end">): ResolvedTextAnchor {
  const fragment = sectionBody(doc, anchor.sectionId);
  if (!fragment) return { status: "detached" };
  const { text, spans } = linearText(fragment);
  const now = currentPositions(doc, anchor);
  const from = absolute(doc, now.start, spans);
  const to = absolute(doc, now.end, spans);
  if (from === null || to === null || to <= from) return { status: "detached" };
  const current = text.slice(from, to);
  if (current.replace(/\s/g, "").length === 0) return { status: "detached" };
  return { status: "attached", from, to, text: current };
}
