import { PDF_FONT, pdfMeasureText, pdfRuns, registerFallbackFonts, type PdfFace } from "./pdfFonts.ts";

/** Page margin (pt) on every side. */
export const MARGIN = 56;
/** Body text size and the least lines of a paragraph left at a page's foot or carried to the next. */
export const BODY_SIZE = 10;
const MIN_LINES = 2;

/** A pdfkit document. */
export type Doc = PDFKit.PDFDocument;
/** A structure element of a tagged PDF. */
export type Struct = PDFKit.PDFStructureElement;

/** Width between the margins. */
export function contentWidth(doc: Doc): number {
  return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}
/** The y of the bottom margin. */
export function bottom(doc: Doc): number {
  return doc.page.height - doc.page.margins.bottom;
}
/** Start a new page unless `h` fits. */
export function ensureSpace(doc: Doc, h: number): void {
  if (doc.y + h > bottom(doc)) doc.addPage();
}
/** Tag `draw`'s content as a `type` element under `parent` (drawn at once: `parent` is in the tree). */
export function tag(doc: Doc, parent: Struct, type: string, draw: () => void): void {
  parent.add(doc.struct(type, {}, draw));
}

/** Draw plain text in `face` (CJK in the fallback font), wrapping at `width`. */
export function drawText(doc: Doc, text: string, face: PdfFace, x: number, y: number, opts: PDFKit.Mixins.TextOptions & { width: number }): void {
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
export function textHeight(doc: Doc, text: string, face: PdfFace, width: number): number {
  doc.font(PDF_FONT[face]);
  return doc.heightOfString(pdfMeasureText(pdfRuns(text, face)) || " ", { width });
}

/**
 * Widow and orphan control: start a block of height `h` on a new page when it would
 * split with fewer than two lines at the foot of this page or at the top of the next.
 */
export function keepLines(doc: Doc, h: number): void {
  const line = doc.currentLineHeight(true);
  const room = bottom(doc) - doc.y;
  if (h <= room) return;
  const pageBody = bottom(doc) - doc.page.margins.top;
  if (room < MIN_LINES * line || (h - room < MIN_LINES * line && h < pageBody)) doc.addPage();
}

/** Draw `draw` as an artifact (decoration: rules, cell borders, running footer), outside the structure tree. */
export function artifact(doc: Doc, draw: () => void, type?: "Pagination" | "Layout"): void {
  doc.markContent("Artifact", type ? { type } : {});
  draw();
  doc.endMarkedContent();
}

