import PDFDocument from "pdfkit";
import type { Writable } from "node:stream";
import type { PlanExport } from "@jigsaw/shared/export/exportSchema";
import { commentsEmptyText, contentsEntries, coverLines, footerText, HeadingLeveler, longDateTime, sectionMetaLine, signOffLines } from "./exportText.ts";
import {
  actionsTable,
  crosswalkTable,
  indicatorDetailsTable,
  indicatorSeriesTable,
  indicatorsTable,
  outcomesTable,
  risksTable,
  signOffTable,
} from "./exportTables.ts";
import { blocks, dataTable, heading, para, table, type PdfCtx } from "./pdfBlocks.ts";
import { PDF_FONT, pdfInfoText, pdfRuns, registerFallbackFonts, registerPdfFonts } from "./pdfFonts.ts";
import { artifact, BODY_SIZE, bottom, contentWidth, drawText, MARGIN, tag, type Doc } from "./pdfLayout.ts";
import type { ProgressFn } from "./progress.ts";

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
