import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  PageReference,
  Paragraph,
  type Table,
  TabStopType,
  TextRun,
  type ParagraphChild,
} from "docx";
import JSZip from "jszip";
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
import { clean } from "./docxClean.ts";
import { PAGE, table, TEXT_WIDTH } from "./docxTable.ts";
import type { ProgressFn } from "./progress.ts";

type Block = Paragraph | Table;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

function runs(nodes: readonly PmNode[] | undefined): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const r of inlineRuns(nodes)) {
    if (r.lineBreak) {
      out.push(new TextRun({ text: "", break: 1 }));
      continue;
    }
    const run = new TextRun({
      text: clean(r.text),
      bold: r.bold,
      italics: r.italic,
      strike: r.strike,
      ...(r.underline || r.href ? { underline: {} } : {}),
      ...(r.code ? { font: "Courier New" } : {}),
      ...(r.href ? { style: "Hyperlink" } : {}),
    });
    out.push(r.href ? new ExternalHyperlink({ link: r.href, children: [run] }) : run);
  }
  return out;
}

class ListCounter {
  next = 0;
}

interface BodyState {
  lists: ListCounter;
  headings: HeadingLeveler;
}

function blocks(nodes: readonly PmNode[] | undefined, out: Block[], lists: BodyState, level = 0, instance?: { ref: string; id: number }): void {
  for (const n of nodes ?? []) {
    switch (n.type) {
      case "paragraph":
        out.push(
          new Paragraph({
            children: runs(n.content),
            ...(instance ? { numbering: { reference: instance.ref, level: Math.min(level, 8), instance: instance.id } } : {}),
          }),
        );
        break;
      case "heading": {
        const lvl = lists.headings.level(n);
        out.push(new Paragraph({ heading: HEADINGS[lvl - 1]!, children: runs(n.content) }));
        break;
      }
      case "bulletList":
      case "orderedList": {
        const inst = { ref: n.type === "bulletList" ? "bullets" : "numbers", id: ++lists.lists.next };
        const nextLevel = instance ? level + 1 : 0;
        for (const item of n.content ?? []) {
          let first = true;
          for (const child of item.content ?? []) {
            if (child.type === "paragraph" && first) {
              blocks([child], out, lists, nextLevel, inst);
              first = false;
            } else if (child.type === "bulletList" || child.type === "orderedList") {
              blocks([child], out, lists, nextLevel, inst);
            } else {
              blocks([child], out, lists, nextLevel);
            }
          }
        }
        break;
      }
      case "blockquote": {
        const inner: Block[] = [];
        blocks(n.content, inner, lists, level);
        for (const b of inner) out.push(b instanceof Paragraph ? b : b);
        break;
      }
      case "codeBlock":
        out.push(
          new Paragraph({
            children: inlineText(n.content)
              .split("\n")
              .map((line, i) => new TextRun({ text: clean(line), font: "Courier New", ...(i > 0 ? { break: 1 } : {}) })),
          }),
        );
        break;
      case "horizontalRule":
        out.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "999999", space: 1 } }, children: [] }));
        break;
      case "table": {
        const rows = (n.content ?? []).map((row) => (row.content ?? []).map((c) => neutraliseCell(cellText(c))));
        if (rows.length === 0) break;
        const width = Math.max(...rows.map((r) => r.length));
        const pad = (r: string[]) => [...r, ...Array<string>(width - r.length).fill("")];
        out.push(table({ header: pad(rows[0]!), rows: rows.slice(1).map(pad), widths: Array<number>(width).fill(1) }));
        break;
      }
      default:
        if (n.content) blocks(n.content, out, lists, level, instance);
        else if (n.text) out.push(new Paragraph({ children: [new TextRun(clean(n.text))] }));
    }
  }
}

/** A document part's heading: level 1 or 2, bookmarked for the contents' link and page reference. */
function partHeading(text: string, level: 1 | 2, anchor: string): Paragraph {
  return new Paragraph({ heading: HEADINGS[level - 1]!, children: [new Bookmark({ id: anchor, children: [new TextRun(clean(text))] })] });
}

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  return new Paragraph({ heading: HEADINGS[level - 1]!, children: [new TextRun(clean(text))] });
}

function para(text: string, opts: { italics?: boolean; bold?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: clean(text), ...opts })] });
}

function dataTable(out: Block[], t: TextTable | null, empty: string): void {
  if (!t || t.rows.length === 0) out.push(para(empty));
  else out.push(table(t));
}

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (i: number) => string) =>
  Array.from({ length: 9 }, (_, i) => ({
    level: i,
    format,
    text: text(i),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (i + 1), hanging: 360 } } },
  }));

/**
 * The export as a Word document (docx library). Text goes into plain text
 * runs (the library XML-escapes them), so nothing in the plan can inject
 * markup; table cells are formula-neutralised.
 */
export async function renderDocx(e: PlanExport, progress: ProgressFn = () => {}): Promise<Buffer> {
  const out: Block[] = [];
  const parts = contentsEntries(e);
  const anchor = (i: number) => `part_${i + 1}`;
  let part = 0;
  const nextPart = (title: string, level: 1 | 2) => partHeading(title, level, anchor(part++));
  out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(clean(e.plan.title))] }));
  for (const [label, value] of coverLines(e)) {
    out.push(new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(clean(value))] }));
  }
  out.push(new Paragraph({ children: [new PageBreak()] }));
  // contents: a link to each part and its page (a PAGEREF field: Word and LibreOffice fill it in)
  out.push(heading("Contents", 1));
  parts.forEach((c, i) => {
    out.push(
      new Paragraph({
        indent: { left: c.level === 2 ? 440 : 0 },
        spacing: { after: 60 },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: "dot" }],
        children: [
          new InternalHyperlink({ anchor: anchor(i), children: [new TextRun(clean(c.title))] }),
          new TextRun("\t"),
          new PageReference(anchor(i)),
        ],
      }),
    );
  });
  out.push(new Paragraph({ children: [new PageBreak()] }));
  const lists = new ListCounter();
  e.sections.forEach((s, i) => {
    out.push(nextPart(s.title, 1));
    out.push(para(sectionMetaLine(e, s), { italics: true }));
    blocks(s.body.content, out, { lists, headings: new HeadingLeveler(s.body.content, 1) });
    if (i % 10 === 9) progress(0.1 + (0.4 * (i + 1)) / e.sections.length, "sections");
  });
  out.push(nextPart("Actions", 1));
  dataTable(out, actionsTable(e), "No actions.");
  out.push(nextPart("Outcomes and indicators", 1));
  out.push(nextPart("Shared outcomes", 2));
  dataTable(out, outcomesTable(e), "No shared outcomes are linked.");
  out.push(nextPart("Indicators", 2));
  dataTable(out, indicatorsTable(e), "No indicators.");
  for (const t of [indicatorDetailsTable(e), indicatorSeriesTable(e)]) if (t) dataTable(out, t, "");
  out.push(nextPart("Crosswalk", 2));
  dataTable(out, crosswalkTable(e), "Nothing to translate.");
  out.push(nextPart("Risks", 1));
  dataTable(out, risksTable(e), "No risks recorded.");
  out.push(nextPart("Sign-off record", 1));
  for (const l of signOffLines(e)) out.push(para(l));
  const so = signOffTable(e);
  if (so) out.push(table(so));
  if (e.comments.included) {
    out.push(nextPart("Appendix: open comment threads", 1));
    const empty = commentsEmptyText(e);
    if (empty) out.push(para(empty));
    for (const t of e.comments.threads) {
      out.push(heading(t.sectionTitle ?? "General", 2));
      if (t.quote) out.push(para(t.quote, { italics: true }));
      for (const c of t.comments) {
        out.push(
          new Paragraph({
            children: [
              new TextRun({ text: clean(c.author), bold: true }),
              new TextRun(clean(`${c.organisation ? ` (${c.organisation})` : ""}, ${longDateTime(c.at)}: ${c.text}`)),
            ],
          }),
        );
      }
    }
  }
  progress(0.55, "packing");
  const footer = new Footer({
    children: [
      new Paragraph({
        spacing: { before: 0, after: 0 },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: clean(footerText(e)), size: 14, color: "444444" }),
          new TextRun({ text: "\tPage ", size: 16 }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16 }),
          new TextRun({ text: " of ", size: 16 }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16 }),
        ],
      }),
    ],
  });
  const headingStyle = (size: number, before: number) => ({
    run: { font: "Arial", size, bold: true, color: "111111" },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  const doc = new Document({
    creator: "Jigsaw",
    title: clean(e.plan.title),
    description: clean(`${e.partnership.name}: ${e.version.name}`),
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: "Arial", size: 21 }, paragraph: { spacing: { after: 140, line: 276 } } },
        title: { run: { font: "Arial", size: 44, bold: true }, paragraph: { spacing: { after: 360 } } },
        heading1: headingStyle(32, 360),
        heading2: headingStyle(27, 300),
        heading3: headingStyle(24, 240),
        heading4: headingStyle(22, 200),
        heading5: headingStyle(21, 200),
        heading6: headingStyle(21, 160),
      },
    },
    numbering: {
      config: [
        { reference: "bullets", levels: levels(LevelFormat.BULLET, (i) => ["•", "◦", "▪"][i % 3]!) },
        { reference: "numbers", levels: levels(LevelFormat.DECIMAL, (i) => `%${i + 1}.`) },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: 567 } } },
        footers: { default: footer },
        children: out,
      },
    ],
  });
  const buffer = await reproducible(await Packer.toBuffer(doc), e);
  progress(1, "done");
  return buffer;
}

/**
 * The same export as the same bytes: the docx library numbers bookmarks per process and
 * stamps the package with the time of packing; renumber the bookmarks from 1 and date the
 * document (and every part of the package) from the export instead.
 */
async function reproducible(buffer: Buffer, e: PlanExport): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const date = new Date(e.generatedAt);
  const ids = new Map<string, number>();
  const body = (await zip.file("word/document.xml")!.async("string")).replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g, (_, before: string, id: string, after: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `${before}${ids.get(id)}${after}`;
  });
  const core = (await zip.file("docProps/core.xml")!.async("string"))
    .replace(/(<dcterms:created\b[^>]*>)[^<]*/, `$1${new Date(e.version.createdAt).toISOString()}`)
    .replace(/(<dcterms:modified\b[^>]*>)[^<]*/, `$1${date.toISOString()}`);
  for (const name of Object.keys(zip.files)) {
    const f = zip.files[name]!;
    if (f.dir) continue;
    const data = name === "word/document.xml" ? body : name === "docProps/core.xml" ? core : await f.async("uint8array");
    // no folder entries stamped with the time of packing (JSZip adds them by default)
    zip.file(name, data, { date, createFolders: false });
  }
  for (const f of Object.values(zip.files)) if (f.dir) f.date = date;
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
}
