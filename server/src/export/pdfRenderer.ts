import PDFDocument from "pdfkit";
import type { Writable } from "node:stream";
import type { PmNode } from "@jigsaw/shared/plan/index";
import type { PlanExport } from "@jigsaw/shared/export/exportSchema";
import {
  actionsTable,
  commentsEmptyText,
  coverLines,
  crosswalkTable,
  indicatorsTable,
  inlineRuns,
  inlineText,
  longDateTime,
  neutraliseCell,
  outcomesTable,
  risksTable,
  sectionStatusLabel,
  signOffLines,
  signOffTable,
  type TextTable,
} from "./exportText.ts";
import { cellText } from "./markdownRenderer.ts";
import { PDF_FONT, pdfInfoText, pdfText, registerPdfFonts, type PdfFace } from "./pdfFonts.ts";
import type { ProgressFn } from "./progress.ts";

const MARGIN = 56;

type Doc = PDFKit.PDFDocument;

function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}
function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}
function ensureSpace(doc: Doc, h: number): void {
  if (doc.y + h > bottom(doc)) doc.addPage();
}

function heading(doc: Doc, text: string, level: number): void {
  const size = [20, 15, 12.5, 11.5, 11, 10.5][Math.min(5, Math.max(0, level - 1))]!;
  ensureSpace(doc, size * 4);
  doc.moveDown(level <= 2 ? 0.8 : 0.5);
  doc.x = doc.page.margins.left;
  doc.font(PDF_FONT.bold).fontSize(size).fillColor("#111111").text(pdfText(text, "bold"), { width: contentWidth(doc) });
  doc.moveDown(0.3);
  doc.font(PDF_FONT.regular).fontSize(10);
}

function para(doc: Doc, text: string, opts: { italic?: boolean; bold?: boolean; indent?: number } = {}): void {
  const x = doc.page.margins.left + (opts.indent ?? 0);
  const face: PdfFace = opts.bold ? "bold" : opts.italic ? "italic" : "regular";
  doc.font(PDF_FONT[face]).fontSize(10);
  doc.text(pdfText(text, face), x, doc.y, { width: contentWidth(doc) - (opts.indent ?? 0) });
  doc.moveDown(0.4);
}

function inlinePara(doc: Doc, nodes: readonly PmNode[] | undefined, indent = 0, prefix = ""): void {
  const x = doc.page.margins.left + indent;
  const width = contentWidth(doc) - indent;
  type Part = { text: string; face: PdfFace; link: string | null; underline: boolean; strike: boolean };
  const runs = inlineRuns(nodes)
    .map((r): Part => {
      const face: PdfFace = r.code ? "mono" : r.bold && r.italic ? "boldItalic" : r.bold ? "bold" : r.italic ? "italic" : "regular";
      return { text: r.lineBreak ? "\n" : pdfText(r.text, face), face, link: r.href, underline: r.underline || r.href !== null, strike: r.strike };
    })
    .filter((p) => p.text.length > 0);
  doc.fontSize(10);
  if (runs.length === 0 && !prefix) {
    doc.moveDown(0.5);
    return;
  }
  ensureSpace(doc, 14);
  doc.x = x;
  const y = doc.y;
  const parts: Part[] = prefix ? [{ text: prefix, face: "regular", link: null, underline: false, strike: false }, ...runs] : runs;
  parts.forEach((p, i) => {
    const last = i === parts.length - 1;
    doc.font(PDF_FONT[p.face]).fillColor(p.link ? "#1a4f9c" : "#111111");
    const opts: PDFKit.Mixins.TextOptions = { continued: !last, underline: p.underline, strike: p.strike, link: p.link ?? undefined };
    if (i === 0) doc.text(p.text, x, y, { ...opts, width });
    else doc.text(p.text, opts);
  });
  doc.fillColor("#111111").font(PDF_FONT.regular);
  doc.moveDown(0.4);
}

/** Draw a table (cells already neutralised), repeating the header on each page. */
function table(doc: Doc, t: TextTable): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const total = t.widths.reduce((a, b) => a + b, 0) || 1;
  const cols = t.widths.map((w) => (width * w) / total);
  const pad = 3;
  const size = t.header.length > 6 ? 7 : 8;
  const maxRow = bottom(doc) - doc.page.margins.top - 40;
  const rowHeight = (cells: string[], face: PdfFace) => {
    doc.font(PDF_FONT[face]).fontSize(size);
    return Math.min(maxRow, Math.max(...cells.map((c, i) => doc.heightOfString(pdfText(c, face) || " ", { width: cols[i]! - 2 * pad }))) + 2 * pad);
  };
  const drawRow = (cells: string[], header: boolean) => {
    const face: PdfFace = header ? "tableBold" : "table";
    const h = rowHeight(cells, face);
    if (doc.y + h > bottom(doc)) {
      doc.addPage();
      if (!header) drawRow(t.header, true);
    }
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      const w = cols[i]!;
      if (header) doc.rect(x, y, w, h).fillAndStroke("#e7e7e7", "#999999");
      else doc.rect(x, y, w, h).stroke("#999999");
      doc.fillColor("#111111").font(PDF_FONT[face]).fontSize(size);
      doc.text(pdfText(c, face), x + pad, y + pad, { width: w - 2 * pad, height: h - 2 * pad, ellipsis: true });
      x += w;
    });
    doc.x = left;
    doc.y = y + h;
  };
  ensureSpace(doc, 40);
  doc.lineWidth(0.5);
  drawRow(t.header, true);
  for (const r of t.rows) drawRow(r, false);
  doc.moveDown(0.8);
  doc.font(PDF_FONT.regular).fontSize(10);
}

function dataTable(doc: Doc, t: TextTable | null, empty: string): void {
  if (!t || t.rows.length === 0) para(doc, empty);
  else table(doc, t);
}

function blocks(doc: Doc, nodes: readonly PmNode[] | undefined, indent = 0): void {
  for (const n of nodes ?? []) {
    switch (n.type) {
      case "paragraph":
        inlinePara(doc, n.content, indent);
        break;
      case "heading":
        heading(doc, inlineText(n.content), Math.min(6, Math.max(1, Number(n.attrs?.level ?? 1)) + 2));
        break;
      case "bulletList":
      case "orderedList": {
        const start = Number(n.attrs?.start ?? 1) || 1;
        (n.content ?? []).forEach((item, i) => {
          const marker = n.type === "bulletList" ? "•  " : `${start + i}.  `;
          const [first, ...rest] = item.content ?? [];
          if (first?.type === "paragraph") inlinePara(doc, first.content, indent + 14, marker);
          else {
            inlinePara(doc, [], indent + 14, marker);
            if (first) blocks(doc, [first], indent + 14);
          }
          blocks(doc, rest, indent + 14);
        });
        break;
      }
      case "blockquote":
        blocks(doc, n.content, indent + 18);
        break;
      case "codeBlock":
        doc.font(PDF_FONT.mono).fontSize(9).text(pdfText(inlineText(n.content), "mono"), doc.page.margins.left + indent, doc.y, { width: contentWidth(doc) - indent });
        doc.moveDown(0.4).font(PDF_FONT.regular).fontSize(10);
        break;
      case "horizontalRule": {
        const y = doc.y + 4;
        doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.width - doc.page.margins.right, y).stroke("#999999");
        doc.y = y + 8;
        break;
      }
      case "table": {
        const rows = (n.content ?? []).map((row) => (row.content ?? []).map((c) => neutraliseCell(cellText(c))));
        if (rows.length === 0) break;
        const width = Math.max(...rows.map((r) => r.length));
        const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill("")];
        table(doc, { header: pad(rows[0]!), rows: rows.slice(1).map(pad), widths: Array<number>(width).fill(1) });
        break;
      }
      default:
        if (n.content) blocks(doc, n.content, indent);
        else if (n.text) para(doc, n.text, { indent });
    }
  }
}

/**
 * The export as PDF (pdfkit, embedded DejaVu fonts: see `pdfFonts.ts`),
 * streamed into `out`. All text is drawn as plain text; table cells are
 * formula-neutralised. Resolves when `out` has finished.
 */
export function renderPdf(e: PlanExport, out: Writable, progress: ProgressFn = () => {}): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      info: { Title: pdfInfoText(e.plan.title), Author: pdfInfoText(e.partnership.name), Subject: pdfInfoText(e.version.name), Creator: "Jigsaw" },
      compress: true,
    });
    out.on("finish", () => resolve());
    out.on("error", reject);
    doc.on("error", reject);
    doc.pipe(out);
    try {
      registerPdfFonts(doc);
      doc.font(PDF_FONT.bold).fontSize(26).text(pdfText(e.plan.title, "bold"), { width: contentWidth(doc) });
      doc.moveDown(1);
      for (const [label, value] of coverLines(e)) {
        doc.font(PDF_FONT.bold).fontSize(11).text(`${pdfText(label, "bold")}: `, { continued: true });
        doc.font(PDF_FONT.regular).text(pdfText(value, "regular"));
        doc.moveDown(0.2);
      }
      doc.addPage();
      e.sections.forEach((s, i) => {
        heading(doc, s.title, 1);
        para(doc, `Status: ${sectionStatusLabel(s.status)}${s.outcomes.length ? ` · Outcomes: ${s.outcomes.join(", ")}` : ""}`, { italic: true });
        blocks(doc, s.body.content);
        progress(0.1 + (0.6 * (i + 1)) / Math.max(1, e.sections.length), "sections");
      });
      heading(doc, "Actions", 1);
      dataTable(doc, actionsTable(e), "No actions.");
      progress(0.8, "tables");
      heading(doc, "Outcomes and indicators", 1);
      heading(doc, "Shared outcomes", 2);
      dataTable(doc, outcomesTable(e), "No shared outcomes are linked.");
      heading(doc, "Indicators", 2);
      dataTable(doc, indicatorsTable(e), "No indicators.");
      heading(doc, "Crosswalk", 2);
      dataTable(doc, crosswalkTable(e), "Nothing to translate.");
      heading(doc, "Risks", 1);
      dataTable(doc, risksTable(e), "No risks recorded.");
      heading(doc, "Sign-off record", 1);
      for (const l of signOffLines(e)) para(doc, l);
      const so = signOffTable(e);
      if (so) table(doc, so);
      if (e.comments.included) {
        heading(doc, "Appendix: open comment threads", 1);
        const empty = commentsEmptyText(e);
        if (empty) para(doc, empty);
        for (const t of e.comments.threads) {
          heading(doc, t.sectionTitle ?? "General", 2);
          if (t.quote) para(doc, t.quote, { italic: true, indent: 18 });
          for (const c of t.comments) para(doc, `${c.author}${c.organisation ? ` (${c.organisation})` : ""}, ${longDateTime(c.at)}: ${c.text}`);
        }
      }
      progress(0.95, "writing");
      doc.end();
    } catch (err) {
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
