import type { PmDoc, PmNode } from "./schema.ts";

const CELL_TYPES = new Set(["tableCell", "tableHeader"]);

function inlineText(nodes: readonly PmNode[]): string {
  let s = "";
  for (const n of nodes) {
    if (n.type === "text") s += n.text ?? "";
    else if (n.type === "hardBreak") s += "\n";
    else if (n.content) s += inlineText(n.content);
  }
  return s;
}

function isInline(n: PmNode): boolean {
  return n.type === "text" || n.type === "hardBreak";
}

function blockLines(nodes: readonly PmNode[], out: string[]): void {
  for (const n of nodes) {
    if (n.type === "tableRow") {
      const cells = (n.content ?? []).map((c) => {
        const lines: string[] = [];
        blockLines(c.content ?? [], lines);
        return lines.join(" ");
      });
      out.push(cells.join(" | "));
    } else if (n.type === "horizontalRule") {
      continue;
    } else if (n.content && n.content.length > 0 && n.content.every(isInline)) {
      out.push(inlineText(n.content));
    } else if (n.content && n.content.length > 0) {
      blockLines(n.content, out);
    } else if (isInline(n)) {
      out.push(inlineText([n]));
    } else if (!CELL_TYPES.has(n.type)) {
      out.push("");
    }
  }
}

/**
 * Plain text of a body: one line per textblock (paragraph, heading, list item
 * paragraph, code block), table rows as `cell | cell`, hard breaks as newlines,
 * no markup or list markers. Empty paragraphs give empty lines; trailing blank lines
 * are trimmed.
 */
export function pmText(body: PmDoc | readonly PmNode[]): string {
  const nodes = Array.isArray(body) ? (body as readonly PmNode[]) : (body as PmDoc).content;
  const lines: string[] = [];
  blockLines(nodes, lines);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines.join("\n");
}
