import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from "docx";
import type { TextTable } from "./exportTables.ts";
import { clean } from "./docxClean.ts";

/** A4 portrait with 2 cm margins: the width tables are laid out in, in twips. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Table text: 8 pt (half-points). */
const TABLE_SIZE = 16;
/** Left and right cell margin, twips. */
const CELL_MARGIN = 72;
/** A generous width of one character of 8 pt Arial (bold capitals are the widest), twips. */
const CHAR_TWIPS = 0.62 * 8 * 20;

/**
 * Column widths in twips that add up to the text width: in proportion to `t.widths`,
 * but never narrower than the longest word in the column (so LibreOffice and Word do
 * not break "Status" into "Stat/us"). Only when the longest words alone overflow the
 * page do the columns shrink below them, in proportion.
 */
export function docxColumnWidths(t: TextTable, total = TEXT_WIDTH): number[] {
  const n = t.header.length;
  const longest = (s: string) => Math.max(0, ...s.split(/\s+/).map((w) => [...w].length));
  const min = Array.from({ length: n }, (_, i) => {
    const chars = Math.max(longest(t.header[i] ?? ""), ...t.rows.map((r) => longest(r[i] ?? "")));
    return Math.ceil(Math.min(chars, 40) * CHAR_TWIPS + 2 * CELL_MARGIN + 20);
  });
  const minSum = min.reduce((a, b) => a + b, 0);
  if (minSum >= total) return fit(min.map((m) => (m * total) / minSum), total);
  const weights = Array.from({ length: n }, (_, i) => Math.max(0.01, t.widths[i] ?? 1));
  const out = Array<number>(n).fill(0);
  const fixed = new Set<number>();
  // give each column its share of what is left; a column whose share is below its minimum gets the minimum
  for (;;) {
    const left = total - [...fixed].reduce((a, i) => a + out[i]!, 0);
    const free = weights.reduce((a, w, i) => (fixed.has(i) ? a : a + w), 0);
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (fixed.has(i)) continue;
      out[i] = (left * weights[i]!) / free;
      if (out[i]! < min[i]!) {
        out[i] = min[i]!;
        fixed.add(i);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return fit(out, total);
}

/** Whole twips adding up to `total` exactly. */
function fit(ws: number[], total: number): number[] {
  const out = ws.map((w) => Math.floor(w));
  out[out.length - 1]! += total - out.reduce((a, b) => a + b, 0);
  return out;
}

/** A table of plain text runs (cells already neutralised), with fixed column widths that fit the page. */
export function table(t: TextTable): Table {
  const cols = docxColumnWidths(t);
  const cell = (text: string, header: boolean, i: number) =>
    new TableCell({
      width: { size: cols[i]!, type: WidthType.DXA },
      margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: "auto", fill: "E7E7E7" } } : {}),
      children: text.split("\n").map((line) => new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: [new TextRun({ text: clean(line), bold: header, size: TABLE_SIZE })] })),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: cols,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.header.map((h, i) => cell(h, true, i)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, false, i)) })),
    ],
  });
}
