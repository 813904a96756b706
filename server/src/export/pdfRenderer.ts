import PDFDocument from "pdfkit";
import type { Writable } from "node:stream";
import type { PmNode } from "@jigsaw/shared/plan/index";
import type { PlanExport } from "@jigsaw/shared/export/exportSchema";
import {
  commentsEmptyText,
  contentsEntries,
  coverLines,
  footerText,
  HeadingLeveler,
  inlineRuns,
  inlineText,
  longDateTime,
  neutraliseCell,
  sectionMetaLine,
  signOffLines,
} from "./exportText.ts";
import {
  actionsTable,
  crosswalkTable,
  indicatorDetailsTable,
  indicatorSeriesTable,
  indicatorsTable,
  outcomesTable,
  risksTable,
  signOffTable,
  type TextTable,
} from "./exportTables.ts";
import { cellText } from "./markdownRenderer.ts";
import { PDF_FONT, pdfInfoText, pdfMeasureText, pdfRuns, registerFallbackFonts, registerPdfFonts, type PdfFace } from "./pdfFonts.ts";
import type { ProgressFn } from "./progress.ts";

const MARGIN = 56;
/** Body text size and the least lines of a paragraph left at a page's foot or carried to the next. */
const BODY_SIZE = 10;
const MIN_LINES = 2;

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}
function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}
function ensureSpace(doc: Doc, h: number): void {
  if (doc.y + h > bottom(doc)) doc.addPage();
}

/** Tag `draw`'s content as a `type` element under `parent` (drawn at once: `parent` is in the tree). */
function tag(doc: Doc, parent: Struct, type: string, draw: () => void): void {
  parent.add(doc.struct(type, {}, draw));
}

/** Draw plain text in `face` (CJK in the fallback font), wrapping at `width`. */
function drawText(doc: Doc, text: string, face: PdfFace, x: number, y: number, opts: PDFKit.Mixins.TextOptions & { width: number }): void {
  const runs = pdfRuns(text, face);
  if (runs.length === 0) runs.push({ text: "", font: PDF_FONT[face], fallback: false });
  runs.forEach((r, i) => {
    if (r.fallback) registerFallbackFonts(doc);
    doc.font(r.font);
    const last = i === runs.length - 1;
    if (i === 0) doc.text(r.text, x, y, { ...opts, continued: !last });
    else doc.text(r.text, { continued: !last });
  });
}

/** Height of `text` in `face` at the current size, wrapped at `width`. */
function textHeight(doc: Doc, text: string, face: PdfFace, width: number): number {
  doc.font(PDF_FONT[face]);
  return doc.heightOfString(pdfMeasureText(pdfRuns(text, face)) || " ", { width });
}

/**
 * Widow and orphan control: start a block of height `h` on a new page when it would
 * split with fewer than two lines at the foot of this page or at the top of the next.
 */
function keepLines(doc: Doc, h: number): void {
  const line = doc.currentLineHeight(true);
  const room = bottom(doc) - doc.y;
  if (h <= room) return;
  const pageBody = bottom(doc) - doc.page.margins.top;
  if (room < MIN_LINES * line || (h - room < MIN_LINES * line && h < pageBody)) doc.addPage();
}

interface PdfCtx {
  doc: Doc;
  /** Page index of each part's heading, in contents order. */
  partPages: number[];
}

const HEADING_SIZES = [22, 16, 13, 11.5, 11, 10.5];

/** A heading (tagged Hn), kept with the next three lines of text. */
function heading(doc: Doc, parent: Struct, text: string, level: number, part?: { ctx: PdfCtx; anchor: string; outline: boolean }): void {
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
function para(doc: Doc, parent: Struct, text: string, opts: { italic?: boolean; bold?: boolean; indent?: number } = {}): void {
  const x = doc.page.margins.left + (opts.indent ?? 0);
  const width = contentWidth(doc) - (opts.indent ?? 0);
  const face: PdfFace = opts.bold ? "bold" : opts.italic ? "italic" : "regular";
  doc.fontSize(BODY_SIZE);
  keepLines(doc, textHeight(doc, text, face, width));
  tag(doc, parent, "P", () => drawText(doc, text, face, x, doc.y, { width }));
  doc.moveDown(0.4);
}

/** A paragraph of marked-up inline content (tagged `type`, P by default). */
function inlinePara(doc: Doc, parent: Struct, nodes: readonly PmNode[] | undefined, indent = 0, prefix = "", type = "P"): void {
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
  tag(doc, parent, type, () => {
    parts.forEach((p, i) => {
      const last = i === parts.length - 1;
      if (p.fallback) registerFallbackFonts(doc);
      doc.font(p.font).fillColor(p.link ? "#1a4f9c" : "#111111");
      const opts: PDFKit.Mixins.TextOptions = { continued: !last, underline: p.underline, strike: p.strike, link: p.link ?? undefined };
      if (i === 0) doc.text(p.text, x, y, { ...opts, width });
      else doc.text(p.text, opts);
    });
  });
  doc.fillColor("#111111").font(PDF_FONT.regular);
  doc.moveDown(0.4);
}

/** Draw `draw` as an artifact (decoration: rules, cell borders, running footer), outside the structure tree. */
function artifact(doc: Doc, draw: () => void, type?: "Pagination" | "Layout"): void {
  doc.markContent("Artifact", type ? { type } : {});
  draw();
  doc.endMarkedContent();
}

/** Draw a table (cells already neutralised), tagged Table/TR/TH/TD, repeating the header on each page. */
function table(doc: Doc, parent: Struct, t: TextTable): void {
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

function dataTable(doc: Doc, parent: Struct, t: TextTable | null, empty: string): void {
  if (!t || t.rows.length === 0) para(doc, parent, empty);
  else table(doc, parent, t);
}

function blocks(doc: Doc, parent: Struct, nodes: readonly PmNode[] | undefined, levels: HeadingLeveler, indent = 0): void {
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
const CONTENTS_LINE = 16;

function contentsPages(doc: Doc, entries: number): number {
  const first = bottom(doc) - doc.page.margins.top - 60;
  const perPage = Math.floor((bottom(doc) - doc.page.margins.top) / CONTENTS_LINE);
  const firstPage = Math.floor(first / CONTENTS_LINE);
  return entries <= firstPage ? 1 : 1 + Math.ceil((entries - firstPage) / perPage);
}

/**
 * The export as a tagged PDF (PDF/UA: document language and title, a structure tree
 * with headings, lists and tables with header cells; decoration marked as artifacts)
 * with pdfkit and embedded DejaVu fonts (CJK in Noto Sans CJK SC: see `pdfFonts.ts`):
 * a cover, contents with page numbers, and on every page a footer with the version,
 * the content hash and "Page N of M". Pages are buffered until the contents and
 * footers are written, then streamed into `out`. All text is drawn as plain text;
 * table cells are formula-neutralised. Resolves when `out` has finished.
 */
export function renderPdf(e: PlanExport, out: Writable, progress: ProgressFn = () => {}): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      info: {
        Title: pdfInfoText(e.plan.title),
        Author: pdfInfoText(e.partnership.name),
        Subject: pdfInfoText(e.version.name),
        Creator: "Jigsaw",
        // the same export renders the same bytes
        CreationDate: new Date(e.generatedAt),
      },
      compress: true,
      bufferPages: true,
      tagged: true,
      lang: "en-GB",
      displayTitle: true,
      pdfVersion: "1.7",
      // PDF/UA identification in the XMP metadata (pdfkit's typings list only the PDF/A subsets)
      subset: "PDF/UA" as unknown as PDFKit.Mixins.PDFSubsets,
    });
    out.on("finish", () => resolve());
    out.on("error", reject);
    doc.on("error", reject);
    doc.pipe(out);
    try {
      registerPdfFonts(doc);
      const root = doc.struct("Document");
      doc.addStructure(root);
      const ctx: PdfCtx = { doc, partPages: [] };
      const parts = contentsEntries(e);
      let part = 0;
      const partHeading = (title: string, level: 1 | 2) => heading(doc, root, title, level + 1, { ctx, anchor: `part-${++part}`, outline: level === 1 });
      // cover
      heading(doc, root, e.plan.title, 1);
      doc.moveDown(0.5);
      for (const [label, value] of coverLines(e)) {
        tag(doc, root, "P", () => {
          doc.font(PDF_FONT.bold).fontSize(11).text(`${label}: `, doc.page.margins.left, doc.y, { continued: true, width: contentWidth(doc) });
          const runs = pdfRuns(value, "regular");
          runs.forEach((r, i) => {
            if (r.fallback) registerFallbackFonts(doc);
            doc.font(r.font).text(r.text, { continued: i < runs.length - 1 });
          });
          if (runs.length === 0) doc.text("");
        });
        doc.moveDown(0.3);
      }
      // contents: pages kept for it now, written once the parts' pages are known
      doc.addPage();
      const contentsStart = doc.bufferedPageRange().count - 1;
      heading(doc, root, "Contents", 2);
      const toc = doc.struct("TOC");
      root.add(toc);
      const tocTop = doc.y;
      const nContents = contentsPages(doc, parts.length);
      for (let i = 1; i < nContents; i++) doc.addPage();
      doc.addPage();
      e.sections.forEach((s, i) => {
        partHeading(s.title, 1);
        para(doc, root, sectionMetaLine(e, s), { italic: true });
        blocks(doc, root, s.body.content, new HeadingLeveler(s.body.content, 2));
        progress(0.1 + (0.6 * (i + 1)) / Math.max(1, e.sections.length), "sections");
      });
      partHeading("Actions", 1);
      dataTable(doc, root, actionsTable(e), "No actions.");
      progress(0.8, "tables");
      partHeading("Outcomes and indicators", 1);
      partHeading("Shared outcomes", 2);
      dataTable(doc, root, outcomesTable(e), "No shared outcomes are linked.");
      partHeading("Indicators", 2);
      dataTable(doc, root, indicatorsTable(e), "No indicators.");
      for (const t of [indicatorDetailsTable(e), indicatorSeriesTable(e)]) if (t) dataTable(doc, root, t, "");
      partHeading("Crosswalk", 2);
      dataTable(doc, root, crosswalkTable(e), "Nothing to translate.");
      partHeading("Risks", 1);
      dataTable(doc, root, risksTable(e), "No risks recorded.");
      partHeading("Sign-off record", 1);
      for (const l of signOffLines(e)) para(doc, root, l);
      const so = signOffTable(e);
      if (so) table(doc, root, so);
      if (e.comments.included) {
        partHeading("Appendix: open comment threads", 1);
        const empty = commentsEmptyText(e);
        if (empty) para(doc, root, empty);
        for (const t of e.comments.threads) {
          heading(doc, root, t.sectionTitle ?? "General", 3);
          if (t.quote) para(doc, root, t.quote, { italic: true, indent: 18 });
          for (const c of t.comments) para(doc, root, `${c.author}${c.organisation ? ` (${c.organisation})` : ""}, ${longDateTime(c.at)}: ${c.text}`);
        }
      }
      progress(0.9, "contents");
      // the contents, on the pages kept for it: each part and the page it starts on
      const pageCount = doc.bufferedPageRange().count;
      let page = contentsStart;
      doc.switchToPage(page);
      doc.y = tocTop;
      parts.forEach((c, i) => {
        if (doc.y + CONTENTS_LINE > bottom(doc)) {
          doc.switchToPage(++page);
          doc.y = doc.page.margins.top;
        }
        const y = doc.y;
        const indent = c.level === 2 ? 18 : 0;
        const numberWidth = 40;
        doc.fontSize(BODY_SIZE).fillColor("#111111");
        tag(doc, toc, "TOCI", () => {
          drawText(doc, c.title, c.level === 1 ? "bold" : "regular", doc.page.margins.left + indent, y, { width: contentWidth(doc) - indent - numberWidth, height: CONTENTS_LINE, ellipsis: true, lineBreak: false, goTo: `part-${i + 1}` });
          doc.font(PDF_FONT.regular).text(String((ctx.partPages[i] ?? 0) + 1), doc.page.width - doc.page.margins.right - numberWidth, y, { width: numberWidth, align: "right", lineBreak: false });
        });
        doc.y = y + CONTENTS_LINE;
      });
      toc.end();
      // the running footer on every page: version, content hash, page N of M
      const footer = footerText(e);
      for (let i = 0; i < pageCount; i++) {
        doc.switchToPage(i);
        const saved = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        const y = doc.page.height - MARGIN + 16;
        const x = doc.page.margins.left;
        const w = contentWidth(doc);
        artifact(
          doc,
          () => {
            doc.fillColor("#444444").fontSize(7);
            drawText(doc, footer, "regular", x, y, { width: w - 70 });
            doc.font(PDF_FONT.regular).fontSize(8).text(`Page ${i + 1} of ${pageCount}`, x + w - 70, y, { width: 70, align: "right", lineBreak: false });
          },
          "Pagination",
        );
        doc.page.margins.bottom = saved;
      }
      root.end();
      progress(0.95, "writing");
      doc.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
