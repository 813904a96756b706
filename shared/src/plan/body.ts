import * as Y from "yjs";
import { PLAN_LIMITS } from "./schema.ts";
import type { PmDoc, PmMark, PmNode } from "./schema.ts";

/** y-prosemirror suffixes overlapping marks' attribute names with `--<8-char hash>`. */
const HASHED_MARK_NAME = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

/** Mark name from a Y.XmlText formatting attribute name (strips y-prosemirror's hash suffix). */
export function markNameFromAttribute(attributeName: string): string {
  return HASHED_MARK_NAME.exec(attributeName)?.[1] ?? attributeName;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function marksFromAttributes(attributes: unknown): PmMark[] | undefined {
  if (!isPlainObject(attributes)) return undefined;
  const marks: PmMark[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false || key === "ychange") continue;
    const mark: PmMark = { type: markNameFromAttribute(key) };
    if (isPlainObject(value) && Object.keys(value).length > 0) mark.attrs = { ...value };
    marks.push(mark);
  }
  return marks.length > 0 ? marks : undefined;
}

function textNodes(text: Y.XmlText): PmNode[] {
  const out: PmNode[] = [];
  for (const op of text.toDelta() as Array<{ insert?: unknown; attributes?: unknown }>) {
    if (typeof op.insert !== "string" || op.insert.length === 0) continue; // embeds are not used
    const node: PmNode = { type: "text", text: op.insert };
    const marks = marksFromAttributes(op.attributes);
    if (marks) node.marks = marks;
    out.push(node);
  }
  return out;
}

function childrenToJSON(parent: Y.XmlFragment | Y.XmlElement, depth: number): PmNode[] {
  const out: PmNode[] = [];
  if (depth > PLAN_LIMITS.bodyMaxDepth) return out;
  for (const child of parent.toArray()) {
    if (child instanceof Y.XmlText) {
      out.push(...textNodes(child));
    } else if (child instanceof Y.XmlElement) {
      const node: PmNode = { type: child.nodeName };
      const attrs = child.getAttributes() as Record<string, unknown>;
      const kept: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(attrs)) if (v !== undefined && k !== "ychange") kept[k] = v;
      if (Object.keys(kept).length > 0) node.attrs = kept;
      const content = childrenToJSON(child, depth + 1);
      if (content.length > 0) node.content = content;
      out.push(node);
    }
    // Y.XmlHook and anything else: not part of the editor schema, skipped.
  }
  return out;
}

/**
 * Reads a section body (a Y.XmlFragment bound to Tiptap) as ProseMirror-like JSON,
 * the same shape `editor.getJSON()` returns for the stored attributes. Marks come back
 * as `{ type, attrs? }` (attrs omitted when empty, e.g. bold). Never throws; nesting
 * deeper than `PLAN_LIMITS.bodyMaxDepth` is dropped.
 */
export function bodyToJSON(fragment: Y.XmlFragment): PmDoc {
  return { type: "doc", content: childrenToJSON(fragment, 0) };
}

function markAttributes(marks: readonly PmMark[] | undefined): Record<string, unknown> | undefined {
  if (!marks || marks.length === 0) return undefined;
  const attrs: Record<string, unknown> = {};
  // y-prosemirror stores a mark as `{ [markName]: mark.attrs }` (`{}` for bold etc.).
  for (const m of marks) attrs[m.type] = m.attrs ? { ...m.attrs } : {};
  return attrs;
}

function buildText(run: readonly PmNode[]): Y.XmlText {
  const text = new Y.XmlText();
  let index = 0;
  for (const n of run) {
    if (typeof n.text !== "string" || n.text.length === 0) continue;
    // Always pass an attributes object: without one Y.Text inherits the marks on the left.
    // (insert, not applyDelta: a prelim text replays applyDelta with sanitize=true, which
    // would drop a trailing "\n".)
    text.insert(index, n.text, markAttributes(n.marks) ?? {});
    index += n.text.length;
  }
  return text;
}

/**
 * Converts a node list to Yjs types the way y-prosemirror does: each element node is a
 * `Y.XmlElement(type)` with non-null attrs as attributes; each run of adjacent text
 * nodes becomes ONE `Y.XmlText` (two adjacent Y.XmlTexts trigger y-prosemirror's
 * merge fix-up on the client).
 */
function buildChildren(nodes: readonly PmNode[], depth: number): Array<Y.XmlElement | Y.XmlText> {
  const out: Array<Y.XmlElement | Y.XmlText> = [];
  if (depth > PLAN_LIMITS.bodyMaxDepth) return out;
  let run: PmNode[] = [];
  const flush = () => {
    if (run.some((n) => typeof n.text === "string" && n.text.length > 0)) out.push(buildText(run));
    run = [];
  };
  for (const node of nodes) {
    if (node.type === "text") {
      run.push(node);
      continue;
    }
    flush();
    const el = new Y.XmlElement(node.type);
    for (const [k, v] of Object.entries(node.attrs ?? {})) {
      if (v !== null && v !== undefined && k !== "ychange") el.setAttribute(k, v as string);
    }
    const children = buildChildren(node.content ?? [], depth + 1);
    if (children.length > 0) el.insert(0, children);
    out.push(el);
  }
  flush();
  return out;
}

/**
 * Replaces the whole content of `fragment` with `json` (a `{ type: "doc" }` node or a
 * list of block nodes), in one transaction when the fragment is in a document. Writes
 * into the given fragment rather than replacing it, so bound editors keep working.
 * Used by templates and by "restore a version".
 */
export function jsonToBody(json: PmDoc | readonly PmNode[], fragment: Y.XmlFragment): void {
  const nodes = Array.isArray(json) ? (json as readonly PmNode[]) : (json as PmDoc).content;
  const write = () => {
    if (fragment.doc && fragment.length > 0) fragment.delete(0, fragment.length);
    const children = buildChildren(nodes, 0);
    if (children.length > 0) fragment.insert(0, children);
  };
  if (fragment.doc) fragment.doc.transact(write);
  else write();
}

/** A new (not yet integrated) fragment holding `json`; put it into a Y.Map to use it. */
export function newBodyFragment(json: PmDoc | readonly PmNode[]): Y.XmlFragment {
  const fragment = new Y.XmlFragment();
  jsonToBody(json, fragment);
  return fragment;
}
