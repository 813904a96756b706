import type { PmDoc, PmMark, PmNode } from "./schema.ts";

/** A text node, optionally marked (e.g. `text("NHS", [{ type: "bold" }])`). */
export function text(value: string, marks?: PmMark[]): PmNode {
  return marks && marks.length > 0 ? { type: "text", text: value, marks } : { type: "text", text: value };
}

/** A paragraph from a string or inline nodes (empty string: an empty paragraph). */
export function paragraph(content: string | PmNode[] = ""): PmNode {
  const inline = typeof content === "string" ? (content ? [text(content)] : []) : content;
  return inline.length > 0 ? { type: "paragraph", content: inline } : { type: "paragraph" };
}

/** A heading (level 1 to 6). */
export function heading(level: 1 | 2 | 3 | 4 | 5 | 6, content: string | PmNode[]): PmNode {
  const inline = typeof content === "string" ? [text(content)] : content;
  return { type: "heading", attrs: { level }, content: inline };
}

/** A bullet list; each item is a string or inline nodes (one paragraph per item). */
export function bulletList(items: Array<string | PmNode[]>): PmNode {
  return { type: "bulletList", content: items.map((i) => ({ type: "listItem", content: [paragraph(i)] })) };
}

/** A numbered list; each item is a string or inline nodes. */
export function orderedList(items: Array<string | PmNode[]>, start = 1): PmNode {
  return {
    type: "orderedList",
    attrs: { start },
    content: items.map((i) => ({ type: "listItem", content: [paragraph(i)] })),
  };
}

/** A body document from block nodes (none: one empty paragraph, so clients never create it). */
export function bodyDoc(blocks: PmNode[]): PmDoc {
  return { type: "doc", content: blocks.length > 0 ? blocks : [paragraph()] };
}

/**
 * A body of plain paragraphs, one per string. An empty list gives one empty
 * paragraph: the server writes it so two clients never both create it.
 */
export function sectionBodyFromParagraphs(paragraphs: readonly string[]): PmDoc {
  return bodyDoc(paragraphs.map((p) => paragraph(p)));
}
