import type { PmNode } from "@jigsaw/shared/plan/index";
import { inlineRuns, inlineText, neutraliseCell, type HeadingLeveler } from "./exportText.ts";
import type { TextTable } from "./exportTables.ts";
import { cellText } from "./markdownRenderer.ts";
import { PDF_FONT, pdfInfoText, pdfMeasureText, pdfRuns, registerFallbackFonts, type PdfFace } from "./pdfFonts.ts";
import { taggedLink } from "./pdfLinks.ts";
import { artifact, BODY_SIZE, bottom, contentWidth, drawText, ensureSpace, keepLines, tag, textHeight, type Doc, type Struct } from "./pdfLayout.ts";

/** What the renderer tracks across parts. */
export interface PdfCtx {
  doc: Doc;
  /** Page index of each part's heading, in contents order. */
  partPages: number[];
}

const HEADING_SIZES = [22, 16, 13, 11.5, 11, 10.5];

/** A heading (tagged Hn), kept with the next three lines of text. */
export function heading(doc: Doc, parent: Struct, text: string, level: number, part?: { ctx: PdfCtx; anchor: string; outline: boolean }): void {
  const lvl = Math.min(6, Math.max(1, level));
  const size = HEADING_SIZES[lvl - 1]!;
  doc.font(PDF_FONT.bold).fontSize(size);
  const width = contentWidth(doc);
  const h = textHeight(doc, text, "bold", width);
  doc.fontSize(BODY_SIZE);
  const next = 3 * doc.currentLineHeight(true);
  ensureSpace(doc, h + size + next);
  if (doc.y > doc.page.margins.top) doc.moveDown(lvl <= 2 ? 0.8 : 0.5);
  if (part) {
    part.ctx.partPages.push(doc.bufferedPageRange().count - 1);
    doc.addNamedDestination(part.anchor, "XYZ", null, doc.y, null);
    if (part.outline) doc.outline.addItem(pdfInfoTextOneLine(text));
  }
  doc.fontSize(size).fillColor("#111111");
  tag(doc, parent, `H${lvl}`, () => drawText(doc, text, "bold", doc.page.margins.left, doc.y, { width }));
  doc.moveDown(0.3);
  doc.font(PDF_FONT.regular).fontSize(BODY_SIZE);
}

function pdfInfoTextOneLine(text: string): string {
  return pdfInfoText(text);
}

/** A paragraph of plain text (tagged P). */
export function para(doc: Doc, parent: Struct, text: string, opts: { italic?: boolean; bold?: boolean; indent?: number } = {}): void {
  const x = doc.page.margins.left + (opts.indent ?? 0);
  const width = contentWidth(doc) - (opts.indent ?? 0);
  const face: PdfFace = opts.bold ? "bold" : opts.italic ? "italic" : "regular";
  doc.fontSize(BODY_SIZE);
  keepLines(doc, textHeight(doc, text, face, width));
  tag(doc, parent, "P", () => drawText(doc, text, face, x, doc.y, { width }));
  doc.moveDown(0.4);
}

/** A paragraph of marked-up inline content (tagged `type`, P by default). */
export function inlinePara(doc: Doc, parent: Struct, nodes: readonly PmNode[] | undefined, indent = 0, prefix = "", type = "P"): void {
  const x = doc.page.margins.left + indent;
  const width = contentWidth(doc) - indent;
  type Part = { text: string; font: string; fallback: boolean; link: string | null; underline: boolean; strike: boolean };
  const parts: Part[] = [];
  const add = (text: string, face: PdfFace, link: string | null, underline: boolean, strike: boolean) => {
    for (const r of pdfRuns(text, face)) parts.push({ ...r, link, underline, strike });
  };
  if (prefix) add(prefix, "regular", null, false, false);
  for (const r of inlineRuns(nodes)) {
    const face: PdfFace = r.code ? "mono" : r.bold && r.italic ? "boldItalic" : r.bold ? "bold" : r.italic ? "italic" : "regular";
    if (r.lineBreak) parts.push({ text: "\n", font: PDF_FONT[face], fallback: false, link: null, underline: false, strike: false });
    else add(r.text, face, r.href, r.underline || r.href !== null, r.strike);
  }
  doc.fontSize(BODY_SIZE);
  if (parts.length === 0) {
    doc.moveDown(0.5);
    return;
  }
  doc.font(PDF_FONT.regular);
  keepLines(doc, doc.heightOfString(pdfMeasureText(parts) || " ", { width }));
  doc.x = x;
  const y = doc.y;
  const drawPart = (i: number) => {
    const p = parts[i]!;
    const last = i === parts.length - 1;
    if (p.fallback) registerFallbackFonts(doc);
    doc.font(p.font).fillColor(p.link ? "#1a4f9c" : "#111111");
    const opts: PDFKit.Mixins.TextOptions = { continued: !last, underline: p.underline, strike: p.strike, link: p.link ?? undefined };
    if (i === 0) doc.text(p.text, x, y, { ...opts, width });
    else doc.text(p.text, opts);
  };
  // runs of the same link are one Link element (with its annotations) inside the paragraph
  const el = doc.struct(type);
  parent.add(el);
  for (let i = 0; i < parts.length; ) {
    const href = parts[i]!.link;
    let j = i;
    while (j < parts.length && parts[j]!.link === href) j++;
    const from = i;
    const to = j;
    const draw = () => {
      for (let k = from; k < to; k++) drawPart(k);
    };
    if (href) taggedLink(doc, el, draw);
    else el.add(draw);
    i = j;
  }
  el.end();
  doc.fillColor("#111111").font(PDF_FONT.regular);
  doc.moveDown(0.4);
}

/** Draw a table (cells already neutralised), tagged Table/TR/TH/TD, repeating the header on each page. */
export function table(doc: Doc, parent: Struct, t: TextTable): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const total = t.widths.reduce((a, b) => a + b, 0) || 1;
  const cols = t.widths.map((w) => (width * w) / total);
  const pad = 3;
  const size = t.header.length > 6 ? 7 : 8;
  const maxRow = bottom(doc) - doc.page.margins.top - 40;
  const rowHeight = (cells: string[], face: PdfFace) => {
    doc.fontSize(size);
    return Math.min(maxRow, Math.max(...cells.map((c, i) => textHeight(doc, c, face, cols[i]! - 2 * pad))) + 2 * pad);
  };
  const el = doc.struct("Table");
  parent.add(el);
  const drawRow = (cells: string[], header: boolean) => {
    const face: PdfFace = header ? "tableBold" : "table";
    const h = rowHeight(cells, face);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      if (!header) drawRow(t.header, true);
    }
    const y = doc.y;
    artifact(doc, () => {
      let x = left;
      for (const w of cols.slice(0, cells.length)) {
        if (header) doc.rect(x, y, w, h).fillAndStroke("#e7e7e7", "#999999");
        else doc.rect(x, y, w, h).stroke("#999999");
        x += w;
      }
    });
    const tr = doc.struct("TR");
    el.add(tr);
    let x = left;
    cells.forEach((c, i) => {
      const w = cols[i]!;
      doc.fillColor("#111111").fontSize(size);
      tag(doc, tr, header ? "TH" : "TD", () => drawText(doc, c, face, x + pad, y + pad, { width: w - 2 * pad, height: h - 2 * pad, ellipsis: true }));
      x += w;
    });
    tr.end();
    doc.x = left;
    doc.y = y + h;
  };
  doc.lineWidth(0.5);
  ensureSpace(doc, rowHeight(t.header, "tableBold") + (t.rows[0] ? rowHeight(t.rows[0], "table") : 0));
  drawRow(t.header, true);
  for (const r of t.rows) drawRow(r, false);
  el.end();
  doc.moveDown(0.8);
  doc.font(PDF_FONT.regular).fontSize(BODY_SIZE);
}

/** A table, or `empty` as a paragraph when it has no rows. */
export function dataTable(doc: Doc, parent: Struct, t: TextTable | null, empty: string): void {
  if (!t || t.rows.length === 0) para(doc, parent, empty);
  else table(doc, parent, t);
}

export function blocks(doc: Doc, parent: Struct, nodes: readonly PmNode[] | undefined, levels: HeadingLeveler, indent = 0): void {
  for (const n of nodes ?? []) {
    switch (n.type) {
      case "paragraph":
        inlinePara(doc, parent, n.content, indent);
        break;
      case "heading":
        heading(doc, parent, inlineText(n.content), levels.level(n));
        break;
      case "bulletList":
      case "orderedList": {
        const start = Number(n.attrs?.start ?? 1) || 1;
        const list = doc.struct("L");
        parent.add(list);
        (n.content ?? []).forEach((item, i) => {
          const li = doc.struct("LI");
          list.add(li);
          const body = doc.struct("LBody");
          li.add(body);
          const marker = n.type === "bulletList" ? "•  " : `${start + i}.  `;
          const [first, ...rest] = item.content ?? [];
          if (first?.type === "paragraph") inlinePara(doc, body, first.content, indent + 14, marker);
          else {
            inlinePara(doc, body, [], indent + 14, marker);
            if (first) blocks(doc, body, [first], levels, indent + 14);
          }
          blocks(doc, body, rest, levels, indent + 14);
          li.end();
        });
        list.end();
        break;
      }
      case "blockquote": {
        const quote = doc.struct("BlockQuote");
        parent.add(quote);
        blocks(doc, quote, n.content, levels, indent + 18);
        quote.end();
        break;
      }
      case "codeBlock": {
        const text = inlineText(n.content);
        const width = contentWidth(doc) - indent;
        doc.fontSize(9);
        keepLines(doc, textHeight(doc, text, "mono", width));
        tag(doc, parent, "Code", () => drawText(doc, text, "mono", doc.page.margins.left + indent, doc.y, { width }));
        doc.moveDown(0.4).font(PDF_FONT.regular).fontSize(BODY_SIZE);
        break;
      }
      case "horizontalRule": {
        const y = doc.y + 4;
        artifact(doc, () => doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.width - doc.page.margins.right, y).stroke("#999999"));
        doc.y = y + 8;
        break;
      }
      case "table": {
        const rows = (n.content ?? []).map((row) => (row.content ?? []).map((c) => neutraliseCell(cellText(c))));
        if (rows.length === 0) break;
        const width = Math.max(...rows.map((r) => r.length));
        const padRow = (r: string[]) => [...r, ...Array<string>(width - r.length).fill("")];
        table(doc, parent, { header: padRow(rows[0]!), rows: rows.slice(1).map(padRow), widths: Array<number>(width).fill(1) });
        break;
      }
      default:
        if (n.content) blocks(doc, parent, n.content, levels, indent);
        else if (n.text) para(doc, parent, n.text, { indent });
    }
  }
}

/** Contents lines per page (one line each) and their line height. */
